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

/**
 * The input of {@link policyAwareness}: the eligible pairs, the visits, the pairings, the
 * enterprises, and exactly one window — a `period` (deliveries on visits dated within it) or an
 * `asOf` date (every delivery up to that day).
 *
 * @category Report
 */
export type AwarenessInput = {
  /** The eligible enterprise–policy pairs (any order; a pair listed twice counts once). */
  readonly eligible: readonly EligiblePair[];
  /** The visits (any order), with the policies delivered on each. */
  readonly visits: readonly AwarenessVisit[];
  /** The pairings (包联): who is responsible for each enterprise, or for its park. */
  readonly pairings: readonly AwarenessPairing[];
  /** The enterprises, for their grid, county and park; an eligible enterprise not listed has none. */
  readonly enterprises: readonly AwarenessEnterprise[];
} & (
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
/** A pair's state bits. */
const DELIVERED = 1;
const ACKNOWLEDGED = 2;

/** Whether a value is an id as {@link qinqing!IdSchema} takes it: a string of 1 to 128 code units. */
function isId(x: unknown): x is string {
  return typeof x === 'string' && x.length >= 1 && x.length <= 128;
}

/** Whether a value is an id, null or undefined. */
function isIdOrNone(x: unknown): x is Id | null | undefined {
  return x === undefined || x === null || isId(x);
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
 * Time O(e + p + v·d·log k + m log m) for e eligible pairs, p pairings, v visits of at most d
 * policies delivered each, k the most policies one enterprise is eligible for and m the enterprises
 * with untold pairs: the pairs are grouped by enterprise in typed arrays, a delivery is one map
 * lookup of its enterprise and a binary search among its policies. `npm run bench -- awareness`
 * times a province: 100,000 enterprises, about 300,000 eligible pairs, 1,000,000 visits.
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

  // Enterprises: an index each, with its grid, county and park (grids and counties as indexes).
  const eIndex = new Map<Id, number>();
  const eIds: Id[] = [];
  const ePark: (Id | null)[] = [];
  const gridIds = new Interned();
  const countyIds = new Interned();
  const eGrid: number[] = [];
  const eCounty: number[] = [];
  const enterprises = input.enterprises;
  for (let i = 0; i < enterprises.length; i++) {
    const e = enterprises[i] as AwarenessEnterprise;
    if (!isObject(e)) return err(bad(['input', 'enterprises', i], e, AN_OBJECT));
    const { id, gridId, countyId, parkId } = e;
    if (!isId(id)) return err(bad(['input', 'enterprises', i, 'id'], id, AN_ID));
    const wrong = !isIdOrNone(gridId) ? 'gridId' : !isIdOrNone(countyId) ? 'countyId' : !isIdOrNone(parkId) ? 'parkId' : null;
    if (wrong !== null) return err(bad(['input', 'enterprises', i, wrong], e[wrong], AN_ID_OR_NULL));
    if (eIndex.has(id)) {
      return err(
        domainError('DUPLICATE_ID', {
          en: `input.enterprises[${i}]: the enterprise ${shown(id)} is listed twice.`,
          zh: `input.enterprises[${i}]：企业 ${shown(id)} 重复出现。`,
          path: ['input', 'enterprises', i, 'id'],
          value: id,
        }),
      );
    }
    eIndex.set(id, eIds.length);
    eIds.push(id);
    eGrid.push(gridId === undefined || gridId === null ? -1 : gridIds.of(gridId));
    eCounty.push(countyId === undefined || countyId === null ? -1 : countyIds.of(countyId));
    ePark.push(parkId ?? null);
  }

  // Eligible pairs: the enterprise and policy index of each, then each pair once.
  const policyIds = new Interned();
  const eligible = input.eligible;
  const eiOf = new Int32Array(eligible.length);
  const piOf = new Int32Array(eligible.length);
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
      eGrid.push(-1);
      eCounty.push(-1);
      ePark.push(null);
    }
    eiOf[i] = ei;
    piOf[i] = policyIds.of(policyId);
  }
  // The pairs grouped by enterprise (slots start[e] … start[e] + size[e] - 1), each enterprise's
  // policies as ranks in id order, sorted and each once: a delivery is found by binary search.
  const nE = eIds.length;
  const pRank = ranks(policyIds.ids);
  const start = new Int32Array(nE + 1);
  for (let i = 0; i < eligible.length; i++) start[(eiOf[i] as number) + 1] = (start[(eiOf[i] as number) + 1] as number) + 1;
  for (let e = 0; e < nE; e++) start[e + 1] = (start[e + 1] as number) + (start[e] as number);
  const size = new Int32Array(nE);
  const slot = new Int32Array(eligible.length);
  for (let i = 0; i < eligible.length; i++) {
    const e = eiOf[i] as number;
    slot[(start[e] as number) + (size[e] as number)] = pRank[piOf[i] as number] as number;
    size[e] = (size[e] as number) + 1;
  }
  for (let e = 0; e < nE; e++) size[e] = sortUnique(slot, start[e] as number, size[e] as number);

  // Visits: mark each eligible pair delivered, and acknowledged, in the window.
  const state = new Uint8Array(eligible.length);
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
      if (!isObject(d)) return err(bad(['input', 'visits', i, 'policiesDelivered', j], d, AN_OBJECT));
      const { policyId, acknowledged, acknowledgedOn } = d;
      if (!isId(policyId)) return err(bad(['input', 'visits', i, 'policiesDelivered', j, 'policyId'], policyId, AN_ID));
      if (typeof acknowledged !== 'boolean') return err(bad(['input', 'visits', i, 'policiesDelivered', j, 'acknowledged'], acknowledged, { en: 'a boolean', zh: '布尔值' }));
      let ackDay = day;
      if (acknowledgedOn !== undefined) {
        ackDay = dayOf(acknowledgedOn);
        if (Number.isNaN(ackDay)) return err(badDate(['input', 'visits', i, 'policiesDelivered', j, 'acknowledgedOn'], acknowledgedOn));
      }
      if (!counted) continue;
      const pi = policyIds.index.get(policyId);
      if (pi === undefined) continue;
      const k = find(slot, start[ei as number] as number, size[ei as number] as number, pRank[pi] as number);
      if (k < 0) continue;
      state[k] = (state[k] as number) | DELIVERED | (acknowledged && ackDay <= s.toDay ? ACKNOWLEDGED : 0);
    }
  }

  // Pairings active on the window's last day: the advisers (as indexes) of each enterprise, and of each park.
  const adviserIds = new Interned();
  const direct: (number[] | undefined)[] = [];
  const byPark = new Map<Id, number[]>();
  const pairings = input.pairings;
  for (let i = 0; i < pairings.length; i++) {
    const p = pairings[i] as AwarenessPairing;
    if (!isObject(p)) return err(bad(['input', 'pairings', i], p, AN_OBJECT));
    const { adviserId, enterpriseId, parkId } = p;
    if (!isId(adviserId)) return err(bad(['input', 'pairings', i, 'adviserId'], adviserId, AN_ID));
    const since = dayOf(p.since);
    if (Number.isNaN(since)) return err(badDate(['input', 'pairings', i, 'since'], p.since));
    const until = p.until === null ? Infinity : dayOf(p.until);
    if (Number.isNaN(until)) return err(badDate(['input', 'pairings', i, 'until'], p.until));
    if (enterpriseId !== null && !isId(enterpriseId)) return err(bad(['input', 'pairings', i, 'enterpriseId'], enterpriseId, AN_ID_OR_NULL));
    if (parkId !== null && !isId(parkId)) return err(bad(['input', 'pairings', i, 'parkId'], parkId, AN_ID_OR_NULL));
    if (since > s.toDay || until < s.toDay) continue;
    if (enterpriseId !== null) {
      const ei = eIndex.get(enterpriseId);
      if (ei !== undefined) {
        const list = direct[ei];
        if (list === undefined) direct[ei] = [adviserIds.of(adviserId)];
        else list.push(adviserIds.of(adviserId));
      }
    }
    if (parkId !== null) {
      const list = byPark.get(parkId);
      if (list === undefined) byPark.set(parkId, [adviserIds.of(adviserId)]);
      else list.push(adviserIds.of(adviserId));
    }
  }
  const nA = adviserIds.ids.length;
  // Advisers in id order: an adviser's rank, and the department (index, -1 for none) of each.
  const aRank = ranks(adviserIds.ids);
  const departmentIds = new Interned();
  const aDepartment = new Int32Array(nA).fill(-1);
  const departmentOf = s.departmentOf;
  if (departmentOf !== undefined) {
    for (let ai = 0; ai < nA; ai++) {
      const adviserId = adviserIds.ids[ai] as Id;
      if (!Object.hasOwn(departmentOf, adviserId)) continue;
      const dep: unknown = departmentOf[adviserId];
      if (!isId(dep)) return err(bad(['options', 'departmentOf', adviserId], dep, AN_ID));
      aDepartment[ai] = departmentIds.of(dep);
    }
  }

  // Per enterprise: its counts, its advisers (in id order), then its lines once.
  const eDelivered = new Int32Array(nE);
  const eAcknowledged = new Int32Array(nE);
  const policyByRank = new Int32Array(pRank.length);
  for (let pi = 0; pi < pRank.length; pi++) policyByRank[pRank[pi] as number] = pi;
  const byPolicy = new Counts(policyIds.ids.length);
  for (let e = 0; e < nE; e++) {
    const from = start[e] as number;
    const to = from + (size[e] as number);
    let d = 0;
    let a = 0;
    for (let k = from; k < to; k++) {
      const st = state[k] as number;
      const dk = st & DELIVERED ? 1 : 0;
      const ak = st & ACKNOWLEDGED ? 1 : 0;
      d += dk;
      a += ak;
      byPolicy.add(policyByRank[slot[k] as number] as number, 1, dk, ak);
    }
    eDelivered[e] = d;
    eAcknowledged[e] = a;
  }
  const byAdviser = new Counts(nA);
  const byDepartment = new Counts(departmentIds.ids.length);
  const byGrid = new Counts(gridIds.ids.length);
  const byCounty = new Counts(countyIds.ids.length);
  const total = new Counts(2); // 0: all, 1: unpaired
  const advisersOf: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(nE);
  const byRank = (x: number, y: number): number => (aRank[x] as number) - (aRank[y] as number);
  for (let ei = 0; ei < nE; ei++) {
    const n = size[ei] as number;
    if (n === 0) continue;
    const d = eDelivered[ei] as number;
    const a = eAcknowledged[ei] as number;
    total.add(0, n, d, a);
    const own = direct[ei];
    const park = ePark[ei] as Id | null;
    const viaPark = park === null ? undefined : byPark.get(park);
    const advisers = viaPark === undefined && (own === undefined || own.length === 1) ? own : uniqueSorted([...(own ?? []), ...(viaPark ?? [])], byRank);
    advisersOf[ei] = advisers;
    if (advisers === undefined) {
      total.add(1, n, d, a);
    } else {
      let firstDep = -1;
      for (let j = 0; j < advisers.length; j++) {
        const ai = advisers[j] as number;
        byAdviser.add(ai, n, d, a);
        const dep = aDepartment[ai] as number;
        // Each department once per enterprise: advisers rarely number more than a few.
        if (dep >= 0 && dep !== firstDep && (j === 0 || !departmentSeen(advisers, j, aDepartment, dep))) byDepartment.add(dep, n, d, a);
        if (j === 0) firstDep = dep;
      }
    }
    const grid = eGrid[ei] as number;
    if (grid >= 0) byGrid.add(grid, n, d, a);
    const county = eCounty[ei] as number;
    if (county >= 0) byCounty.add(county, n, d, a);
  }

  // The untold pairs in plan order: enterprises by first adviser (none last) and id, each one's
  // policies in id order (as its slots already are).
  const told = s.requireAcknowledgement ? ACKNOWLEDGED : DELIVERED;
  const only = s.untoldFor === undefined ? undefined : (adviserIds.index.get(s.untoldFor) ?? -1);
  const untoldOf = new Int32Array(nE);
  const untoldEnterprises: number[] = [];
  let untoldCount = 0;
  for (let e = 0; e < nE; e++) {
    const n = size[e] as number;
    if (n === 0 || (only !== undefined && !(advisersOf[e]?.includes(only) ?? false))) continue;
    const left = n - (s.requireAcknowledgement ? (eAcknowledged[e] as number) : (eDelivered[e] as number));
    if (left === 0) continue;
    untoldOf[e] = left;
    untoldCount += left;
    untoldEnterprises.push(e);
  }
  const firstRank = (ei: number): number => {
    const advisers = advisersOf[ei];
    return advisers === undefined ? nA : (aRank[advisers[0] as number] as number);
  };
  untoldEnterprises.sort((x, y) => firstRank(x) - firstRank(y) || byCodeUnit(eIds[x] as Id, eIds[y] as Id));
  const end = Math.min(untoldCount, s.offset + s.limit);
  const untold: UntoldPair[] = [];
  let skip = s.offset;
  for (let r = 0; r < untoldEnterprises.length && untold.length < end - s.offset; r++) {
    const e = untoldEnterprises[r] as number;
    if (skip >= (untoldOf[e] as number)) {
      skip -= untoldOf[e] as number;
      continue;
    }
    const adviserNames = (advisersOf[e] ?? []).map((ai) => adviserIds.ids[ai] as Id);
    const grid = eGrid[e] as number;
    const county = eCounty[e] as number;
    const from = start[e] as number;
    const to = from + (size[e] as number);
    for (let k = from; k < to && untold.length < end - s.offset; k++) {
      const st = state[k] as number;
      if ((st & told) !== 0) continue;
      if (skip > 0) {
        skip--;
        continue;
      }
      untold.push({
        enterpriseId: eIds[e] as Id,
        policyId: policyIds.ids[policyByRank[slot[k] as number] as number] as Id,
        adviserIds: adviserNames,
        gridId: grid < 0 ? null : (gridIds.ids[grid] as Id),
        countyId: county < 0 ? null : (countyIds.ids[county] as Id),
        delivered: (st & DELIVERED) !== 0,
      });
    }
  }

  const r = s.requireAcknowledgement;
  return ok({
    from: s.from,
    to: s.to,
    requireAcknowledgement: r,
    total: total.counts(0, r),
    unpaired: total.counts(1, r),
    byAdviser: byAdviser.lines(adviserIds.ids, r),
    byDepartment: byDepartment.lines(departmentIds.ids, r),
    byGrid: byGrid.lines(gridIds.ids, r),
    byCounty: byCounty.lines(countyIds.ids, r),
    byPolicy: byPolicy.lines(policyIds.ids, r),
    untold,
    untoldCount,
    offset: s.offset,
    nextOffset: end < untoldCount ? end : null,
  });
}

