import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { CalendarDate, DateRange, Id } from '../core/schema.js';
import { readDay, readPeriod } from '../internal/args.js';
import { byCodeUnit } from '../internal/compare.js';
import { toDayNumber } from '../internal/days.js';
import { clip, defaultInputLimits } from '../internal/parse.js';
import type { Pairing } from '../pairing/schema.js';
import type { DeliveredPolicy, Visit } from '../visit/schema.js';

/**
 * One enterprise eligible for one policy: the pairs whose awareness {@link policyAwareness}
 * measures. `eligibleEnterprises` of `qinqing/policy` gives them for a policy (one pair per
 * enterprise it finds eligible); an app that keeps its own eligibility lists passes those.
 *
 * @category Report
 */
export interface EligiblePair {
  /** The policy. */
  readonly policyId: Id;
  /** The enterprise eligible for it. */
  readonly enterpriseId: Id;
}

/**
 * What {@link policyAwareness} reads of a visit (a {@link qinqing/visit!Visit} will do): the
 * enterprise visited (null for a park), the date, and the policies delivered.
 *
 * @category Report
 */
export type AwarenessVisit = Pick<Visit, 'enterpriseId' | 'date'> & {
  /** The policies delivered on the visit (送政策) and the enterprise's acknowledgement of each. */
  readonly policiesDelivered?: readonly DeliveredPolicy[] | undefined;
};

/**
 * What {@link policyAwareness} reads of a pairing (a {@link qinqing/pairing!Pairing} will do).
 *
 * @category Report
 */
export type AwarenessPairing = Pick<Pairing, 'adviserId' | 'enterpriseId' | 'parkId' | 'since' | 'until'>;

/**
 * What {@link policyAwareness} reads of an enterprise (a {@link qinqing/enterprise!Enterprise} will
 * do): its county, its visit grid and its park, each optional.
 *
 * @category Report
 */
export interface AwarenessEnterprise {
  /** The enterprise's id. */
  readonly id: Id;
  /** The county or district it belongs to. */
  readonly countyId?: Id | null | undefined;
  /** The visit grid it belongs to. */
  readonly gridId?: Id | null | undefined;
  /** The industrial park it sits in: an adviser paired with the park is one of its advisers. */
  readonly parkId?: Id | null | undefined;
}

/** The data of {@link AwarenessInput}, whatever its window. */
interface AwarenessData {
  /** The eligible enterprise–policy pairs (any order; a pair listed twice counts once). */
  readonly eligible: readonly EligiblePair[];
  /** The visits (any order), with the policies delivered on each. */
  readonly visits: readonly AwarenessVisit[];
  /** The pairings (包联): who is responsible for each enterprise, or for its park. */
  readonly pairings: readonly AwarenessPairing[];
  /** The enterprises, for their grid, county and park; an eligible enterprise not listed has none. */
  readonly enterprises: readonly AwarenessEnterprise[];
}

/**
 * The input of {@link policyAwareness}: the eligible pairs, the visits, the pairings, the
 * enterprises, and exactly one window — a `period` (deliveries on visits dated within it) or an
 * `asOf` date (every delivery up to that day).
 *
 * @category Report
 */
export type AwarenessInput = AwarenessData &
  (
    | {
        /** Deliveries on visits dated from `period.from` to `period.to` (both included) count. */
        readonly period: DateRange;
        readonly asOf?: undefined;
      }
    | {
        /** Deliveries on visits dated up to this day (included) count. */
        readonly asOf: CalendarDate;
        readonly period?: undefined;
      }
  );

/**
 * Options of {@link policyAwareness}.
 *
 * @category Report
 */
export interface AwarenessOptions {
  /**
   * Whether a pair counts as told only when the enterprise acknowledged the policy (企业确认知晓);
   * true by default. False counts every delivery (送达).
   */
  readonly requireAcknowledgement?: boolean;
  /** The department of each adviser (own keys only); advisers not listed count in no department line. */
  readonly departmentOf?: Readonly<Record<Id, Id>>;
  /** List only the untold pairs of the enterprises this adviser is paired with (its next visit plan). */
  readonly untoldFor?: Id;
  /** The most untold pairs listed, from 0 to 100,000; 1,000 by default. */
  readonly limit?: number;
  /** How many untold pairs to skip first (the page's start); 0 by default. */
  readonly offset?: number;
}

/**
 * Eligible pairs, those delivered and acknowledged, those counted as told, and the rate.
 *
 * @category Report
 */
