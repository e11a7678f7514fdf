import { isWorkingDay } from '../calendar/working-days.js';
import { compiled, type CompiledCalendar } from '../calendar/compiled.js';
import type { WorkCalendar } from '../calendar/schema.js';
import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { isInstant, type CalendarDate, type Id, type Instant } from '../core/schema.js';
import { fromDayNumber } from '../internal/days.js';
import { instantMs, invalidInstant } from '../internal/instant.js';
import { argumentError, checkedOnce } from '../internal/parse.js';
import { defaultSupervisionPolicy, SupervisionColour, SupervisionPolicySchema, type SupervisionPolicy } from './policy.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** China Standard Time (UTC+8, no daylight saving), in which the days of the clocks are counted. */
const CST = 480 * MINUTE;

/**
 * The clocks of an order, in the order they run: signing for it (签收), first contact with the
 * enterprise (首次联系), the first reply (答复: a 阶段性答复 or the answer) and handling to the answer
 * (办结 / 办理答复).
 *
 * @category Issue
 */
export type ClockName = 'signFor' | 'firstContact' | 'answer' | 'handling';

/** The clocks in the order they run. */
const CLOCKS: readonly ClockName[] = ['signFor', 'firstContact', 'answer', 'handling'];

/** The field of the issue whose instant meets a clock (the answer clock: `repliedAt`, else `answeredAt`). */
function metField(issue: ClockedIssue, name: ClockName): string {
  if (name === 'signFor') return 'signedForAt';
  if (name === 'firstContact') return 'contactedAt';
  return name === 'answer' && issue.repliedAt !== null && issue.repliedAt !== undefined ? 'repliedAt' : 'answeredAt';
}

/** A clock's limit as the issue records it: working days, calendar hours, or (handling) a fixed date. */
export type ClockLimitLike = { readonly workingDays: number } | { readonly hours: number } | { readonly dueOn: CalendarDate };

/**
 * A pause (挂起) of the current assignment as {@link clockStatus} reads it (an issue's `Pause` will do):
 * an approved pause whose `resumedAt` is null stops every clock since `decidedAt`; an approved pause
 * that has resumed has moved the due instants already and says what it credited.
 *
 * @category Issue
 */
export interface ClockPause {
  /** `'approved'` counts; `'pending'` and `'declined'` do not stop the clocks. */
  readonly status: string;
  /** When the office approved it: the clocks stop then. */
  readonly decidedAt: Instant | null;
  /** When the clocks ran again; null while paused. */
  readonly resumedAt: Instant | null;
  /** Working days it credited to working-day clocks, once resumed. */
  readonly creditedWorkingDays: number | null;
  /** Seconds it credited to hour clocks, once resumed. */
  readonly creditedSeconds: number | null;
}

/**
 * The clocks of an issue's current assignment as {@link clockStatus} reads them: when they started,
 * their limits and their due instants (pauses already resumed included).
 *
 * @category Issue
 */
export interface AssignmentClocks {
  /** When the clocks started (dispatch, or a re-dispatch that restarted them). */
  readonly startedAt: Instant;
  /** The limit of each clock: an hour limit is counted in minutes, any other in working days. */
  readonly limits: {
    readonly handling: ClockLimitLike;
    readonly signFor?: ClockLimitLike | undefined;
    readonly firstContact?: ClockLimitLike | undefined;
    readonly answer?: ClockLimitLike | undefined;
  };
  /** The instant each clock runs out; null for a clock the limits do not set. */
  readonly due: {
    readonly handling: Instant;
    readonly signFor: Instant | null;
    readonly firstContact: Instant | null;
    readonly answer: Instant | null;
  };
}

/**
 * What {@link clockStatus} and {@link clockBoard} read of an issue (an `Issue` will do): its id, its
 * clocks, the instants that meet them, and its pauses.
 *
 * @category Issue
 */
export interface ClockedIssue {
  /** The issue's id. */
  readonly id: Id;
  /** The current assignment's clocks, or null (an issue assigned before the clocks existed). */
  readonly clocks: AssignmentClocks | null;
  /** 签收: meets the sign-for clock. */
  readonly signedForAt: Instant | null;
  /** 首次联系: meets the first-contact clock. */
  readonly contactedAt: Instant | null;
  /** The first reply (阶段性答复 or the answer): meets the answer clock. */
  readonly repliedAt: Instant | null;
  /** The answer (办理答复): meets the handling clock, and the answer clock when there was no earlier reply. */
  readonly answeredAt: Instant | null;
  /** The pauses of the current assignment. */
  readonly pauses: readonly ClockPause[];
}

