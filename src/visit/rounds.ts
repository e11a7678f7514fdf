import * as z from 'zod';
import { domainError, type DomainError } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { CalendarDateSchema, IdSchema, type CalendarDate, type DateRange, type Id } from '../core/schema.js';
import { readDay } from '../internal/args.js';
import { movedPaths, safeParseWith } from '../internal/parse.js';
import { HelpTaskStatus, VisitTargetKind } from './enums.js';
import type { HelpTaskSheet, ProblemListItem } from './task-sheet.js';
import { targetKindProblem } from './task-sheet.js';
import { targetKey, visitTarget, VisitTargetSchema, type GrassrootsTargetRef } from './targets.js';

// Module-level values are built in `/* @__PURE__ */ (() => …)()` so that a bundler can drop those an
// app does not use, and zod with them.

/**
 * A visit round (走访轮次, 004: "该局已开展5轮走访帮扶" — the bureau has run five rounds of visits and
 * help): its id, its number, its first and last local day, and optionally a name. A visit, a
 * problem or a help task sheet belongs to the round it names (`roundId`), else to the round its
 * date falls in (see {@link visitRoundSummary}).
 *
 * @example
 * ```ts
 * VisitRoundSchema.parse({ id: 'r1', number: 1, from: '2017-03-01', to: '2017-04-15' }).number; // 1
 * VisitRoundSchema.safeParse({ id: 'r1', number: 1, from: '2017-04-15', to: '2017-03-01' }).success; // false
 * ```
 * @category Visit
 */
export const VisitRoundSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The app's id of the round. */
    id: IdSchema,
    /** Its number: 1 for the first round. */
    number: z.int().min(1).max(999),
    /** Its first local day. */
    from: CalendarDateSchema,
    /** Its last local day (not before `from`). */
    to: CalendarDateSchema,
    /** Its name, e.g. 第二轮“百千万”走访帮扶. */
    name: z.string().min(1).max(200).optional(),
  })
  .refine((r) => r.from <= r.to, {
    message: 'A visit round ends on or after the day it begins (from ≤ to).',
    path: ['to'],
    params: { messageZh: '走访轮次的结束日期不得早于开始日期（from ≤ to）。' },
  }))();

/**
 * A visit round; see {@link VisitRoundSchema}.
 *
 * @category Visit
 */
export type VisitRound = DeepReadonly<z.output<typeof VisitRoundSchema>>;

/**
 * A help work group (帮扶工作小组, 004: "成立了包括局党组成员、各支部在职党员在内的6个帮扶工作小组" — six
 * groups of the bureau's party leadership and the party members of its branches, every member
 * assigned to one by function, each group going into the park, visiting enterprises, asking about
 * needs): its id and name, its members (at least one, each once), its leader if named (one of the
 * members), and the targets assigned to it — villages, households, organisations, enterprises or
 * parks, each once. A record without a `workGroupId` belongs to the first group its target is
 * assigned to.
 *
 * @example
 * ```ts
 * WorkGroupSchema.parse({ id: 'g1', name: '第一帮扶工作小组', leaderId: 'pm-01', memberIds: ['pm-01', 'pm-02'],
 *   targets: [{ kind: 'village', id: 'v-1' }] }).targets.length; // 1
 * WorkGroupSchema.safeParse({ id: 'g1', name: '一组', leaderId: 'pm-09', memberIds: ['pm-01'] }).success; // false: the leader is not a member
 * ```
 * @category Visit
 */