export interface AwarenessCounts {
  /** Eligible enterprise–policy pairs (each counted once). */
  readonly eligible: number;
  /** Of them, delivered on a visit in the window. */
  readonly delivered: number;
  /** Of them, delivered in the window and acknowledged by the enterprise by the window's end. */
  readonly acknowledged: number;
  /** Of them, counted as told: `acknowledged`, or `delivered` when acknowledgement is not required. */
  readonly told: number;
  /** The awareness rate (政策知晓率) `told / eligible`, from 0 to 1; null when `eligible` is 0. */
  readonly rate: number | null;
}

/**
 * The awareness counts of one adviser, department, grid, county or policy.
 *
 * @category Report
 */
export interface AwarenessLine extends AwarenessCounts {
  /** The adviser, department, grid, county or policy id. */
  readonly id: Id;
}

/**
 * An eligible pair not counted as told: a policy to take to an enterprise on the next visit.
 *
 * @category Report
 */
export interface UntoldPair {
  /** The enterprise. */
  readonly enterpriseId: Id;
  /** The policy it is eligible for. */
  readonly policyId: Id;
  /** The enterprise's advisers on the window's last day, sorted; empty when nobody is paired with it. */
  readonly adviserIds: readonly Id[];
  /** Its visit grid, or null. */
  readonly gridId: Id | null;
  /** Its county, or null. */
  readonly countyId: Id | null;
  /** Whether the policy was delivered in the window but not acknowledged (only when acknowledgement is required). */
  readonly delivered: boolean;
}

/**
 * The result of {@link policyAwareness}.
 *
 * @category Report
 */
export interface PolicyAwareness {
  /** The window's first day, or null for every delivery up to `to` (an `asOf`). */
  readonly from: CalendarDate | null;
  /** The window's last day: the day the advisers are read on. */
  readonly to: CalendarDate;
  /** Whether told means acknowledged (true) or delivered (false). */
  readonly requireAcknowledgement: boolean;
  /** All eligible pairs. */
  readonly total: AwarenessCounts;
  /** The eligible pairs of enterprises nobody is paired with on `to`. */
  readonly unpaired: AwarenessCounts;
  /** Per adviser paired with an eligible enterprise on `to`, by id. */
  readonly byAdviser: readonly AwarenessLine[];
  /** Per department of those advisers (by `departmentOf`), by id. */
  readonly byDepartment: readonly AwarenessLine[];
  /** Per visit grid of the eligible enterprises, by id. */
  readonly byGrid: readonly AwarenessLine[];
  /** Per county of the eligible enterprises, by id. */
  readonly byCounty: readonly AwarenessLine[];
  /** Per policy, by id. */
  readonly byPolicy: readonly AwarenessLine[];
  /** One page of the untold pairs (nobody has told the enterprise of the policy yet), in plan order. */
  readonly untold: readonly UntoldPair[];
  /** All untold pairs (of `untoldFor`'s enterprises, when given): `untold` is a page of them. */
  readonly untoldCount: number;
  /** Where the page starts. */
  readonly offset: number;
  /** The offset of the next page, or null when this one is the last. */
  readonly nextOffset: number | null;
}

/** The most untold pairs one page lists (the library's largest input array, {@link defaultInputLimits}). */
const MAX_LIMIT = defaultInputLimits.maxArrayLength;
/** The untold pairs listed by default; qinqing's own figure. */
const DEFAULT_LIMIT = 1_000;
/** A pair's key: enterprise index × SPAN + policy index (both below 2^26, far above any array in use). */
const SPAN = 2 ** 26;
/** A pair's state bits. */
const DELIVERED = 1;
const ACKNOWLEDGED = 2;

/** Whether a value is an id as {@link qinqing!IdSchema} takes it: a string of 1 to 128 code units. */
function isId(x: unknown): x is string {
  return typeof x === 'string' && x.length >= 1 && x.length <= 128;
}

/** A value as a message shows it, cut short. */
function shown(x: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(x) ?? String(x);
  } catch {
    s = typeof x;
  }
  return clip(s, 200);
}

/** The path as a message names it: `input.visits[3].date`. */
function named(path: ErrorPath): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** `INVALID_ARGUMENT` at `path`: the value there is not `what`. */
function bad(path: ErrorPath, value: unknown, what: { readonly en: string; readonly zh: string }): DomainError {
  return domainError('INVALID_ARGUMENT', {
    en: `${named(path)} must be ${what.en}; received ${shown(value)}.`,
    zh: `${named(path)} 应为${what.zh}，实际为 ${shown(value)}。`,
    path,
    value,
  });
}