/**
 * One clock of an issue at an instant. Hour clocks count in minutes of elapsed time, working-day
 * clocks (and a handling clock due on a fixed date) in working days of the calendar, in China time.
 * A clock runs from `startedAt` to the instant that met it, or to `at`, or — while a pause runs —
 * to the pause's start: a running pause freezes it.
 *
 * @category Issue
 */
export interface ClockState {
  /** Which clock. */
  readonly clock: ClockName;
  /** `'minutes'` for an hour limit, `'workingDays'` otherwise: the unit of `budget`, `used` and `left`. */
  readonly unit: 'minutes' | 'workingDays';
  /** When it started. */
  readonly startedAt: Instant;
  /** When it runs out, as recorded on the issue (pauses already resumed included). */
  readonly dueAt: Instant;
  /** The instant that met it, or null. */
  readonly metAt: Instant | null;
  /** Whether it is met. A met clock's status no longer depends on `at`. */
  readonly met: boolean;
  /** Whether it was met by its due instant (counting a pause running when it was met as frozen); null until met. */
  readonly onTime: boolean | null;
  /** Not met and past due (a clock frozen by a pause is judged at the pause's start). */
  readonly overdue: boolean;
  /** The limit in the unit, less what resumed pauses credited (whole minutes, rounded down). */
  readonly budget: number;
  /** What is used in the unit, up to the met instant, `at` or the running pause's start, less what resumed pauses credited; never below 0. */
  readonly used: number;
  /** `used / budget` (to the millisecond for hour clocks), or 1 when the budget is 0 or less. */
  readonly usedShare: number;
  /** Left to the due instant in the unit; negative: overdue (or met late) by that much (working days overdue are 0 on days off right after the due day). */
  readonly left: number;
  /** Its colour on the slip: red once late, else yellow / blue / green by `usedShare` and the policy's shares. */
  readonly colour: SupervisionColour;
  /** Whether a working-day count rests on a provisional year of the calendar. */
  readonly provisional: boolean;
}

/**
 * The pauses of an issue at an instant.
 *
 * @category Issue
 */
export interface ClockPauseStatus {
  /** Whether the clocks are stopped now: an approved pause that has not resumed (state `'paused'`). */
  readonly paused: boolean;
  /** Since when, or null. */
  readonly since: Instant | null;
  /** Whole minutes from `since` to `at` (0 when not paused). */
  readonly pausedMinutes: number;
  /** Granted pauses that have resumed. */
  readonly resumed: number;
  /** Working days the resumed pauses credited. */
  readonly creditedWorkingDays: number;
  /** Seconds the resumed pauses credited. */
  readonly creditedSeconds: number;
}

/**
 * The clocks of an issue at an instant: each clock its limits set, the issue's colour (the worst
 * of the clocks not yet met) and its pauses.
 *
 * @category Issue
 */
export interface ClockStatus {
  /** The issue. */
  readonly issueId: Id;
  /** The instant the status is for. */
  readonly at: Instant;
  /** The sign-for clock (签收), or null when not set. */
  readonly signFor: ClockState | null;
  /** The first-contact clock (首次联系), or null when not set. */
  readonly firstContact: ClockState | null;
  /** The answer clock (答复), or null when not set. */
  readonly answer: ClockState | null;
  /** The handling clock (办结). */
  readonly handling: ClockState;
  /** The worst colour of the clocks not yet met; null when every clock is met. */
  readonly colour: SupervisionColour | null;
  /** The pauses. */
  readonly pause: ClockPauseStatus;
  /** Whether a working-day count rests on a provisional year of the calendar. */
  readonly provisional: boolean;
}

const colourNames = /* @__PURE__ */ (() => SupervisionColour.values as readonly SupervisionColour[])();

// ---------------------------------------------------------------------------------------------
// The hot path: one issue read into mutable scratch records, so that a board over a million issues
// allocates nothing per issue. Errors are worded only when one occurs.

/** Where an error lies: under `base` (`'issue'`), or under `base[index]` (`'issues'`, i) when index ≥ 0. */
interface Where {
  readonly base: string;
  readonly index: number;
}

/** A failure found on the hot path, worded later by {@link problem}. */
interface Failure {
  kind: 'instant' | 'number' | 'shape' | 'uncovered';
  path: (string | number)[];
  value: unknown;
}