export const WorkGroupSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The app's id of the group. */
    id: IdSchema,
    /** Its name. */
    name: z.string().min(1).max(200),
    /** Its leader (组长), one of the members, if named. */
    leaderId: IdSchema.optional(),
    /** Its members (party members, cadres); at least one, each once. */
    memberIds: z.array(IdSchema).min(1).max(10_000),
    /** The targets assigned to it (villages, households, …), each once. */
    targets: z.array(VisitTargetSchema).max(100_000).default(() => []),
  })
  .superRefine((g, ctx) => {
    const seen = new Set<string>();
    g.memberIds.forEach((id, i) => {
      if (seen.has(id)) {
        ctx.addIssue({ code: 'custom', message: `The member "${id}" appears twice.`, path: ['memberIds', i], input: id, params: { code: 'DUPLICATE_ID', messageZh: `小组成员“${id}”重复出现。` } });
      }
      seen.add(id);
    });
    if (g.leaderId !== undefined && !seen.has(g.leaderId)) {
      ctx.addIssue({
        code: 'custom',
        message: `The leader "${g.leaderId}" of a work group is one of its members.`,
        path: ['leaderId'],
        input: g.leaderId,
        params: { messageZh: `工作小组组长“${g.leaderId}”须为小组成员。` },
      });
    }
    const targets = new Set<string>();
    g.targets.forEach((t, i) => {
      const key = targetKey(t.kind, t.id);
      if (targets.has(key)) {
        ctx.addIssue({ code: 'custom', message: `The target ${t.kind} "${t.id}" is assigned twice.`, path: ['targets', i], input: t, params: { code: 'DUPLICATE_ID', messageZh: `帮扶对象 ${t.kind}“${t.id}”重复分配。` } });
      }
      targets.add(key);
    });
  }))();

/**
 * A help work group; see {@link WorkGroupSchema}.
 *
 * @category Visit
 */
export type WorkGroup = DeepReadonly<z.output<typeof WorkGroupSchema>>;

/**
 * What {@link visitRoundSummary} reads of a visit (a `Visit` will do).
 *
 * @category Visit
 */
export interface RoundVisit {
  /** The visit's id. */
  readonly id: Id;
  /** Its local date. */
  readonly date: CalendarDate;
  /** Who made it. */
  readonly visitorIds: readonly Id[];
  /** The enterprise visited, or null. */
  readonly enterpriseId: Id | null;
  /** The park visited, or null. */
  readonly parkId: Id | null;
  /** The household, village or grassroots organisation visited, if neither. */
  readonly target?: GrassrootsTargetRef | undefined;
  /** Its round, if recorded. */
  readonly roundId?: Id | undefined;
  /** Its work group, if recorded. */
  readonly workGroupId?: Id | undefined;
}

/**
 * What {@link visitRoundSummary} reads.
 *
 * @category Visit
 */
export interface RoundSummaryInput {
  /** The rounds; their periods do not overlap. */
  readonly rounds: readonly VisitRound[];
  /** The work groups, if any. */
  readonly workGroups?: readonly DeepReadonly<z.input<typeof WorkGroupSchema>>[];
  /** The visits (any order). */
  readonly visits: readonly RoundVisit[];
  /** The problems found (any order). */
  readonly problems?: readonly Pick<ProblemListItem, 'id' | 'target' | 'foundOn' | 'roundId' | 'workGroupId'>[];
  /** The help task sheets (any order). */
  readonly taskSheets?: readonly Pick<HelpTaskSheet, 'id' | 'target' | 'problemIds' | 'roundId' | 'workGroupId' | 'issuedOn' | 'dueOn' | 'status'>[];
}

/**
 * The counts of one round, one work group, or all rounds.
 *
 * @category Visit
 */
export interface VisitRoundCounts {
  /** Visits made. */
  readonly visits: number;
  /** Distinct people who made them (参与党员). */
  readonly visitors: number;
  /** Distinct targets visited, by kind (走访家庭…户，企业…家，基层组织…家). */
  readonly targetsVisited: Readonly<Record<VisitTargetKind, number>>;
  /** Problems found (发现查找问题). */
  readonly problemsFound: number;
  /** Of them, those a help task sheet (not cancelled, of any round) answers. */
  readonly problemsWithTaskSheet: number;
  /** Help task sheets drawn up. */
  readonly taskSheets: number;
  /** The sheets by status. */
  readonly taskSheetsByStatus: Readonly<Record<HelpTaskStatus, number>>;
  /** Open or in-progress sheets past their `dueOn` at the summary's date. */
  readonly overdueTaskSheets: number;
}

/**
 * One round of {@link VisitRoundSummary}.
 *
 * @category Visit
 */
export interface VisitRoundLine extends VisitRoundCounts {
  /** The round. */
  readonly roundId: Id;
  /** Its number. */
  readonly number: number;
  /** Its name, or null. */
  readonly name: string | null;
  /** Its first and last day. */
  readonly period: DateRange;
}