/** `INVALID_DATE` at `path`. */
function badDate(path: ErrorPath, value: unknown): DomainError {
  return domainError('INVALID_DATE', {
    en: `${named(path)} must be a real date in the form YYYY-MM-DD; received ${shown(value)}.`,
    zh: `${named(path)} 应为 YYYY-MM-DD 格式的有效日期，实际为 ${shown(value)}。`,
    path,
    value,
  });
}

const AN_ID = { en: 'an id (a string of 1 to 128 characters)', zh: '编号（1 至 128 个字符的字符串）' } as const;
const AN_ID_OR_NULL = { en: 'an id or null', zh: '编号或 null' } as const;
const AN_OBJECT = { en: 'an object', zh: '对象' } as const;
const A_LIST = { en: 'an array', zh: '数组' } as const;

/** The day number of a date, or NaN (also for a value that is not a string). */
function dayOf(x: unknown): number {
  return typeof x === 'string' ? toDayNumber(x) : NaN;
}

/** Whether a value is an object (not null, not an array). */
function isObject(x: unknown): boolean {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/** A delivered policy as read from data not checked by its schema. */
type UncheckedDelivery = { readonly policyId?: unknown; readonly acknowledged?: unknown; readonly acknowledgedOn?: unknown };

/** The window, the options with their defaults, or the first problem with them. */
interface Settings {
  readonly from: CalendarDate | null;
  readonly to: CalendarDate;
  readonly fromDay: number;
  readonly toDay: number;
  readonly requireAcknowledgement: boolean;
  readonly departmentOf: Readonly<Record<Id, Id>> | undefined;
  readonly untoldFor: Id | undefined;
  readonly limit: number;
  readonly offset: number;
}

function readSettings(input: AwarenessInput, options: AwarenessOptions): Result<Settings> {
  if (!isObject(input)) return err(bad(['input'], input, { en: 'an object { eligible, visits, pairings, enterprises, period | asOf }', zh: '{ eligible, visits, pairings, enterprises, period | asOf } 对象' }));
  for (const key of ['eligible', 'visits', 'pairings', 'enterprises'] as const) {
    if (!Array.isArray(input[key])) return err(bad(['input', key], input[key], A_LIST));
  }
  let from: CalendarDate | null;
  let to: CalendarDate;
  let fromDay: number;
  let toDay: number;
  if ((input.period === undefined) === (input.asOf === undefined)) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: 'input needs exactly one window: a period { from, to } or an asOf date.',
        zh: 'input 须且只能给出一个统计窗口：期间 period { from, to } 或截止日期 asOf。',
        path: ['input'],
      }),
    );
  }
  if (input.period !== undefined) {
    const days = readPeriod(input.period, 'input.period');
    if (!days.ok) return days;
    [fromDay, toDay] = days.value;
    from = input.period.from;
    to = input.period.to;
  } else {
    const day = readDay(input.asOf, 'input.asOf');
    if (!day.ok) return day;
    fromDay = -Infinity;
    toDay = day.value;
    from = null;
    to = input.asOf as CalendarDate;
  }
  if (!isObject(options)) return err(bad(['options'], options, AN_OBJECT));
  const { requireAcknowledgement = true, departmentOf, untoldFor, limit = DEFAULT_LIMIT, offset = 0 } = options;
  if (typeof requireAcknowledgement !== 'boolean') return err(bad(['options', 'requireAcknowledgement'], requireAcknowledgement, { en: 'a boolean', zh: '布尔值' }));
  if (departmentOf !== undefined && !isObject(departmentOf)) return err(bad(['options', 'departmentOf'], departmentOf, { en: 'a record of department ids by adviser id', zh: '以顾问编号为键、部门编号为值的对象' }));
  if (untoldFor !== undefined && !isId(untoldFor)) return err(bad(['options', 'untoldFor'], untoldFor, AN_ID));
  if (!Number.isSafeInteger(limit) || limit < 0 || limit > MAX_LIMIT) {
    return err(bad(['options', 'limit'], limit, { en: `a whole number from 0 to ${MAX_LIMIT}`, zh: `0 至 ${MAX_LIMIT} 之间的整数` }));
  }
  if (!Number.isSafeInteger(offset) || offset < 0) return err(bad(['options', 'offset'], offset, { en: 'a whole number ≥ 0', zh: '不小于 0 的整数' }));
  return ok({ from, to, fromDay, toDay, requireAcknowledgement, departmentOf, untoldFor, limit, offset });
}