/** Ids interned to indexes, in the order first seen. */
class Interned {
  readonly index = new Map<Id, number>();
  readonly ids: Id[] = [];

  /** The index of an id, given one on first sight. */
  of(id: Id): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.index.set(id, i);
      this.ids.push(id);
    }
    return i;
  }
}

/** Eligible, delivered and acknowledged counts per line index. */
class Counts {
  readonly eligible: Float64Array;
  readonly delivered: Float64Array;
  readonly acknowledged: Float64Array;

  constructor(n: number) {
    this.eligible = new Float64Array(n);
    this.delivered = new Float64Array(n);
    this.acknowledged = new Float64Array(n);
  }

  add(i: number, n: number, d: number, a: number): void {
    this.eligible[i] = (this.eligible[i] as number) + n;
    this.delivered[i] = (this.delivered[i] as number) + d;
    this.acknowledged[i] = (this.acknowledged[i] as number) + a;
  }

  counts(i: number, requireAcknowledgement: boolean): AwarenessCounts {
    const eligible = this.eligible[i] as number;
    const delivered = this.delivered[i] as number;
    const acknowledged = this.acknowledged[i] as number;
    const told = requireAcknowledgement ? acknowledged : delivered;
    return { eligible, delivered, acknowledged, told, rate: eligible > 0 ? told / eligible : null };
  }