/**
 * One work group of {@link VisitRoundSummary}: its counts over all rounds, its members and how many
 * of the targets assigned to it were visited.
 *
 * @category Visit
 */
export interface WorkGroupLine extends VisitRoundCounts {
  /** The group; null for the records of no group. */
  readonly workGroupId: Id | null;
  /** Its name, or null. */
  readonly name: string | null;
  /** Its members. */
  readonly members: number;
  /** The targets assigned to it. */
  readonly targetsAssigned: number;
  /** Of them, those visited in some round (by any group). */
  readonly assignedTargetsVisited: number;
}

/**
 * The per-round summary of a visit-and-help campaign; see {@link visitRoundSummary}.
 *
 * @category Visit
 */
export interface VisitRoundSummary {
  /** The date of the summary (for overdue sheets). */
  readonly asOf: CalendarDate;
  /** One line per round, by number. */
  readonly rounds: readonly VisitRoundLine[];
  /** All rounds together: a target or a person counts once however many rounds saw it. */
  readonly total: VisitRoundCounts & {
    /** The number of rounds. */
    readonly rounds: number;
    /** Distinct members of the work groups. */
    readonly members: number;
  };
  /** The records that belong to no round (they are in no other line). */
  readonly outsideRounds: VisitRoundCounts;
  /** One line per work group, in the order given, then one for records of no group (if any); over all rounds. */
  readonly workGroups: readonly WorkGroupLine[];
}

/** The running counts of one line. */
class Tally {
  visits = 0;
  readonly visitors = new Set<Id>();
  readonly targets = new Set<string>();
  readonly byKind = new Map<string, number>();
  problems = 0;
  covered = 0;
  sheets = 0;
  readonly byStatus = new Map<string, number>();
  overdue = 0;

  visit(key: string, kind: string, visitors: readonly Id[]): void {
    this.visits++;
    for (const v of visitors) this.visitors.add(v);
    if (!this.targets.has(key)) {
      this.targets.add(key);
      this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1);
    }
  }

  counts(): VisitRoundCounts {
    const targetsVisited = Object.fromEntries(VisitTargetKind.values.map((k) => [k, this.byKind.get(k) ?? 0])) as Record<VisitTargetKind, number>;
    const taskSheetsByStatus = Object.fromEntries(HelpTaskStatus.values.map((s) => [s, this.byStatus.get(s) ?? 0])) as Record<HelpTaskStatus, number>;
    return {
      visits: this.visits,
      visitors: this.visitors.size,
      targetsVisited,
      problemsFound: this.problems,
      problemsWithTaskSheet: this.covered,
      taskSheets: this.sheets,
      taskSheetsByStatus,
      overdueTaskSheets: this.overdue,
    };
  }
}

const unknownRef = (what: { en: string; zh: string }, id: unknown, path: (string | number)[]): DomainError =>
  domainError('UNKNOWN_REFERENCE', { en: `${what.en} "${String(id)}" is not among the ${what.en.toLowerCase()}s given.`, zh: `${what.zh}“${String(id)}”不在所给的${what.zh}中。`, path, value: id });

const ROUND = { en: 'Round', zh: '走访轮次' };
const GROUP = { en: 'Work group', zh: '帮扶工作小组' };