/** Counts being added up: eligible, delivered, acknowledged. */
interface Acc {
  eligible: number;
  delivered: number;
  acknowledged: number;
}

/** Adds `n` eligible pairs, `d` delivered and `a` acknowledged to the line of `id`. */
function add(lines: Map<Id, Acc>, id: Id, n: number, d: number, a: number): void {
  const acc = lines.get(id);
  if (acc === undefined) lines.set(id, { eligible: n, delivered: d, acknowledged: a });
  else {
    acc.eligible += n;
    acc.delivered += d;
    acc.acknowledged += a;
  }
}

function countsOf(acc: Acc, requireAcknowledgement: boolean): AwarenessCounts {
  const told = requireAcknowledgement ? acc.acknowledged : acc.delivered;
  return { eligible: acc.eligible, delivered: acc.delivered, acknowledged: acc.acknowledged, told, rate: acc.eligible > 0 ? told / acc.eligible : null };
}

function linesOf(lines: Map<Id, Acc>, requireAcknowledgement: boolean): AwarenessLine[] {
  return [...lines.keys()].sort(byCodeUnit).map((id) => ({ id, ...countsOf(lines.get(id) as Acc, requireAcknowledgement) }));
}

/** Sorted distinct strings. */
function sortedUnique(xs: readonly string[]): string[] {
  const s = [...xs].sort(byCodeUnit);
  let n = 0;
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) s[n++] = s[i] as string;
  s.length = n;
  return s;
}