/** The per-issue reading: the end of running time and the pauses. */
interface Frame {
  /** Running time ends here for a clock not yet met: `at`, or the running pause's start if earlier. */
  endMs: number;
  /** The running pause's start, or +∞. */
  pausedMs: number;
  pausedSince: Instant | null;
  startMs: number;
  /** Offset of the local start day in the compiled calendar, or -1 when not read yet. */
  startI: number;
  resumed: number;
  creditedWorkingDays: number;
  creditedSeconds: number;
  /** Any resumed pause at all (then each clock checks which ended before it stopped). */
  anyResumed: boolean;
}

/** One clock's reading. */
interface Reading {
  met: boolean;
  metAt: Instant | null;
  onTime: boolean;
  late: boolean;
  minutes: boolean;
  dueMs: number;
  budget: number;
  used: number;
  share: number;
  left: number;
  colour: number;
  provisional: boolean;
}

const newReading = (): Reading => ({ met: false, metAt: null, onTime: false, late: false, minutes: false, dueMs: 0, budget: 0, used: 0, share: 0, left: 0, colour: 0, provisional: false });

/**
 * The epoch milliseconds of an instant, as `instantMs` reads it (NaN when not one): one written
 * `YYYY-MM-DDTHH:MM:SS+08:00` is checked digit by digit without the instant pattern's regular
 * expression, any other is read by `instantMs`. Internal (not exported from the barrel): exported
 * for the law that it agrees with `instantMs`.
 */
export function clockInstantMs(s: unknown): number {
  if (typeof s !== 'string') return NaN;
  if (s.length === 25 && s.charCodeAt(19) === 43 && s.charCodeAt(20) === 48 && s.charCodeAt(21) === 56 && s.charCodeAt(22) === 58 && s.charCodeAt(23) === 48 && s.charCodeAt(24) === 48) {
    const t = fastCst(s);
    if (!Number.isNaN(t)) return t;
  }
  return instantMs(s);
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Two ASCII digits at `i`, or NaN. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

/**
 * `YYYY-MM-DDTHH:MM:SS` of a `+08:00` instant (the suffix already checked) to epoch milliseconds,
 * with every check of the instant pattern (a real date, hours 00–23, minutes and seconds 00–59);
 * NaN for anything else, which {@link ms} then reads the slow way.
 */
function fastCst(s: string): number {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return NaN;
  const y = two(s, 0) * 100 + two(s, 2);
  const m = two(s, 5);
  const d = two(s, 8);
  const hh = two(s, 11);
  const mm = two(s, 14);
  const ss = two(s, 17);
  if (!(m >= 1 && m <= 12 && d >= 1 && hh <= 23 && mm <= 59 && ss <= 59)) return NaN; // NaN fails every comparison
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (DAYS_IN_MONTH[m] as number) + (leap ? 1 : 0)) return NaN;
  // days from civil (Howard Hinnant's algorithm), as internal/days.ts
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const day = era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  return day * DAY + ((hh * 60 + mm) * 60 + ss) * 1000 - CST;
}

/** The offset in the compiled calendar of the local (China) day of `t`, or -1 when the calendar does not cover it. */
function dayIndex(t: number, c: CompiledCalendar): number {
  const i = Math.floor((t + CST) / DAY) - c.start;
  return i >= 0 && i < c.length ? i : -1;
}

/** `workingDaysBetween` on offsets: signed, the first day excluded and the last included. */
function between(a: number, b: number, c: CompiledCalendar): number {
  const cum = c.cumulative;
  if (b >= a) return (cum[b] as number) - (cum[a] as number);
  return -(((cum[a] as number) - (c.working[a] as number)) - ((cum[b] as number) - (c.working[b] as number)));
}

const isCount = (n: unknown): boolean => n === null || (typeof n === 'number' && Number.isInteger(n) && n >= 0);

/**
 * Reads the pauses and the start of an issue's clocks into `f`; false with the failure in `fail`
 * when they cannot be read. `clocks` is known to be an object.
 */