/**
 * The per-round summary of a visit-and-help campaign (走访帮扶, 004 Xuzhou: "已开展5轮走访帮扶，参与
 * 党员总数170余人，走访家庭164户，企业10家，基层组织16家，发现查找问题35条，根据查找的问题已全部制定排查
 * 问题清单和帮扶任务书"): per round, for all rounds together and per work group — visits made, the
 * distinct people who made them, the distinct targets visited by kind, problems found and how many a
 * help task sheet answers, sheets by status and those overdue at `asOf`.
 *
 * A record (visit, problem, sheet) belongs to the round it names (`roundId`), else to the round its
 * date (`date`, `foundOn`, `issuedOn`) falls in, else to none (`outsideRounds`); to the work group
 * it names (`workGroupId`), else to the first group its target is assigned to, else to none (a
 * last line with `workGroupId: null`). The work-group lines count the records of the rounds, so
 * they add up to `total` (people and targets counted once per line). A sheet is overdue when open
 * or in progress and `asOf` is after its `dueOn`; for the supervision ladder, see
 * {@link helpTaskStanding}. Only ids are read and returned: no household's name can appear.
 *
 * @param data - The rounds, work groups, visits, problems and help task sheets.
 * @param asOf - The date of the summary, `YYYY-MM-DD`.
 * @returns The summary; or `INVALID_DATE` (at `['asOf']`, or at the date of a record, e.g.
 *   `['data', 'visits', i, 'date']`), `INVALID_INPUT` under `['data', 'rounds', i]` or
 *   `['data', 'workGroups', i]` or for a visit naming no single target (`['data', 'visits', i, 'enterpriseId']`),
 *   `DUPLICATE_ID` for a round or group id (or round number) given twice, `INVALID_ARGUMENT` (at
 *   `['data', 'rounds', i, 'from']`) for rounds whose periods overlap, and `UNKNOWN_REFERENCE` for a
 *   record naming a round or group that is not given.
 * @example
 * ```ts
 * const s = visitRoundSummary({
 *   rounds: [{ id: 'r1', number: 1, from: '2017-03-01', to: '2017-03-31' }],
 *   workGroups: [{ id: 'g1', name: '一组', memberIds: ['pm-01', 'pm-02'], targets: [{ kind: 'village', id: 'v-1' }] }],
 *   visits: [
 *     { id: 'v1', date: '2017-03-08', visitorIds: ['pm-01'], enterpriseId: null, parkId: null, target: { kind: 'household', id: 'hh-1' }, workGroupId: 'g1' },
 *     { id: 'v2', date: '2017-03-09', visitorIds: ['pm-02'], enterpriseId: null, parkId: null, target: { kind: 'village', id: 'v-1' } },
 *   ],
 *   problems: [{ id: 'p1', target: { kind: 'household', id: 'hh-1' }, foundOn: '2017-03-08' }],
 * }, '2017-04-01');
 * s.ok && s.value.rounds[0]?.targetsVisited; // { enterprise: 0, park: 0, household: 1, village: 1, grassrootsOrganisation: 0 }
 * s.ok && s.value.workGroups.map((g) => [g.workGroupId, g.visits, g.problemsFound]); // [['g1', 2, 0], [null, 0, 1]]: hh-1 is no group's target
 * ```
 * @category Visit
 */