  /** The lines with at least one eligible pair, by id (code-unit order). */
  lines(ids: readonly Id[], requireAcknowledgement: boolean): AwarenessLine[] {
    const out: AwarenessLine[] = [];
    for (const i of byId(ids)) if ((this.eligible[i] as number) > 0) out.push({ id: ids[i] as Id, ...this.counts(i, requireAcknowledgement) });
    return out;
  }
}

/** The indexes of ids in id order (code units). */
function byId(ids: readonly Id[]): number[] {
  return ids.map((_, i) => i).sort((x, y) => byCodeUnit(ids[x] as Id, ids[y] as Id));
}

/** The rank of each id in id order. */
function ranks(ids: readonly Id[]): Int32Array {
  const rank = new Int32Array(ids.length);
  byId(ids).forEach((i, r) => (rank[i] = r));
  return rank;
}

/**
 * Sorts `n` numbers of `a` from `from` in place and keeps each once at the front; returns how many
 * are kept. An insertion sort for the few policies one enterprise is eligible for, a typed-array
 * sort beyond 16.
 */
function sortUnique(a: Int32Array, from: number, n: number): number {
  if (n <= 1) return n;
  const to = from + n;
  if (n <= 16) {
    for (let i = from + 1; i < to; i++) {
      const x = a[i] as number;
      let j = i - 1;
      while (j >= from && (a[j] as number) > x) {
        a[j + 1] = a[j] as number;
        j--;
      }
      a[j + 1] = x;
    }
  } else a.subarray(from, to).sort();
  let m = from + 1;
  for (let i = from + 1; i < to; i++) if (a[i] !== a[m - 1]) a[m++] = a[i] as number;
  return m - from;
}

/** The slot of `x` among the `n` sorted numbers of `a` from `from`, or -1. */
function find(a: Int32Array, from: number, n: number, x: number): number {
  let lo = from;
  let hi = from + n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const y = a[mid] as number;
    if (y === x) return mid;
    if (y < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Distinct numbers sorted by `order`. */
function uniqueSorted(xs: number[], order: (x: number, y: number) => number): number[] {
  xs.sort(order);
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[i - 1]) xs[n++] = xs[i] as number;
  xs.length = n;
  return xs;
}

/** Whether an adviser before `j` of the list belongs to department `dep`. */
function departmentSeen(advisers: readonly number[], j: number, aDepartment: Int32Array, dep: number): boolean {
  for (let i = 0; i < j; i++) if (aDepartment[advisers[i] as number] === dep) return true;
  return false;
}