function readFrame(issue: ClockedIssue, clocks: AssignmentClocks, atMs: number, f: Frame, fail: Failure): boolean {
  f.startMs = clockInstantMs(clocks.startedAt);
  if (Number.isNaN(f.startMs)) return failAt(fail, 'instant', ['clocks', 'startedAt'], clocks.startedAt);
  f.startI = -1;
  f.pausedMs = Infinity;
  f.pausedSince = null;
  f.resumed = 0;
  f.creditedWorkingDays = 0;
  f.creditedSeconds = 0;
  f.anyResumed = false;
  const pauses = issue.pauses;
  if (!Array.isArray(pauses)) return failAt(fail, 'shape', ['pauses'], pauses);
  for (let k = 0; k < pauses.length; k++) {
    const p = pauses[k] as ClockPause;
    if (p === null || typeof p !== 'object') return failAt(fail, 'shape', ['pauses', k], p);
    if (p.status !== 'approved') continue;
    if (p.resumedAt === null) {
      const t = clockInstantMs(p.decidedAt);
      if (Number.isNaN(t)) return failAt(fail, 'instant', ['pauses', k, 'decidedAt'], p.decidedAt);
      if (t < f.pausedMs) {
        f.pausedMs = t;
        f.pausedSince = p.decidedAt;
      }
    } else {
      if (Number.isNaN(clockInstantMs(p.resumedAt))) return failAt(fail, 'instant', ['pauses', k, 'resumedAt'], p.resumedAt);
      if (!isCount(p.creditedWorkingDays)) return failAt(fail, 'number', ['pauses', k, 'creditedWorkingDays'], p.creditedWorkingDays);
      if (!isCount(p.creditedSeconds)) return failAt(fail, 'number', ['pauses', k, 'creditedSeconds'], p.creditedSeconds);
      f.resumed++;
      f.creditedWorkingDays += p.creditedWorkingDays ?? 0;
      f.creditedSeconds += p.creditedSeconds ?? 0;
      f.anyResumed = true;
    }
  }
  f.endMs = f.pausedMs < atMs ? f.pausedMs : atMs;
  return true;
}

function failAt(fail: Failure, kind: Failure['kind'], path: (string | number)[], value: unknown): false {
  fail.kind = kind;
  fail.path = path;
  fail.value = value;
  return false;
}

/** What the resumed pauses that ended by `endMs` credited: working days, or seconds. */
function creditedBy(issue: ClockedIssue, endMs: number, workingDays: boolean): number {
  let n = 0;
  for (const p of issue.pauses) {
    if (p.status !== 'approved' || p.resumedAt === null || !(clockInstantMs(p.resumedAt) <= endMs)) continue;
    n += (workingDays ? p.creditedWorkingDays : p.creditedSeconds) ?? 0;
  }
  return n;
}

/**
 * Reads one clock of an issue into `r`; false with the failure in `fail` when its data cannot be
 * read. `due` is known to be non-null.
 */
function readClock(
  issue: ClockedIssue,
  name: ClockName,
  due: unknown,
  limit: unknown,
  f: Frame,
  c: CompiledCalendar,
  policy: SupervisionPolicy,
  r: Reading,
  fail: Failure,
): boolean {
  const dueMs = clockInstantMs(due);
  if (Number.isNaN(dueMs)) return failAt(fail, 'instant', ['clocks', 'due', name], due);
  const metAt = (name === 'signFor' ? issue.signedForAt : name === 'firstContact' ? issue.contactedAt : name === 'answer' ? (issue.repliedAt ?? issue.answeredAt) : issue.answeredAt) ?? null;
  let end = f.endMs;
  if (metAt !== null) {
    const t = clockInstantMs(metAt);
    if (Number.isNaN(t)) return failAt(fail, 'instant', [metField(issue, name)], metAt);
    end = t < f.pausedMs ? t : f.pausedMs;
  }
  const late = end > dueMs;
  const minutes = limit !== null && typeof limit === 'object' && 'hours' in limit;
  // Resumed pauses count only when they ended by the end of running time (always, for a clock not
  // yet met): resuming moves only the due instants of the clocks not met then, so a clock met
  // before a pause keeps its due instant and its budget.
  const partial = f.anyResumed && metAt !== null;
  let budget: number;
  let used: number;
  let share: number;
  let left: number;
  let provisional = false;
  if (minutes) {
    const credit = f.creditedSeconds * 1000;
    const usedCredit = partial ? creditedBy(issue, end, false) * 1000 : credit;
    const budgetMs = dueMs - f.startMs - usedCredit;
    const usedMs = Math.max(0, end - f.startMs - usedCredit);
    share = budgetMs <= 0 ? 1 : usedMs / budgetMs;
    budget = Math.floor(budgetMs / MINUTE);
    used = Math.floor(usedMs / MINUTE);
    left = Math.floor((dueMs - end) / MINUTE);
  } else {
    if (f.startI < 0) {
      f.startI = dayIndex(f.startMs, c);
      if (f.startI < 0) return failAt(fail, 'uncovered', ['clocks', 'startedAt'], f.startMs);
    }
    const dueI = dayIndex(dueMs, c);
    if (dueI < 0) return failAt(fail, 'uncovered', ['clocks', 'due', name], dueMs);
    const endI = dayIndex(end, c);
    if (endI < 0) return failAt(fail, 'uncovered', metAt !== null ? [metField(issue, name)] : ['pauses'], end);
    const credit = f.creditedWorkingDays;
    const usedCredit = partial ? creditedBy(issue, end, true) : credit;
    budget = between(f.startI, dueI, c) - usedCredit;
    used = Math.max(0, between(f.startI, endI, c) - usedCredit);
    share = budget <= 0 ? 1 : used / budget;
    left = late ? -Math.max(0, between(dueI, endI, c)) : between(endI, dueI, c);
    const last = dueI > endI ? dueI : endI;
    provisional = (last > f.startI ? last : f.startI) >= c.provisionalStart;
  }
  r.met = metAt !== null;
  r.metAt = metAt;
  r.onTime = !late;
  r.late = late;
  r.minutes = minutes;
  r.dueMs = dueMs;
  r.budget = budget;
  r.used = used;
  r.share = share;
  r.left = left === 0 ? 0 : left; // never -0
  r.colour = late ? 3 : share >= policy.yellowAtShare ? 2 : share >= policy.blueAtShare ? 1 : 0;
  r.provisional = provisional;
  return true;
}