/**
 * The policy-awareness rate (政策知晓率) — Haining's campaign 走企业、送政策 aims to raise enterprises'
 * awareness of policy (002), and Lishui's enterprises say they do not know the policies nor how to
 * learn of them, tax relief above all (003): of the eligible enterprise–policy pairs, the share
 * whose enterprise was told of the policy on a visit, overall and per adviser, department, grid,
 * county and policy, with the counts; and the eligible pairs nobody has told yet, in the order of a
 * next visit plan.
 *
 * **Told.** A pair is delivered when a visit to the enterprise dated in the window lists the policy
 * in its `policiesDelivered`, and acknowledged when such a delivery is `acknowledged` and its
 * acknowledgement (`acknowledgedOn`, else the visit's date) falls by the window's end. By default
 * a pair counts as told only when acknowledged: 知晓 is the enterprise knowing the policy — 002
 * measures the enterprises' awareness, not the visits made, and 003's enterprises did not know of
 * policies that had been published — and the enterprise's confirmation (企业确认知晓) is the record
 * of it; `requireAcknowledgement: false` counts every delivery (送达率). That default is qinqing's
 * reading; the sources set no rule of counting. The same policy delivered twice, or a pair listed
 * twice, counts once; who told the enterprise does not matter. Deliveries on park visits count for
 * no enterprise (`VisitSchema` refuses them), nor do deliveries of a policy the enterprise is not
 * listed as eligible for.
 *
 * **Window.** `input.period` counts deliveries on visits dated from `from` to `to` (the work of a
 * period, e.g. a quarter of Haining's quarterly ranking); `input.asOf` counts every delivery up to
 * that day (awareness at a date: an enterprise told last year still knows). The advisers are read
 * on the window's last day.
 *
 * **Lines.** An enterprise's advisers are those of the pairings active on the window's last day
 * with the enterprise, or with the park it sits in (`parkId`); each of its eligible pairs counts in
 * each of its advisers' lines, so the adviser lines do not add up to the total when enterprises
 * share advisers; `unpaired` counts the pairs of enterprises nobody is paired with. A department
 * is responsible for the enterprises its advisers are paired with (as in `visitCompliance`:
 * `departmentOf` gives each adviser's department, e.g. from {@link qinqing/org!Adviser}'s
 * `departmentId`): a pair counts once in each department of the enterprise's advisers. Grid and
 * county are the enterprise's own (`gridId`, `countyId`); a pair of an enterprise missing from
 * `input.enterprises` counts in the total, its policy and its advisers only. Every line has at
 * least one eligible pair, so its rate is a number; the total's and `unpaired`'s rates are null
 * when they have no pair (as the library's other rates, see {@link qinqing/scoring!rates}).
 *
 * **Untold pairs.** The pairs not counted as told, sorted by the enterprise's first adviser (code-unit
 * order; enterprises nobody is paired with last), then enterprise id, then policy id: each
 * adviser's enterprises together, for the next visit plan. An enterprise with several advisers is
 * listed under the first, with all of them in `adviserIds`; `untoldFor` keeps the enterprises of one
 * adviser. The list comes a page at a time: `limit` pairs (1,000 by default, at most 100,000, the
 * library's largest input array) from `offset`; `untoldCount` and `nextOffset` say what is left.
 *
 * Time O(e + p + v·d + n log n) for e eligible pairs, p pairings, v visits of at most d policies
 * delivered each and n untold pairs; one map lookup per delivery.
 *
 * @param input - The eligible pairs, the visits, the pairings, the enterprises, and the window (`period` or `asOf`).
 * @param options - Whether told needs an acknowledgement (default true), the advisers' departments,
 *   the adviser whose untold pairs to list, and the page (`limit`, `offset`).
 * @returns The counts and rates, the lines and a page of untold pairs. Or `INVALID_ARGUMENT` (path
 *   `['input']`) without exactly one of `period` and `asOf`; `INVALID_DATE` at
 *   `['input', 'period', 'from' | 'to']` or `['input', 'asOf']`, or `INVALID_ARGUMENT` at
 *   `['input', 'period']` (ends reversed); `INVALID_ARGUMENT` at the first item that is not what it
 *   should be (e.g. `['input', 'eligible', 3, 'policyId']` not an id, `['input', 'visits', 7,
 *   'policiesDelivered', 0, 'acknowledged']` not a boolean); `INVALID_DATE` at a date of a pairing
 *   (`['input', 'pairings', i, 'since' | 'until']`), of a visit that delivers policies
 *   (`['input', 'visits', i, 'date']`) or of an acknowledgement; `DUPLICATE_ID` at
 *   `['input', 'enterprises', i, 'id']` for an enterprise listed twice; `INVALID_ARGUMENT` at
 *   `['options', …]` for an option out of range (`limit` beyond 0…100,000, a negative `offset`, a
 *   department that is not an id).
 * @example
 * ```ts
 * const awareness = unwrap(policyAwareness({
 *   eligible: [{ policyId: 'tax-relief', enterpriseId: 'e1' }, { policyId: 'tax-relief', enterpriseId: 'e2' }, { policyId: 'rd-subsidy', enterpriseId: 'e1' }],
 *   visits: [{ enterpriseId: 'e1', date: '2026-03-10', policiesDelivered: [{ policyId: 'tax-relief', acknowledged: true }, { policyId: 'rd-subsidy', acknowledged: false }] }],
 *   pairings: [{ adviserId: 'a1', enterpriseId: 'e1', parkId: null, since: '2026-01-01', until: null }, { adviserId: 'a2', enterpriseId: 'e2', parkId: null, since: '2026-01-01', until: null }],
 *   enterprises: [{ id: 'e1', countyId: '330481', gridId: 'g1' }, { id: 'e2', countyId: '330481', gridId: 'g2' }],
 *   period: { from: '2026-01-01', to: '2026-03-31' },
 * }));
 * awareness.total; // { eligible: 3, delivered: 2, acknowledged: 1, told: 1, rate: 0.3333333333333333 }
 * awareness.byAdviser.map((l) => [l.id, l.rate]); // [['a1', 0.5], ['a2', 0]]
 * awareness.untold.map((u) => [u.adviserIds[0], u.enterpriseId, u.policyId, u.delivered]); // [['a1', 'e1', 'rd-subsidy', true], ['a2', 'e2', 'tax-relief', false]]
 * policyAwareness({ eligible: [], visits: [], pairings: [], enterprises: [], asOf: '2026-02-30' }); // { ok: false, error: { code: 'INVALID_DATE', path: ['input', 'asOf'], … } }
 * ```
 * @category Report
 */