export function visitRoundSummary(data: RoundSummaryInput, asOf: CalendarDate): Result<VisitRoundSummary> {
  const asOfDay = readDay(asOf, 'asOf');
  if (!asOfDay.ok) return asOfDay;
  // Rounds: valid, distinct, not overlapping.
  const rounds: VisitRound[] = [];
  const roundIndex = new Map<Id, number>();
  const numbers = new Set<number>();
  const roundList = data.rounds;
  for (let i = 0; i < roundList.length; i++) {
    const r = safeParseWith(VisitRoundSchema, roundList[i]);
    if (!r.ok) return err(movedPaths(r.error, (path) => ['data', 'rounds', i, ...path]));
    const round = r.value;
    if (roundIndex.has(round.id)) return err(domainError('DUPLICATE_ID', { en: `The round "${round.id}" appears twice.`, zh: `走访轮次“${round.id}”重复出现。`, path: ['data', 'rounds', i, 'id'], value: round.id }));
    if (numbers.has(round.number)) return err(domainError('DUPLICATE_ID', { en: `Two rounds have the number ${round.number}.`, zh: `有两个走访轮次的序号均为 ${round.number}。`, path: ['data', 'rounds', i, 'number'], value: round.number }));
    roundIndex.set(round.id, rounds.length);
    numbers.add(round.number);
    rounds.push(round);
  }
  const byStart = rounds.map((r, i) => ({ r, i })).sort((a, b) => (a.r.from < b.r.from ? -1 : a.r.from > b.r.from ? 1 : 0));
  for (let k = 1; k < byStart.length; k++) {
    const prev = (byStart[k - 1] as { r: VisitRound }).r;
    const { r, i } = byStart[k] as { r: VisitRound; i: number };
    if (r.from <= prev.to) {
      return err(
        domainError('INVALID_ARGUMENT', {
          en: `The rounds "${prev.id}" (${prev.from}–${prev.to}) and "${r.id}" (${r.from}–${r.to}) overlap.`,
          zh: `走访轮次“${prev.id}”（${prev.from}至${prev.to}）与“${r.id}”（${r.from}至${r.to}）的日期重叠。`,
          path: ['data', 'rounds', i, 'from'],
          value: r.from,
        }),
      );
    }
  }
  const roundAt = (explicit: Id | undefined, date: CalendarDate, path: (string | number)[]): Result<number> => {
    if (explicit !== undefined) {
      const i = roundIndex.get(explicit);
      return i === undefined ? err(unknownRef(ROUND, explicit, [...path, 'roundId'])) : ok(i);
    }
    // Rounds are few (Xuzhou: 5): a scan of the sorted periods.
    for (const { r, i } of byStart) if (r.from <= date && date <= r.to) return ok(i);
    return ok(-1);
  };
  // Work groups: valid, distinct; the first group of each assigned target.
  const groups: WorkGroup[] = [];
  const groupIndex = new Map<Id, number>();
  const groupOfTarget = new Map<string, number>();
  const members = new Set<Id>();
  const groupList = data.workGroups ?? [];
  for (let i = 0; i < groupList.length; i++) {
    const g = safeParseWith(WorkGroupSchema, groupList[i]);
    if (!g.ok) return err(movedPaths(g.error, (path) => ['data', 'workGroups', i, ...path]));
    const group = g.value;
    if (groupIndex.has(group.id)) return err(domainError('DUPLICATE_ID', { en: `The work group "${group.id}" appears twice.`, zh: `帮扶工作小组“${group.id}”重复出现。`, path: ['data', 'workGroups', i, 'id'], value: group.id }));
    groupIndex.set(group.id, groups.length);
    for (const t of group.targets) {
      const key = targetKey(t.kind, t.id);
      if (!groupOfTarget.has(key)) groupOfTarget.set(key, groups.length);
    }
    for (const m of group.memberIds) members.add(m);
    groups.push(group);
  }
  const groupAt = (explicit: Id | undefined, key: string, path: (string | number)[]): Result<number> => {
    if (explicit !== undefined) {
      const i = groupIndex.get(explicit);
      return i === undefined ? err(unknownRef(GROUP, explicit, [...path, 'workGroupId'])) : ok(i);
    }
    return ok(groupOfTarget.get(key) ?? -1);
  };
  const roundTallies = rounds.map(() => new Tally());
  const groupTallies = groups.map(() => new Tally());
  const noGroup = new Tally();
  const total = new Tally();
  const outside = new Tally();
  const visitedInRounds = new Set<string>();
  /** The tallies a record of round `r` and group `g` counts in. */
  const talliesOf = (r: number, g: number): Tally[] => (r < 0 ? [outside] : [roundTallies[r] as Tally, total, g < 0 ? noGroup : (groupTallies[g] as Tally)]);
  const dateOf = (value: unknown, path: (string | number)[]): DomainError | null => {
    const d = readDay(value, 'date');
    return d.ok ? null : { ...d.error, path, message: d.error.message.replace(/^date/, path.join('.')), messageZh: d.error.messageZh.replace(/^date/, path.join('.')) };
  };
  // Visits.
  for (let i = 0; i < data.visits.length; i++) {
    const v = data.visits[i] as RoundVisit;
    const path = ['data', 'visits', i];
    const bad = dateOf(v.date, [...path, 'date']);
    if (bad !== null) return err(bad);
    const t = visitTarget(v);
    if (!t.ok) return err({ ...t.error, path: [...path, 'enterpriseId'] });
    const kindBad = targetKindProblem(t.value, [...path, 'target']);
    if (kindBad !== null) return err(kindBad);
    const key = targetKey(t.value.kind, t.value.id);
    const r = roundAt(v.roundId, v.date, path);
    if (!r.ok) return r;
    const g = groupAt(v.workGroupId, key, path);
    if (!g.ok) return g;
    if (r.value >= 0) visitedInRounds.add(key);
    for (const tally of talliesOf(r.value, g.value)) tally.visit(key, t.value.kind, v.visitorIds);
  }
  // Problems, and the problems a sheet answers.
  const covered = new Set<Id>();
  for (const s of data.taskSheets ?? []) if (s.status !== 'cancelled') for (const id of s.problemIds) covered.add(id);
  const problems = data.problems ?? [];
  const seenProblems = new Set<Id>();
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i] as (typeof problems)[number];
    const path = ['data', 'problems', i];
    if (seenProblems.has(p.id)) return err(domainError('DUPLICATE_ID', { en: `The problem "${p.id}" appears twice.`, zh: `问题“${p.id}”重复出现。`, path: [...path, 'id'], value: p.id }));
    seenProblems.add(p.id);
    const bad = dateOf(p.foundOn, [...path, 'foundOn']) ?? targetKindProblem(p.target, [...path, 'target']);
    if (bad !== null) return err(bad);
    const r = roundAt(p.roundId, p.foundOn, path);
    if (!r.ok) return r;
    const g = groupAt(p.workGroupId, targetKey(p.target.kind, p.target.id), path);
    if (!g.ok) return g;
    for (const tally of talliesOf(r.value, g.value)) {
      tally.problems++;
      if (covered.has(p.id)) tally.covered++;
    }
  }
  // Help task sheets.
  const sheets = data.taskSheets ?? [];
  const seenSheets = new Set<Id>();
  for (let i = 0; i < sheets.length; i++) {
    const s = sheets[i] as (typeof sheets)[number];
    const path = ['data', 'taskSheets', i];
    if (seenSheets.has(s.id)) return err(domainError('DUPLICATE_ID', { en: `The help task sheet "${s.id}" appears twice.`, zh: `帮扶任务书“${s.id}”重复出现。`, path: [...path, 'id'], value: s.id }));
    seenSheets.add(s.id);
    const bad = dateOf(s.issuedOn, [...path, 'issuedOn']) ?? dateOf(s.dueOn, [...path, 'dueOn']) ?? targetKindProblem(s.target, [...path, 'target']);
    if (bad !== null) return err(bad);
    if (!Object.hasOwn(HelpTaskStatus.labels, s.status)) {
      return err(domainError('INVALID_INPUT', { en: `${path.join('.')}.status must be one of ${HelpTaskStatus.values.join(', ')}.`, zh: `${path.join('.')}.status 应为 ${HelpTaskStatus.values.join('、')} 之一。`, path: [...path, 'status'], value: s.status }));
    }
    const r = roundAt(s.roundId, s.issuedOn, path);
    if (!r.ok) return r;
    const g = groupAt(s.workGroupId ?? undefined, targetKey(s.target.kind, s.target.id), path);
    if (!g.ok) return g;
    const overdue = (s.status === 'open' || s.status === 'inProgress') && asOf > s.dueOn;
    for (const tally of talliesOf(r.value, g.value)) {
      tally.sheets++;
      tally.byStatus.set(s.status, (tally.byStatus.get(s.status) ?? 0) + 1);
      if (overdue) tally.overdue++;
    }
  }
  const roundLines: VisitRoundLine[] = byStart
    .map(({ r, i }) => ({ roundId: r.id, number: r.number, name: r.name ?? null, period: { from: r.from, to: r.to }, ...(roundTallies[i] as Tally).counts() }))
    .sort((a, b) => a.number - b.number);
  const groupLine = (g: WorkGroup | null, tally: Tally): WorkGroupLine => {
    const assigned = g?.targets ?? [];
    return {
      workGroupId: g?.id ?? null,
      name: g?.name ?? null,
      members: g?.memberIds.length ?? 0,
      targetsAssigned: assigned.length,
      assignedTargetsVisited: assigned.filter((t) => visitedInRounds.has(targetKey(t.kind, t.id))).length,
      ...tally.counts(),
    };
  };
  const groupLines = groups.map((g, i) => groupLine(g, groupTallies[i] as Tally));
  const none = noGroup.counts();
  if (none.visits + none.problemsFound + none.taskSheets > 0) groupLines.push(groupLine(null, noGroup));
  return ok({
    asOf,
    rounds: roundLines,
    total: { ...total.counts(), rounds: rounds.length, members: members.size },
    outsideRounds: outside.counts(),
    workGroups: groupLines,
  });
}