/** The failure as a domain error, its path under the caller's argument. */
function problem(fail: Failure, where: Where, c: CompiledCalendar): DomainError {
  const path: ErrorPath = where.index >= 0 ? [where.base, where.index, ...fail.path] : [where.base, ...fail.path];
  const name = path.join('.');
  switch (fail.kind) {
    case 'instant':
      return { ...invalidInstant(fail.value, name), path };
    case 'uncovered': {
      const day = fromDayNumber(Math.floor(((fail.value as number) + CST) / DAY));
      const r = isWorkingDay(day, c.calendar);
      const e = r.ok ? domainError('CALENDAR_YEAR_NOT_COVERED', { en: `${name} lies outside the calendar.`, zh: `${name} 超出工作日历。`, path, value: day }) : r.error;
      return { ...e, path };
    }
    case 'number':
      return domainError('INVALID_ARGUMENT', {
        en: `${name} must be a whole number ≥ 0 or null; received ${String(fail.value)}.`,
        zh: `${name} 应为不小于 0 的整数或 null，实际为 ${String(fail.value)}。`,
        path,
        value: fail.value,
      });
    case 'shape':
      return domainError('INVALID_ARGUMENT', {
        en: `${name} is not what an issue holds there; received ${JSON.stringify(fail.value) ?? String(fail.value)}.`,
        zh: `${name} 不符合诉求数据的结构，实际为 ${JSON.stringify(fail.value) ?? String(fail.value)}。`,
        path,
        value: fail.value,
      });
    default: {
      const never: never = fail.kind;
      return never;
    }
  }
}

/** The checks every call starts with: `at`, the calendar and the policy. The compiled calendar and `at`'s milliseconds, or the error. */
function prelude(at: Instant, calendar: WorkCalendar, policy: SupervisionPolicy): Result<{ readonly c: CompiledCalendar; readonly atMs: number }> {
  if (!isInstant(at)) return err(invalidInstant(at, 'at'));
  const c = compiled(calendar);
  if ('code' in c) return err(c);
  if (policy !== defaultSupervisionPolicy) {
    const bad = checkedOnce(SupervisionPolicySchema, policy);
    if (bad !== null) return err(argumentError(bad, ['policy'], { en: 'a valid supervision policy', zh: '有效的督办规则' }));
  }
  const atMs = clockInstantMs(at);
  if (dayIndex(atMs, c) < 0) {
    const r = isWorkingDay(fromDayNumber(Math.floor((atMs + CST) / DAY)), c.calendar);
    if (!r.ok) return err({ ...r.error, path: ['at'] });
  }
  return ok({ c, atMs });
}