export function policyAwareness(input: AwarenessInput, options: AwarenessOptions = {}): Result<PolicyAwareness> {
  const settings = readSettings(input, options);
  if (!settings.ok) return settings;
  const s = settings.value;

  // Enterprises: an index each, with its grid, county and park.
  const eIndex = new Map<Id, number>();
  const eIds: Id[] = [];
  const eGrid: (Id | null)[] = [];
  const eCounty: (Id | null)[] = [];
  const ePark: (Id | null)[] = [];
  const enterprises = input.enterprises;
  for (let i = 0; i < enterprises.length; i++) {
    const e = enterprises[i] as AwarenessEnterprise;
    if (!isObject(e)) return err(bad(['input', 'enterprises', i], e, AN_OBJECT));
    if (!isId(e.id)) return err(bad(['input', 'enterprises', i, 'id'], e.id, AN_ID));
    const fields: (Id | null)[] = [];
    for (const key of ['gridId', 'countyId', 'parkId'] as const) {
      const v = e[key];
      if (v !== undefined && v !== null && !isId(v)) return err(bad(['input', 'enterprises', i, key], v, AN_ID_OR_NULL));
      fields.push(v ?? null);
    }
    if (eIndex.has(e.id)) {
      return err(
        domainError('DUPLICATE_ID', {
          en: `input.enterprises[${i}]: the enterprise ${shown(e.id)} is listed twice.`,
          zh: `input.enterprises[${i}]：企业 ${shown(e.id)} 重复出现。`,
          path: ['input', 'enterprises', i, 'id'],
          value: e.id,
        }),
      );
    }
    eIndex.set(e.id, eIds.length);
    eIds.push(e.id);
    eGrid.push(fields[0] as Id | null);
    eCounty.push(fields[1] as Id | null);
    ePark.push(fields[2] as Id | null);
  }

  // Eligible pairs, each once: the enterprise and policy indexes of pair k.
  const pIndex = new Map<Id, number>();
  const pIds: Id[] = [];
  const pairOf = new Map<number, number>();
  const pairE: number[] = [];
  const pairP: number[] = [];
  const eligible = input.eligible;
  for (let i = 0; i < eligible.length; i++) {
    const pair = eligible[i] as EligiblePair;
    if (!isObject(pair)) return err(bad(['input', 'eligible', i], pair, AN_OBJECT));
    const { policyId, enterpriseId } = pair;
    if (!isId(policyId)) return err(bad(['input', 'eligible', i, 'policyId'], policyId, AN_ID));
    if (!isId(enterpriseId)) return err(bad(['input', 'eligible', i, 'enterpriseId'], enterpriseId, AN_ID));
    let ei = eIndex.get(enterpriseId);
    if (ei === undefined) {
      ei = eIds.length;
      eIndex.set(enterpriseId, ei);
      eIds.push(enterpriseId);
      eGrid.push(null);
      eCounty.push(null);
      ePark.push(null);
    }
    let pi = pIndex.get(policyId);
    if (pi === undefined) {
      pi = pIds.length;
      pIndex.set(policyId, pi);
      pIds.push(policyId);
    }
    const key = ei * SPAN + pi;
    if (!pairOf.has(key)) {
      pairOf.set(key, pairE.length);
      pairE.push(ei);
      pairP.push(pi);
    }
  }
  const nPairs = pairE.length;

  // Visits: mark each eligible pair delivered, and acknowledged, in the window.
  const state = new Uint8Array(nPairs);
  const visits = input.visits;
  for (let i = 0; i < visits.length; i++) {
    const v = visits[i] as AwarenessVisit;
    if (!isObject(v)) return err(bad(['input', 'visits', i], v, AN_OBJECT));
    const delivered = v.policiesDelivered;
    if (delivered === undefined || delivered === null) continue;
    if (!Array.isArray(delivered)) return err(bad(['input', 'visits', i, 'policiesDelivered'], delivered, A_LIST));
    if (delivered.length === 0) continue;
    const enterpriseId = v.enterpriseId;
    if (enterpriseId === null) continue; // a park visit tells no enterprise
    if (!isId(enterpriseId)) return err(bad(['input', 'visits', i, 'enterpriseId'], enterpriseId, AN_ID_OR_NULL));
    const day = dayOf(v.date);
    if (Number.isNaN(day)) return err(badDate(['input', 'visits', i, 'date'], v.date));
    const ei = eIndex.get(enterpriseId);
    const counted = ei !== undefined && day >= s.fromDay && day <= s.toDay;
    for (let j = 0; j < delivered.length; j++) {
      const d = delivered[j] as UncheckedDelivery;
      const at = ['input', 'visits', i, 'policiesDelivered', j];
      if (!isObject(d)) return err(bad(at, d, AN_OBJECT));
      if (!isId(d.policyId)) return err(bad([...at, 'policyId'], d.policyId, AN_ID));
      if (typeof d.acknowledged !== 'boolean') return err(bad([...at, 'acknowledged'], d.acknowledged, { en: 'a boolean', zh: '布尔值' }));
      let ackDay = day;
      if (d.acknowledgedOn !== undefined) {
        ackDay = dayOf(d.acknowledgedOn);
        if (Number.isNaN(ackDay)) return err(badDate([...at, 'acknowledgedOn'], d.acknowledgedOn));
      }
      if (!counted) continue;
      const pi = pIndex.get(d.policyId);
      if (pi === undefined) continue;
      const k = pairOf.get((ei as number) * SPAN + pi);
      if (k === undefined) continue;
      state[k] = (state[k] as number) | DELIVERED | (d.acknowledged && ackDay <= s.toDay ? ACKNOWLEDGED : 0);
    }
  }

  // Pairings active on the window's last day: the advisers of each enterprise, and of each park.
  const direct: (Id[] | undefined)[] = [];
  const byPark = new Map<Id, Id[]>();
  const pairings = input.pairings;
  for (let i = 0; i < pairings.length; i++) {
    const p = pairings[i] as AwarenessPairing;
    if (!isObject(p)) return err(bad(['input', 'pairings', i], p, AN_OBJECT));
    if (!isId(p.adviserId)) return err(bad(['input', 'pairings', i, 'adviserId'], p.adviserId, AN_ID));
    const since = dayOf(p.since);
    if (Number.isNaN(since)) return err(badDate(['input', 'pairings', i, 'since'], p.since));
    const until = p.until === null ? Infinity : dayOf(p.until);
    if (Number.isNaN(until)) return err(badDate(['input', 'pairings', i, 'until'], p.until));
    const { enterpriseId, parkId } = p;
    if (enterpriseId !== null && !isId(enterpriseId)) return err(bad(['input', 'pairings', i, 'enterpriseId'], enterpriseId, AN_ID_OR_NULL));
    if (parkId !== null && !isId(parkId)) return err(bad(['input', 'pairings', i, 'parkId'], parkId, AN_ID_OR_NULL));
    if (since > s.toDay || until < s.toDay) continue;
    if (enterpriseId !== null) {
      const ei = eIndex.get(enterpriseId);
      if (ei !== undefined) (direct[ei] ??= []).push(p.adviserId);
    }
    if (parkId !== null) {
      const list = byPark.get(parkId);
      if (list === undefined) byPark.set(parkId, [p.adviserId]);
      else list.push(p.adviserId);
    }
  }

  // Per enterprise: its counts, then its lines once (advisers, departments, grid, county).
  const nE = eIds.length;
  const eEligible = new Uint32Array(nE);
  const eDelivered = new Uint32Array(nE);
  const eAcknowledged = new Uint32Array(nE);
  const byPolicy = new Map<Id, Acc>();
  const policyAcc: Acc[] = pIds.map((id) => {
    const acc = { eligible: 0, delivered: 0, acknowledged: 0 };
    byPolicy.set(id, acc);
    return acc;
  });
  const total: Acc = { eligible: nPairs, delivered: 0, acknowledged: 0 };
  for (let k = 0; k < nPairs; k++) {
    const ei = pairE[k] as number;
    const st = state[k] as number;
    const d = st & DELIVERED ? 1 : 0;
    const a = st & ACKNOWLEDGED ? 1 : 0;
    eEligible[ei] = (eEligible[ei] as number) + 1;
    eDelivered[ei] = (eDelivered[ei] as number) + d;
    eAcknowledged[ei] = (eAcknowledged[ei] as number) + a;
    const acc = policyAcc[pairP[k] as number] as Acc;
    acc.eligible++;
    acc.delivered += d;
    acc.acknowledged += a;
    total.delivered += d;
    total.acknowledged += a;
  }
  const byAdviser = new Map<Id, Acc>();
  const byDepartment = new Map<Id, Acc>();
  const byGrid = new Map<Id, Acc>();
  const byCounty = new Map<Id, Acc>();
  const unpaired: Acc = { eligible: 0, delivered: 0, acknowledged: 0 };
  const advisersOf: (readonly Id[])[] = new Array<readonly Id[]>(nE);
  const departmentOf = s.departmentOf;
  for (let ei = 0; ei < nE; ei++) {
    const n = eEligible[ei] as number;
    if (n === 0) continue;
    const d = eDelivered[ei] as number;
    const a = eAcknowledged[ei] as number;
    const own = direct[ei];
    const park = ePark[ei] as Id | null;
    const viaPark = park === null ? undefined : byPark.get(park);
    const advisers = own === undefined && viaPark === undefined ? [] : sortedUnique([...(own ?? []), ...(viaPark ?? [])]);
    advisersOf[ei] = advisers;
    if (advisers.length === 0) {
      unpaired.eligible += n;
      unpaired.delivered += d;
      unpaired.acknowledged += a;
    }
    const departments: Id[] = [];
    for (const adviserId of advisers) {
      add(byAdviser, adviserId, n, d, a);
      if (departmentOf !== undefined && Object.hasOwn(departmentOf, adviserId)) {
        const dep: unknown = departmentOf[adviserId];
        if (!isId(dep)) return err(bad(['options', 'departmentOf', adviserId], dep, AN_ID));
        departments.push(dep);
      }
    }
    for (const dep of departments.length > 1 ? sortedUnique(departments) : departments) add(byDepartment, dep, n, d, a);
    const grid = eGrid[ei] as Id | null;
    if (grid !== null) add(byGrid, grid, n, d, a);
    const county = eCounty[ei] as Id | null;
    if (county !== null) add(byCounty, county, n, d, a);
  }

  // The untold pairs in plan order: enterprises by first adviser (none last) and id, policies by id.
  const told = s.requireAcknowledgement ? ACKNOWLEDGED : DELIVERED;
  const keep = (ei: number): boolean => s.untoldFor === undefined || (advisersOf[ei] as readonly Id[]).includes(s.untoldFor);
  const untoldEnterprises: number[] = [];
  const hasUntold = new Uint8Array(nE);
  for (let k = 0; k < nPairs; k++) {
    const ei = pairE[k] as number;
    if (((state[k] as number) & told) === 0 && hasUntold[ei] === 0) {
      hasUntold[ei] = 1;
      if (keep(ei)) untoldEnterprises.push(ei);
    }
  }
  untoldEnterprises.sort((x, y) => {
    const ax = (advisersOf[x] as readonly Id[])[0];
    const ay = (advisersOf[y] as readonly Id[])[0];
    if (ax !== ay) {
      if (ax === undefined) return 1;
      if (ay === undefined) return -1;
      return byCodeUnit(ax, ay);
    }
    return byCodeUnit(eIds[x] as Id, eIds[y] as Id);
  });
  const eRank = new Int32Array(nE).fill(-1);
  untoldEnterprises.forEach((ei, r) => (eRank[ei] = r));
  const policiesByRank = pIds.map((_, pi) => pi).sort((x, y) => byCodeUnit(pIds[x] as Id, pIds[y] as Id));
  const pRank = new Int32Array(pIds.length);
  policiesByRank.forEach((pi, r) => (pRank[pi] = r));
  const nP = Math.max(1, pIds.length);
  const keys: number[] = [];
  for (let k = 0; k < nPairs; k++) {
    const r = eRank[pairE[k] as number] as number;
    if (r >= 0 && ((state[k] as number) & told) === 0) keys.push(r * nP + (pRank[pairP[k] as number] as number));
  }
  const sorted = Float64Array.from(keys).sort();
  const end = Math.min(sorted.length, s.offset + s.limit);
  const untold: UntoldPair[] = [];
  for (let i = s.offset; i < end; i++) {
    const key = sorted[i] as number;
    const ei = untoldEnterprises[Math.floor(key / nP)] as number;
    const pi = policiesByRank[key % nP] as number;
    const k = pairOf.get(ei * SPAN + pi) as number;
    untold.push({
      enterpriseId: eIds[ei] as Id,
      policyId: pIds[pi] as Id,
      adviserIds: advisersOf[ei] as readonly Id[],
      gridId: eGrid[ei] as Id | null,
      countyId: eCounty[ei] as Id | null,
      delivered: ((state[k] as number) & DELIVERED) !== 0,
    });
  }

  const r = s.requireAcknowledgement;
  return ok({
    from: s.from,
    to: s.to,
    requireAcknowledgement: r,
    total: countsOf(total, r),
    unpaired: countsOf(unpaired, r),
    byAdviser: linesOf(byAdviser, r),
    byDepartment: linesOf(byDepartment, r),
    byGrid: linesOf(byGrid, r),
    byCounty: linesOf(byCounty, r),
    byPolicy: linesOf(byPolicy, r),
    untold,
    untoldCount: sorted.length,
    offset: s.offset,
    nextOffset: end < sorted.length ? end : null,
  });
}
