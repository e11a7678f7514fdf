/**
 * Hand-built issues with clocks for the clock tests (issue 17), with every field the Part 12 design
 * adds to an issue (the lifecycle that sets them is built in parallel): due instants from `dueAt`,
 * moved by what the resumed pauses credited, as the lifecycle moves them at resume.
 */
import { fc } from '@fast-check/vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import { addWorkingDays } from '../../src/calendar/working-days.js';
import { unwrap } from '../../src/core/result.js';
import type { ClockedIssue, ClockPause } from '../../src/issue/index.js';
import { instantAt, instantMs } from '../../src/internal/instant.js';
import { blankAddedIn22 } from '../../src/issue/schema.js';
import { dueAt, type ClockLimit, type ClockLimits } from '../../src/procedure/index.js';

/** The Part 12 fields of an issue at their defaults: the lifecycle's own blank values (event 2.2). */
export const designFields = blankAddedIn22;

/** The fields of an issue an app would also have next to them (only `id` is read). */
const otherFields = { state: 'assigned', enterpriseId: 'e1', leadDepartmentId: 'd-market', deadline: null } as const;

/** A granted pause: running (no `resumed`), or resumed with its credit. */
export function pause(decidedAt: string, resumed?: { readonly at: string; readonly workingDays: number; readonly seconds: number }): ClockPause & Record<string, unknown> {
  return {
    reasonCode: 'material',
    reason: '等待企业补充材料',
    requestedAt: decidedAt,
    status: 'approved',
    decidedAt,
    resumedAt: resumed?.at ?? null,
    creditedWorkingDays: resumed?.workingDays ?? null,
    creditedSeconds: resumed?.seconds ?? null,
  };
}

/** Options of {@link clocked}. */
export interface ClockedOptions {
  readonly signedForAt?: string | null;
  readonly contactedAt?: string | null;
  readonly repliedAt?: string | null;
  readonly answeredAt?: string | null;
  readonly pauses?: readonly (ClockPause & Record<string, unknown>)[];
}

/** A due instant moved by the credit of the resumed pauses (as the lifecycle moves it at resume). */
function moved(due: string, limit: ClockLimit, pauses: readonly ClockPause[]): string {
  let d = due;
  for (const p of pauses) {
    if (p.status !== 'approved' || p.resumedAt === null) continue;
    d = 'hours' in limit
      ? instantAt(instantMs(d) + (p.creditedSeconds ?? 0) * 1000, 480)
      : `${unwrap(addWorkingDays(d.slice(0, 10), p.creditedWorkingDays ?? 0, chinaCalendar))}T23:59:59+08:00`;
  }
  return d;
}

/** An issue whose clocks started at `startedAt` with `limits`, due by `dueAt` (China calendar) and moved by its resumed pauses. */
export function clocked(id: string, startedAt: string, limits: ClockLimits, options: ClockedOptions = {}): ClockedIssue & typeof otherFields {
  const pauses = options.pauses ?? [];
  const due = (limit: ClockLimit | undefined): string | null => (limit === undefined ? null : moved(unwrap(dueAt(limit, startedAt, chinaCalendar)), limit, pauses));
  return {
    ...designFields,
    ...otherFields,
    id,
    clocks: {
      startedAt,
      limits,
      due: { signFor: due(limits.signFor), firstContact: due(limits.firstContact), answer: due(limits.answer), handling: due(limits.handling) as string },
    },
    signedForAt: options.signedForAt ?? null,
    contactedAt: options.contactedAt ?? null,
    repliedAt: options.repliedAt ?? null,
    answeredAt: options.answeredAt ?? null,
    pauses,
  };
}

const HOUR = 3_600_000;
/** 2026-03-02T00:00:00+08:00, the first instant the arbitraries start from. */
const BASE = instantMs('2026-03-02T00:00:00+08:00');
const at = (ms: number): string => instantAt(Math.floor(ms / 1000) * 1000, 480);

const limitArb: fc.Arbitrary<ClockLimit> = fc.oneof(fc.integer({ min: 1, max: 72 }).map((hours) => ({ hours })), fc.integer({ min: 1, max: 20 }).map((workingDays) => ({ workingDays })));

/** What {@link arbClocked} draws: the issue, and the instant of its clocks' start in milliseconds. */
export interface ClockedCase {
  readonly issue: ReturnType<typeof clocked>;
  readonly startMs: number;
  /** The running pause's start in milliseconds, or null. */
  readonly pausedMs: number | null;
  /** The latest instant the issue records (a met instant, a pause's start or end), in milliseconds. */
  readonly lastMs: number;
}

/**
 * An issue with clocks started in March–October 2026: any mix of hour and working-day limits,
 * some clocks met (at most 30 days after the start), perhaps a resumed pause and perhaps a running
 * one (granted after the resumed one and after every met instant, as the lifecycle grants pauses on
 * an issue as it stands).
 */
export const arbClocked: fc.Arbitrary<ClockedCase> = fc
  .record({
    startH: fc.integer({ min: 0, max: 240 * 24 }),
    startS: fc.integer({ min: 0, max: 3599 }),
    limits: fc.record({ signFor: limitArb, firstContact: limitArb, answer: limitArb, handling: limitArb }, { requiredKeys: ['handling'] }),
    met: fc.array(fc.option(fc.integer({ min: 0, max: 30 * 24 * 60 }), { nil: null }), { minLength: 4, maxLength: 4 }),
    resumed: fc.option(fc.record({ after: fc.integer({ min: 0, max: 10 * 24 }), hours: fc.integer({ min: 1, max: 72 }), days: fc.integer({ min: 1, max: 5 }) }), { nil: null }),
    running: fc.option(fc.integer({ min: 0, max: 20 * 24 * 60 }), { nil: null }),
  })
  .map(({ startH, startS, limits, met, resumed, running }): ClockedCase => {
    const startMs = BASE + startH * HOUR + startS * 1000;
    const metAt = met.map((m) => (m === null ? null : startMs + m * 60_000));
    const pauses: (ClockPause & Record<string, unknown>)[] = [];
    let lastMs = Math.max(startMs, ...metAt.map((m) => m ?? startMs));
    if (resumed !== null) {
      const from = startMs + resumed.after * HOUR;
      const to = from + resumed.hours * HOUR;
      pauses.push(pause(at(from), { at: at(to), workingDays: resumed.days, seconds: resumed.hours * 3600 }));
      lastMs = Math.max(lastMs, to);
    }
    let pausedMs: number | null = null;
    if (running !== null) {
      pausedMs = lastMs + running * 60_000;
      pauses.push(pause(at(pausedMs)));
      lastMs = pausedMs;
    }
    const iso = (m: number | null | undefined): string | null => (m === null || m === undefined ? null : at(m));
    const issue = clocked(`i${startH}-${startS}`, at(startMs), limits, {
      signedForAt: iso(metAt[0]),
      contactedAt: iso(metAt[1]),
      repliedAt: iso(metAt[2]),
      answeredAt: iso(metAt[3]),
      pauses,
    });
    return { issue, startMs, pausedMs, lastMs };
  });

/** An instant from the case's last record to 60 days after it (whole seconds, +08:00). */
export const laterThan = (c: ClockedCase): fc.Arbitrary<string> => fc.integer({ min: 0, max: 60 * 24 * 3600 }).map((s) => at(c.lastMs + s * 1000));