/** The clocks of an issue, or a failure for anything but an object with the clock fields' shapes. */
function clocksOf(issue: ClockedIssue, fail: Failure): AssignmentClocks | null | false {
  if (issue === null || typeof issue !== 'object') return failAt(fail, 'shape', [], issue);
  const clocks = issue.clocks;
  if (clocks === null) return null;
  if (typeof clocks !== 'object' || clocks.due === null || typeof clocks.due !== 'object' || clocks.limits === null || typeof clocks.limits !== 'object') {
    return failAt(fail, 'shape', ['clocks'], clocks);
  }
  return clocks;
}

const newFrame = (): Frame => ({ endMs: 0, pausedMs: Infinity, pausedSince: null, startMs: 0, startI: -1, resumed: 0, creditedWorkingDays: 0, creditedSeconds: 0, anyResumed: false });
const newFailure = (): Failure => ({ kind: 'shape', path: [], value: null });

/**
 * The status of each clock of an issue at an instant (签收, 首次联系, 答复, 办结 — those its limits
 * set): when it runs out, whether and when it was met and whether on time, whether it is overdue,
 * what is left or overdue (in working days for a working-day limit or a fixed due date, in minutes
 * for an hour limit), and its colour on the three-colour slip by the share of its budget used (for
 * an hour clock, the share of the elapsed time), with the policy's shares (red once late). Each
 * clock is met by its own record (`signedForAt`, `contactedAt`, `repliedAt` else `answeredAt`,
 * `answeredAt`), and a met clock's status does not depend on `at`. A running pause (an approved
 * pause not yet resumed, state `'paused'`) freezes every clock at the pause's start: time used
 * stops there and the status says since when; pauses already resumed have moved the due instants
 * (the lifecycle moves them at resume) and their credit is taken out of both budget and use.
 * Days are counted in China time (UTC+8) whatever the instants' offsets.
 *
 * @param issue - The issue (an `Issue` will do); its data is trusted to be parsed, but an instant or a count that cannot be read gives an error, not a throw.
 * @param at - The instant to judge at, with its offset.
 * @param calendar - The working-day calendar, e.g. `chinaCalendar`.
 * @param policy - The slip's shares; {@link defaultSupervisionPolicy} when omitted (checked once per object).
 * @returns The status, null when the issue has no clocks; or `INVALID_INSTANT` (path `['at']` or
 *   under `issue`), `CALENDAR_YEAR_NOT_COVERED`, the calendar's or the policy's error
 *   (`INVALID_INPUT` under `calendar` / `policy`), or `INVALID_ARGUMENT` under `issue`.
 * @example
 * ```ts
 * const issue = {
 *   id: 'i1',
 *   clocks: {
 *     startedAt: '2026-10-09T09:00:00+08:00',
 *     limits: { signFor: { hours: 2 }, handling: { workingDays: 5 } },
 *     due: { signFor: '2026-10-09T11:00:00+08:00', firstContact: null, answer: null, handling: '2026-10-15T23:59:59+08:00' },
 *   },
 *   signedForAt: null, contactedAt: null, repliedAt: null, answeredAt: null, pauses: [],
 * };
 * const s = unwrap(clockStatus(issue, '2026-10-09T12:30:00+08:00', chinaCalendar));
 * s?.signFor?.overdue; // true
 * s?.signFor?.left; // -90
 * s?.handling.left; // 5
 * s?.colour; // 'red'
 * ```
 * @category Issue
 */
export function clockStatus(issue: ClockedIssue, at: Instant, calendar: WorkCalendar, policy: SupervisionPolicy = defaultSupervisionPolicy): Result<ClockStatus | null> {
  const pre = prelude(at, calendar, policy);
  if (!pre.ok) return pre;
  const { c, atMs } = pre.value;
  const where: Where = { base: 'issue', index: -1 };
  const fail = newFailure();
  const clocks = clocksOf(issue, fail);
  if (clocks === false) return err(problem(fail, where, c));
  if (clocks === null) return ok(null);
  const f = newFrame();
  if (!readFrame(issue, clocks, atMs, f, fail)) return err(problem(fail, where, c));
  const states: Partial<Record<ClockName, ClockState>> = {};
  let worst = -1;
  let provisional = false;
  const r = newReading();
  for (const name of CLOCKS) {
    const due = clocks.due[name];
    if (due === null || due === undefined) {
      if (name === 'handling') return err(problem({ kind: 'instant', path: ['clocks', 'due', 'handling'], value: due }, where, c));
      continue;
    }
    if (!readClock(issue, name, due, clocks.limits[name], f, c, policy, r, fail)) return err(problem(fail, where, c));
    const colour = colourNames[r.colour] as SupervisionColour;
    states[name] = {
      clock: name,
      unit: r.minutes ? 'minutes' : 'workingDays',
      startedAt: clocks.startedAt,
      dueAt: due,
      metAt: r.metAt,
      met: r.met,
      onTime: r.met ? r.onTime : null,
      overdue: !r.met && r.late,
      budget: r.budget,
      used: r.used,
      usedShare: r.share,
      left: r.left,
      colour,
      provisional: r.provisional,
    };
    if (!r.met && r.colour > worst) worst = r.colour;
    provisional ||= r.provisional;
  }
  const paused = f.pausedSince !== null && f.pausedMs <= atMs;
  return ok({
    issueId: issue.id,
    at,
    signFor: states.signFor ?? null,
    firstContact: states.firstContact ?? null,
    answer: states.answer ?? null,
    handling: states.handling as ClockState,
    colour: worst < 0 ? null : (colourNames[worst] as SupervisionColour),
    pause: {
      paused,
      since: paused ? f.pausedSince : null,
      pausedMinutes: paused ? Math.floor((atMs - f.pausedMs) / MINUTE) : 0,
      resumed: f.resumed,
      creditedWorkingDays: f.creditedWorkingDays,
      creditedSeconds: f.creditedSeconds,
    },
    provisional,
  });
}

/**
 * One clock on the board: how many issues have it, met (on time or late) and still running, the
 * colours of those still running, and the ids of the overdue ones.
 *
 * @category Issue
 */
export interface ClockBoardLine {
  /** Issues whose limits set this clock. */
  readonly set: number;
  /** Met by the due instant. */
  readonly metOnTime: number;
  /** Met after the due instant (e.g. an overdue sign-for, which counts against the unit). */
  readonly metLate: number;
  /** Not met yet. */
  readonly running: number;
  /** Not met and past due (those frozen by a pause judged at its start). */
  readonly overdue: number;
  /** The clocks not met yet, by colour. */
  readonly colours: Readonly<Record<SupervisionColour, number>>;
  /** The ids of the issues whose clock is overdue, in input order. */
  readonly overdueIds: readonly Id[];
}

/**
 * The clocks of many issues at an instant, for a supervision screen: per clock (sign-for, first
 * contact, answer, handling) a {@link ClockBoardLine}; per issue colour (the worst of its clocks not
 * yet met); how many are paused, with their ids.
 *
 * @category Issue
 */
export interface ClockBoard {
  /** The instant the board is for. */
  readonly at: Instant;
  /** Issues read. */
  readonly issues: number;
  /** Issues without clocks (assigned before the clocks existed, or never assigned): not counted further. */
  readonly withoutClocks: number;
  /** Issues whose clocks are stopped by a running pause. */
  readonly paused: number;
  /** Their ids, in input order. */
  readonly pausedIds: readonly Id[];
  /** Issues by their worst colour among clocks not yet met. */
  readonly colours: Readonly<Record<SupervisionColour, number>>;
  /** Issues whose every clock is met. */
  readonly allMet: number;
  /** Each clock. */
  readonly clocks: Readonly<Record<ClockName, ClockBoardLine>>;
  /** Whether a working-day count rests on a provisional year of the calendar. */
  readonly provisional: boolean;
}

interface MutableLine {
  set: number;
  metOnTime: number;
  metLate: number;
  running: number;
  overdue: number;
  colours: [number, number, number, number];
  overdueIds: Id[];
}

const newLine = (): MutableLine => ({ set: 0, metOnTime: 0, metLate: 0, running: 0, overdue: 0, colours: [0, 0, 0, 0], overdueIds: [] });

const colourRecord = (n: readonly number[]): Record<SupervisionColour, number> => ({ green: n[0] ?? 0, blue: n[1] ?? 0, yellow: n[2] ?? 0, red: n[3] ?? 0 });

/**
 * The clocks of many issues at an instant in one pass, for a supervision screen: per clock how many
 * are set, met on time, met late, running and overdue, the running ones by colour and the overdue
 * ones by id; per issue its worst colour; and the issues paused. Each issue is read as
 * {@link clockStatus} reads it. Pass the open issues (a withdrawn order's clocks still read as
 * running). Time O(n + p) for n issues and p pauses; the calendar is compiled once and nothing is
 * allocated per issue but the ids listed.
 *
 * @param issues - The issues (an `Issue` will do).
 * @param at - The instant to judge at, with its offset.
 * @param calendar - The working-day calendar, e.g. `chinaCalendar`.
 * @param policy - The slip's shares; {@link defaultSupervisionPolicy} when omitted.
 * @returns The board; or the first error {@link clockStatus} would give, its path under `['issues', i]`.
 * @example
 * ```ts
 * const clocks = {
 *   startedAt: '2026-10-09T09:00:00+08:00',
 *   limits: { signFor: { hours: 2 }, handling: { workingDays: 5 } },
 *   due: { signFor: '2026-10-09T11:00:00+08:00', firstContact: null, answer: null, handling: '2026-10-15T23:59:59+08:00' },
 * };
 * const open = { id: 'i1', clocks, signedForAt: null, contactedAt: null, repliedAt: null, answeredAt: null, pauses: [] };
 * const signed = { ...open, id: 'i2', signedForAt: '2026-10-09T10:00:00+08:00' };
 * const b = unwrap(clockBoard([open, signed], '2026-10-09T12:00:00+08:00', chinaCalendar));
 * b.clocks.signFor.overdueIds; // ['i1']
 * b.clocks.signFor.metOnTime; // 1
 * b.colours; // { green: 1, blue: 0, yellow: 0, red: 1 }
 * ```
 * @category Issue
 */
export function clockBoard(issues: readonly ClockedIssue[], at: Instant, calendar: WorkCalendar, policy: SupervisionPolicy = defaultSupervisionPolicy): Result<ClockBoard> {
  const pre = prelude(at, calendar, policy);
  if (!pre.ok) return pre;
  const { c, atMs } = pre.value;
  if (!Array.isArray(issues)) return err(problem({ kind: 'shape', path: [], value: issues }, { base: 'issues', index: -1 }, c));
  const lines: Record<ClockName, MutableLine> = { signFor: newLine(), firstContact: newLine(), answer: newLine(), handling: newLine() };
  const colours = [0, 0, 0, 0];
  const pausedIds: Id[] = [];
  let withoutClocks = 0;
  let allMet = 0;
  let provisional = false;
  const f = newFrame();
  const r = newReading();
  const fail = newFailure();
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i] as ClockedIssue;
    const clocks = clocksOf(issue, fail);
    if (clocks === false) return err(problem(fail, { base: 'issues', index: i }, c));
    if (clocks === null) {
      withoutClocks++;
      continue;
    }
    if (!readFrame(issue, clocks, atMs, f, fail)) return err(problem(fail, { base: 'issues', index: i }, c));
    if (f.pausedSince !== null && f.pausedMs <= atMs) pausedIds.push(issue.id);
    let worst = -1;
    for (let k = 0; k < 4; k++) {
      const name = CLOCKS[k] as ClockName;
      const due = clocks.due[name];
      if (due === null || due === undefined) {
        if (k === 3) return err(problem({ kind: 'instant', path: ['clocks', 'due', 'handling'], value: due }, { base: 'issues', index: i }, c));
        continue;
      }
      if (!readClock(issue, name, due, clocks.limits[name], f, c, policy, r, fail)) return err(problem(fail, { base: 'issues', index: i }, c));
      const line = lines[name];
      line.set++;
      if (r.met) {
        if (r.late) line.metLate++;
        else line.metOnTime++;
      } else {
        line.running++;
        line.colours[r.colour] = (line.colours[r.colour] as number) + 1;
        if (r.late) {
          line.overdue++;
          line.overdueIds.push(issue.id);
        }
        if (r.colour > worst) worst = r.colour;
      }
      if (r.provisional) provisional = true;
    }
    if (worst < 0) allMet++;
    else colours[worst] = (colours[worst] as number) + 1;
  }
  const out = (l: MutableLine): ClockBoardLine => ({ set: l.set, metOnTime: l.metOnTime, metLate: l.metLate, running: l.running, overdue: l.overdue, colours: colourRecord(l.colours), overdueIds: l.overdueIds });
  return ok({
    at,
    issues: issues.length,
    withoutClocks,
    paused: pausedIds.length,
    pausedIds,
    colours: colourRecord(colours),
    allMet,
    clocks: { signFor: out(lines.signFor), firstContact: out(lines.firstContact), answer: out(lines.answer), handling: out(lines.handling) },
    provisional,
  });
}
