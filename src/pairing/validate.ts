import type { ErrorPath } from '../core/errors.js';
import { ok, type Result } from '../core/result.js';
import type { CalendarDate, DateRange, Id } from '../core/schema.js';
import { readDay, readPeriod } from '../internal/args.js';
import { AdviserKind } from '../org/adviser.js';
import { GovernmentLevel } from '../org/level.js';
import type { KeyEnterpriseLevel } from '../enterprise/schema.js';
import { allowanceText, capacityVerdict, type CapacityRule, type CapacityRules, type KeyEnterpriseContactRule, type PairingPolicy } from './policy.js';
import { quotaLinesAt, type QuotaIssue } from './quota.js';
import { periodIndex, type PeriodIndex } from './periods.js';
import type { Pairing } from './schema.js';

/**
 * The codes {@link validatePairings} reports, each an entry of `errorCodes`:
 *
 * - `DUPLICATE_ID`: two advisers, enterprises, parks or pairings share an id (the first one counts);
 * - `PAIRING_INVALID_PERIOD`: a pairing ends before it begins;
 * - `PAIRING_UNKNOWN_ADVISER`, `PAIRING_UNKNOWN_ENTERPRISE`, `PAIRING_UNKNOWN_PARK`: a pairing
 *   names someone or something not given (parks are checked only when `options.parks` is given);
 * - `PAIRING_DUPLICATE`: the same adviser paired with the same enterprise or park twice at once;
 * - `PAIRING_OVER_CAPACITY`, `PAIRING_UNDER_CAPACITY`: an adviser's load against its kind's rule
 *   (000: one park or 3–5 enterprises; 003: 1:1, 1–2);
 * - `PAIRING_ENTERPRISE_OVER_CAPACITY`: an enterprise with more advisers of a kind than allowed (003: 1:1);
 * - `KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER`: a key enterprise without a contact leader of a fitting level (001);
 * - `PROBLEM_QUOTA_UNMET`: fewer problems solved in the year than the quota (003).
 *
 * @category Pairing
 */
export type PairingViolationCode =
  | 'DUPLICATE_ID'
  | 'PAIRING_INVALID_PERIOD'
  | 'PAIRING_UNKNOWN_ADVISER'
  | 'PAIRING_UNKNOWN_ENTERPRISE'
  | 'PAIRING_UNKNOWN_PARK'
  | 'PAIRING_DUPLICATE'
  | 'PAIRING_OVER_CAPACITY'
  | 'PAIRING_UNDER_CAPACITY'
  | 'PAIRING_ENTERPRISE_OVER_CAPACITY'
  | 'KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER'
  | 'PROBLEM_QUOTA_UNMET';

/**
 * One finding of {@link validatePairings}, as plain JSON: the stable code, who and what it is
 * about, the message in English and Chinese, where in the input it is, and the source of the rule
 * that was broken (for rule violations).
 *
 * @category Pairing
 */
export interface PairingViolation {
  /** The stable code; see {@link PairingViolationCode}. */
  readonly code: PairingViolationCode;
  /** The advisers concerned (may be empty). */
  readonly adviserIds: readonly Id[];
  /** The enterprises concerned (may be empty). */
  readonly enterpriseIds: readonly Id[];
  /** The pairings concerned (may be empty). */
  readonly pairingIds: readonly Id[];
  /** The message in English. */
  readonly message: string;
  /** The message in Chinese (zh-CN). */
  readonly messageZh: string;
  /** Where in the input: e.g. `['pairings', 3, 'adviserId']`, `['advisers', 0]`, `['enterprises', 7]`. */
  readonly path?: ErrorPath;
  /** The source of the broken rule, for capacity, contact and quota violations. */
  readonly source?: string;
}

/**
 * What {@link validatePairings} found: whether the pairings are valid, and if not, every
 * violation (at least one), in the order {@link validatePairings} describes. The violations are
 * findings about the data, not a refusal of it: `valid: false` is a successful audit.
 *
 * @category Pairing
 */
export type PairingAudit =
  | {
      /** No violation: the pairings keep the policy. */
      readonly valid: true;
      /** No violation. */
      readonly violations: readonly [];
    }
  | {
      /** At least one violation. */
      readonly valid: false;
      /** Every violation, in a deterministic order. */
      readonly violations: readonly [PairingViolation, ...PairingViolation[]];
    };

/**
 * What {@link validatePairings} needs of an adviser (an {@link qinqing/org!Adviser} will do).
 *
 * @category Pairing
 */
export interface PairingAdviser {
  /** The app's id of the person. */
  readonly id: Id;
  /** The kind of adviser or cadre. */
  readonly kind: AdviserKind;
  /** The level they serve at. */
  readonly level: GovernmentLevel;
}

/**
 * What {@link validatePairings} needs of an enterprise (an {@link qinqing/enterprise!Enterprise} will do).
 *
 * @category Pairing
 */
export interface PairingEnterprise {
  /** The app's id of the enterprise. */
  readonly id: Id;
  /** Its key-enterprise level. */
  readonly keyLevel: KeyEnterpriseLevel;
}

/**
 * Options of {@link validatePairings}.
 *
 * @category Pairing
 */
export interface ValidatePairingsOptions {
  /** Count only pairings active on this date (`since ≤ asOf ≤ until`); all pairings when omitted. */
  readonly asOf?: CalendarDate;
  /** The parks; when given, park ids of pairings are checked against them. */
  readonly parks?: readonly { readonly id: Id }[];
  /** The year (e.g. `{ from: '2026-01-01', to: '2026-12-31' }`) for the problem quota; the quota is checked only when given. */
  readonly quotaPeriod?: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** The issues the problem quota counts (none when omitted). */
  readonly issues?: readonly QuotaIssue[];
}

/**
 * Tells whether a pairing is active on a date: it began on or before it and has not ended before it.
 *
 * @param pairing - The pairing (its `since` and `until`).
 * @param date - The date.
 * @returns Whether `since ≤ date` and (`until` is null or `date ≤ until`).
 * @example
 * ```ts
 * isPairingActive({ since: '2026-01-05', until: null }, '2026-03-01'); // true
 * isPairingActive({ since: '2026-01-05', until: '2026-02-28' }, '2026-03-01'); // false
 * ```
 * @category Pairing
 */
export function isPairingActive(pairing: { readonly since: CalendarDate; readonly until: CalendarDate | null }, date: CalendarDate): boolean {
  return pairing.since <= date && (pairing.until === null || date <= pairing.until);
}

const list = (ids: readonly Id[]): string => ids.map((id) => `"${id}"`).join(', ');
const listZh = (ids: readonly Id[]): string => ids.map((id) => `“${id}”`).join('、');
const kindEn = (k: AdviserKind): string => AdviserKind.labels[k].en.toLowerCase();
const kindZh = (k: AdviserKind): string => AdviserKind.labels[k].zh;
const keyLevelEn = { city: 'City key enterprise', county: 'County key enterprise' } as const;
const keyLevelZh = { city: '市级重点服务企业', county: '县级重点服务企业' } as const;

/**
 * Checks pairings against a pairing policy and reports every violation, in a deterministic order:
 *
 * 1. `DUPLICATE_ID` of advisers, enterprises, parks, then pairings, in input order;
 * 2. per pairing in input order: an invalid period; then, for pairings that count, unknown adviser,
 *    enterprise or park, and duplicates;
 * 3. per adviser in input order: over or under capacity;
 * 4. per enterprise in input order: too many advisers of a kind (kinds in {@link qinqing/org!AdviserKind}
 *    order), then a key enterprise without a contact leader;
 * 5. per pairing in input order: the problem quota.
 *
 * Which pairings count: those active on `options.asOf`, or all of them when it is omitted (then two
 * pairings of the same adviser and target are duplicates only when their periods overlap). A pairing
 * with an invalid period, an unknown adviser, enterprise or park, or that duplicates an earlier one is
 * reported and otherwise ignored. Loads count distinct enterprises and parks.
 *
 * The key-enterprise rule treats a city key enterprise as a key enterprise of its county too (001):
 * with one `keyLevel` per enterprise that rule cannot be broken by the data, so it is applied
 * rather than checked — the contact rule covers both levels, with the stricter `levels.city` for
 * city key enterprises.
 *
 * The problem quota (003) is checked when `options.quotaPeriod` is given: each counted pairing of an
 * adviser of a bound kind with an enterprise, which lasted the **whole** period, must have at least
 * `perYear` of the enterprise's issues solved within the period. An issue counts as solved when its
 * answer's outcome is `'resolved'` and it is answered, confirmed or closed; it is dated by the China
 * local date of `closedAt`, else by the answer's date. Issues are credited to every counted contact of
 * their enterprise (the issue does not record which cadre solved it). A pairing that began or ended
 * within the period is not held to the yearly quota. The counting is {@link problemQuota}'s, applied
 * to the counted pairings; its lines that are not met are reported.
 *
 * One pass over each list with Maps: 100,000 enterprises take well under a second. O(n log n) in
 * the pairings (plus the quota's issues), in whatever order they come: the periods of one adviser
 * with one target are sorted once and searched in a tree, so a pair repeated over many periods
 * costs O(log k) per pairing, not a scan of its earlier periods.
 *
 * @param advisers - The advisers and cadres (id, kind, level).
 * @param enterprises - The enterprises (id, key level).
 * @param pairings - The pairings.
 * @param policy - The pairing policy, e.g. {@link defaultPairingPolicy}.
 * @param options - `asOf`, `parks`, `quotaPeriod` and `issues`.
 * @returns The audit (a {@link PairingAudit}): `valid`, and every violation in the order above
 *   (none when valid). Plain JSON. An error only when an option cannot be read: `INVALID_DATE`
 *   when `options.asOf` or an end of `options.quotaPeriod` is not a real date (path
 *   `['options', 'asOf']`, `['options', 'quotaPeriod', 'from']`, …), `INVALID_ARGUMENT` when the
 *   quota period ends before it begins.
 * @example
 * ```ts
 * const advisers = [{ id: 'a1', kind: 'contactLeader', level: 'city' } as const];
 * const enterprises = [{ id: 'e1', keyLevel: 'city' } as const, { id: 'e2', keyLevel: 'county' } as const];
 * const pairings = [{ id: 'p1', adviserId: 'a1', enterpriseId: 'e1', parkId: null, since: '2026-01-05', until: null, selection: 'appointed' } as const];
 * const audit = unwrap(validatePairings(advisers, enterprises, pairings, defaultPairingPolicy));
 * audit.valid; // false
 * audit.violations.map((v) => v.code); // ['KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER']
 * validatePairings(advisers, enterprises, pairings, defaultPairingPolicy, { asOf: '2026-02-30' }).ok; // false: INVALID_DATE at ['options', 'asOf']
 * ```
 * @category Pairing
 */
export function validatePairings(
  advisers: readonly PairingAdviser[],
  enterprises: readonly PairingEnterprise[],
  pairings: readonly Pairing[],
  policy: PairingPolicy,
  options: ValidatePairingsOptions = {},
): Result<PairingAudit> {
  const { asOf, parks, quotaPeriod } = options;
  if (asOf !== undefined) {
    const day = readDay(asOf, 'options.asOf');
    if (!day.ok) return day;
  }
  if (quotaPeriod !== undefined) {
    const period = readPeriod(quotaPeriod, 'options.quotaPeriod');
    if (!period.ok) return period;
  }
  const findings: PairingViolation[] = [];
  const report: Report = (finding) => {
    if (finding !== undefined) findings.push(finding);
  };

  // 1. Ids: the first of each counts.
  const roster: Roster = {
    advisers: firstOfEachId(advisers, 'advisers', report, (adviser, at): AdviserEntry => ({ adviser, at, firstWith: null })),
    enterprises: firstOfEachId(enterprises, 'enterprises', report, (enterprise, at): EnterpriseEntry => ({ enterprise, at, advisers: [] })),
    parks: parks === undefined ? undefined : firstOfEachId(parks, 'parks', report, (_, at) => at),
  };
  firstOfEachId(pairings, 'pairings', report, (_, at) => at);

  // 2. The pairings that count, filed with their advisers and enterprises; the others are reported.
  const counted = countPairings(pairings, roster, asOf, report);

  // 3. Advisers: capacity (000, 003).
  for (const { adviser, at, firstWith } of roster.advisers.values()) {
    report(adviserCapacityFinding(adviser, at, firstWith === null ? [] : [...firstWith.values()], policy.capacity[adviser.kind]));
  }

  // 4. Enterprises: advisers of a kind per enterprise (003), a key enterprise's contact leader (001).
  for (const { enterprise, at, advisers: theirs } of roster.enterprises.values()) {
    for (const finding of advisersPerEnterpriseFindings(enterprise, at, theirs, policy.capacity)) report(finding);
    report(keyEnterpriseContactFinding(enterprise, at, theirs, policy.keyEnterpriseContact));
  }

  // 5. The problem quota (003).
  if (quotaPeriod !== undefined) {
    for (const finding of problemQuotaFindings(advisers, roster, pairings, counted, policy, quotaPeriod, options.issues ?? [])) report(finding);
  }
  const [first, ...rest] = findings;
  return ok(first === undefined ? { valid: true, violations: [] } : { valid: false, violations: [first, ...rest] });
}

/** Adds a finding, if there is one, to the report. */
type Report = (finding: PairingViolation | undefined) => void;

/** An adviser that counts (the first with its id), where it is in the input, and its counted pairings. */
interface AdviserEntry {
  readonly adviser: PairingAdviser;
  readonly at: number;
  /**
   * Its load: its first counted pairing with each of its enterprises and parks, in input order; null
   * until it has one. An enterprise and a park may share an id, so enterprises are keyed by their
   * entry and parks by id.
   */
  firstWith: Map<EnterpriseEntry | Id, Pairing> | null;
}

/** An enterprise that counts (the first with its id), where it is in the input, and its advisers. */
interface EnterpriseEntry {
  readonly enterprise: PairingEnterprise;
  readonly at: number;
  /** Its advisers, in the order of their first counted pairing with it. */
  readonly advisers: PairingAdviser[];
}

/** The advisers, enterprises and parks that count, by id, in input order. */
interface Roster {
  readonly advisers: ReadonlyMap<Id, AdviserEntry>;
  readonly enterprises: ReadonlyMap<Id, EnterpriseEntry>;
  /** The index of each park id's first park; undefined when the parks are not given (park ids are then not checked). */
  readonly parks: ReadonlyMap<Id, number> | undefined;
}

type ListName = 'advisers' | 'enterprises' | 'parks' | 'pairings';
const itemWords: Readonly<Record<ListName, { readonly en: string; readonly zh: string }>> = {
  advisers: { en: 'Adviser', zh: '包联人员' },
  enterprises: { en: 'Enterprise', zh: '企业' },
  parks: { en: 'Park', zh: '园区' },
  pairings: { en: 'Pairing', zh: '包联关系' },
};

/**
 * The entry of the first item of each id, in input order: its index, or an object that holds it as
 * `at`. A later item with the same id is reported as `DUPLICATE_ID`.
 */
function firstOfEachId<T extends { readonly id: Id }, E extends number | { readonly at: number }>(
  items: readonly T[],
  name: ListName,
  report: Report,
  entryOf: (item: T, at: number) => E,
): Map<Id, E> {
  const entries = new Map<Id, E>();
  for (const [at, item] of items.entries()) {
    const first = entries.get(item.id);
    if (first === undefined) entries.set(item.id, entryOf(item, at));
    else report(duplicateIdFinding(name, item.id, typeof first === 'number' ? first : first.at, at));
  }
  return entries;
}

function duplicateIdFinding(name: ListName, id: Id, first: number, at: number): PairingViolation {
  const what = itemWords[name];
  return {
    code: 'DUPLICATE_ID',
    adviserIds: name === 'advisers' ? [id] : [],
    enterpriseIds: name === 'enterprises' ? [id] : [],
    pairingIds: name === 'pairings' ? [id] : [],
    message: `${what.en} id "${id}" is used twice: ${name}[${first}] and ${name}[${at}]; the first counts.`,
    messageZh: `${what.zh}编号“${id}”重复：第 ${first + 1} 项与第 ${at + 1} 项，以第一项为准。`,
    path: [name, at, 'id'],
  };
}

/** Where a pairing that can count is filed: its adviser, its target (an enterprise's entry or a park's id) and the enterprise's entry. */
interface Filing {
  readonly adviser: AdviserEntry;
  readonly target: EnterpriseEntry | Id;
  readonly enterprise: EnterpriseEntry | undefined;
}

/**
 * Files the pairings that count with their advisers and enterprises, and returns their indexes in
 * input order. A pairing counts when it is active on `asOf` (every pairing when it is undefined),
 * its period is valid, its adviser and its enterprise or park are known, and its adviser is not
 * paired with the same target by an earlier counted pairing on a day they share; the others are
 * reported, in input order. O(n log n): the pairings of an adviser with a target that can count are
 * grouped first, and a group of more than one is searched through its {@link PeriodIndex}.
 */
function countPairings(pairings: readonly Pairing[], roster: Roster, asOf: CalendarDate | undefined, report: Report): number[] {
  // 1. What each pairing is: its findings (it cannot count), null (not active on asOf), or its filing.
  const filings: (Filing | readonly PairingViolation[] | null)[] = [];
  const groups = new Map<AdviserEntry, Map<EnterpriseEntry | Id, Pairing[]>>();
  for (const [at, pairing] of pairings.entries()) {
    const badPeriod = invalidPeriodFinding(pairing, at);
    if (badPeriod !== undefined || (asOf !== undefined && !isPairingActive(pairing, asOf))) {
      filings.push(badPeriod === undefined ? null : [badPeriod]);
      continue;
    }
    const adviser = roster.advisers.get(pairing.adviserId);
    const enterprise = pairing.enterpriseId === null ? undefined : roster.enterprises.get(pairing.enterpriseId);
    const unknownTarget = unknownTargetFinding(pairing, at, enterprise, roster.parks);
    if (adviser === undefined || unknownTarget !== undefined) {
      filings.push([...(adviser === undefined ? [unknownAdviserFinding(pairing, at)] : []), ...(unknownTarget === undefined ? [] : [unknownTarget])]);
      continue;
    }
    const target = enterprise ?? pairing.parkId ?? '';
    filings.push({ adviser, target, enterprise });
    let ofAdviser = groups.get(adviser);
    if (ofAdviser === undefined) groups.set(adviser, (ofAdviser = new Map()));
    const group = ofAdviser.get(target);
    if (group === undefined) ofAdviser.set(target, [pairing]);
    else group.push(pairing);
  }
  // 2. In input order: report, or count unless an earlier counted period of the same adviser and target overlaps it.
  const counted: number[] = [];
  const indexes = new Map<Pairing[], PeriodIndex>();
  for (const [at, pairing] of pairings.entries()) {
    const filing = filings[at];
    if (filing === null || filing === undefined) continue;
    if (Array.isArray(filing)) {
      for (const finding of filing as readonly PairingViolation[]) report(finding);
      continue;
    }
    const { adviser, target, enterprise } = filing as Filing;
    const group = groups.get(adviser)?.get(target) as Pairing[];
    if (group.length > 1) {
      let periods = indexes.get(group);
      if (periods === undefined) indexes.set(group, (periods = periodIndex(group)));
      const clash = periods.overlapping(pairing);
      if (clash >= 0) {
        report(duplicatePairingFinding(pairing, at, pairings[clash] as Pairing));
        continue;
      }
      periods.count(pairing, at);
    }
    adviser.firstWith ??= new Map();
    if (!adviser.firstWith.has(target)) {
      adviser.firstWith.set(target, pairing);
      enterprise?.advisers.push(adviser.adviser);
    } // else the same target again, at another time: counted once in the load
    counted.push(at);
  }
  return counted;
}

/** How many of the advisers pass a test (without building the list of them: most checks pass). */
function countWhere(advisers: readonly PairingAdviser[], test: (a: PairingAdviser) => boolean): number {
  let n = 0;
  for (const a of advisers) if (test(a)) n++;
  return n;
}

/** Who and what a finding about one pairing concerns. */
const concerning = (p: Pairing): Pick<PairingViolation, 'adviserIds' | 'enterpriseIds' | 'pairingIds'> => ({
  adviserIds: [p.adviserId],
  enterpriseIds: p.enterpriseId === null ? [] : [p.enterpriseId],
  pairingIds: [p.id],
});

/** A pairing that ends before it begins. */
function invalidPeriodFinding(p: Pairing, at: number): PairingViolation | undefined {
  if (p.until === null || p.until >= p.since) return undefined;
  return {
    code: 'PAIRING_INVALID_PERIOD',
    ...concerning(p),
    message: `Pairing "${p.id}" ends on ${p.until}, before it begins on ${p.since}.`,
    messageZh: `包联关系“${p.id}”的结束日期 ${p.until} 早于开始日期 ${p.since}。`,
    path: ['pairings', at, 'until'],
  };
}

function unknownAdviserFinding(p: Pairing, at: number): PairingViolation {
  return {
    code: 'PAIRING_UNKNOWN_ADVISER',
    ...concerning(p),
    message: `Pairing "${p.id}" names adviser "${p.adviserId}", who is not among the advisers.`,
    messageZh: `包联关系“${p.id}”中的包联人员“${p.adviserId}”不存在。`,
    path: ['pairings', at, 'adviserId'],
  };
}

/** A pairing with an enterprise that is not given, or with a park that is not given (when the parks are). */
function unknownTargetFinding(p: Pairing, at: number, enterprise: EnterpriseEntry | undefined, parks: Roster['parks']): PairingViolation | undefined {
  if (p.enterpriseId !== null) {
    if (enterprise !== undefined) return undefined;
    return {
      code: 'PAIRING_UNKNOWN_ENTERPRISE',
      ...concerning(p),
      message: `Pairing "${p.id}" names enterprise "${p.enterpriseId}", which is not among the enterprises.`,
      messageZh: `包联关系“${p.id}”中的企业“${p.enterpriseId}”不存在。`,
      path: ['pairings', at, 'enterpriseId'],
    };
  }
  const parkId = p.parkId ?? '';
  if (parks === undefined || parks.has(parkId)) return undefined;
  return {
    code: 'PAIRING_UNKNOWN_PARK',
    ...concerning(p),
    message: `Pairing "${p.id}" names park "${parkId}", which is not among the parks.`,
    messageZh: `包联关系“${p.id}”中的园区“${parkId}”不存在。`,
    path: ['pairings', at, 'parkId'],
  };
}

/** The same adviser paired with the same enterprise or park twice on one day. */
function duplicatePairingFinding(p: Pairing, at: number, earlier: Pairing): PairingViolation {
  const targetId = p.enterpriseId ?? p.parkId ?? '';
  const [whatEn, whatZh] = p.enterpriseId !== null ? ['enterprise', '企业'] : ['park', '园区'];
  return {
    code: 'PAIRING_DUPLICATE',
    ...concerning(p),
    pairingIds: [p.id, earlier.id],
    message: `Adviser "${p.adviserId}" is paired with ${whatEn} "${targetId}" twice at the same time: pairings "${earlier.id}" and "${p.id}".`,
    messageZh: `包联人员“${p.adviserId}”同时重复包联${whatZh}“${targetId}”：包联关系“${earlier.id}”与“${p.id}”。`,
    path: ['pairings', at],
  };
}

/**
 * The capacity rule of the adviser's kind (`rule.source`; 000: a bureau adviser pairs with one park
 * or 3–5 enterprises; 003: 1:1, a contact leader 1–2): its load of distinct enterprises and parks.
 */
function adviserCapacityFinding(adviser: PairingAdviser, at: number, load: readonly Pairing[], rule: CapacityRule): PairingViolation | undefined {
  let parks = 0;
  for (const p of load) if (p.enterpriseId === null) parks++;
  const verdict = capacityVerdict(rule, { enterprises: load.length - parks, parks });
  if (verdict === 'ok') return undefined;
  const enterpriseIds = load.flatMap((p) => (p.enterpriseId === null ? [] : [p.enterpriseId]));
  const allowance = allowanceText(rule);
  const over = verdict === 'over';
  const n = enterpriseIds.length;
  return {
    code: over ? 'PAIRING_OVER_CAPACITY' : 'PAIRING_UNDER_CAPACITY',
    adviserIds: [adviser.id],
    enterpriseIds,
    pairingIds: load.map((p) => p.id),
    message: `Adviser "${adviser.id}" (${kindEn(adviser.kind)}) is paired with ${n} enterprise${n === 1 ? '' : 's'} and ${parks} park${parks === 1 ? '' : 's'}; the rule ${over ? 'allows' : 'requires'} ${allowance.en}.`,
    messageZh: `包联人员“${adviser.id}”（${kindZh(adviser.kind)}）联系企业 ${n} 家、园区 ${parks} 个，${over ? '超出' : '少于'}规则要求：${allowance.zh}。`,
    path: ['advisers', at],
    source: rule.source,
  };
}

/**
 * The kinds' `maxPerEnterprise` (003: a seconded cadre or an enterprise assistant is the only one of
 * its kind with its enterprise, 1:1): one finding per kind, in {@link qinqing/org!AdviserKind} order,
 * with more advisers of it at the enterprise than allowed.
 */
function advisersPerEnterpriseFindings(
  enterprise: PairingEnterprise,
  at: number,
  theirs: readonly PairingAdviser[],
  capacity: CapacityRules,
): PairingViolation[] {
  const findings: PairingViolation[] = [];
  if (theirs.length < 2) return findings; // every limit is at least 1
  for (const kind of AdviserKind.schema.options) {
    const max = capacity[kind].maxPerEnterprise;
    if (max === null || countWhere(theirs, (a) => a.kind === kind) <= max) continue;
    const ids = theirs.filter((a) => a.kind === kind).map((a) => a.id);
    findings.push({
      code: 'PAIRING_ENTERPRISE_OVER_CAPACITY',
      adviserIds: ids,
      enterpriseIds: [enterprise.id],
      pairingIds: [],
      message: `Enterprise "${enterprise.id}" has ${ids.length} advisers of kind ${kindEn(kind)} (${list(ids)}); the rule allows ${max}.`,
      messageZh: `企业“${enterprise.id}”有${kindZh(kind)} ${ids.length} 名（${listZh(ids)}），规则至多 ${max} 名。`,
      path: ['enterprises', at],
      source: capacity[kind].source,
    });
  }
  return findings;
}

/**
 * 001: every key enterprise has `rule.min` contacts of a contact kind at a level fitting its key
 * level (a city key enterprise is a key enterprise of its county too, with the stricter `levels.city`).
 */
function keyEnterpriseContactFinding(
  enterprise: PairingEnterprise,
  at: number,
  theirs: readonly PairingAdviser[],
  rule: KeyEnterpriseContactRule,
): PairingViolation | undefined {
  if (enterprise.keyLevel === 'none' || rule.min === 0) return undefined;
  const levels = rule.levels[enterprise.keyLevel];
  const fitting = countWhere(theirs, (a) => rule.kinds.includes(a.kind) && levels.includes(a.level));
  if (fitting >= rule.min) return undefined;
  const wrongLevel = theirs.filter((a) => rule.kinds.includes(a.kind) && !levels.includes(a.level)).map((a) => a.id);
  const kindsEn = rule.kinds.map(kindEn).join(' or ');
  const kindsZh = rule.kinds.map(kindZh).join('或');
  const levelsEn = levels.map((l) => GovernmentLevel.labels[l].en.toLowerCase()).join(' or ');
  const levelsZh = levels.map((l) => GovernmentLevel.labels[l].zh).join('或');
  const extraEn = wrongLevel.length === 0 ? '' : ` (${list(wrongLevel)} at another level do not count)`;
  const extraZh = wrongLevel.length === 0 ? '' : `（${listZh(wrongLevel)}层级不符，不计入）`;
  return {
    code: 'KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER',
    adviserIds: wrongLevel,
    enterpriseIds: [enterprise.id],
    pairingIds: [],
    message: `${keyLevelEn[enterprise.keyLevel]} "${enterprise.id}" has ${fitting} of the ${rule.min} contact${rule.min === 1 ? '' : 's'} it needs: ${kindsEn} at ${levelsEn} level${extraEn}.`,
    messageZh: `${keyLevelZh[enterprise.keyLevel]}“${enterprise.id}”须有${levelsZh}${kindsZh} ${rule.min} 名作为联系人，现有 ${fitting} 名${extraZh}。`,
    path: ['enterprises', at],
    source: rule.source,
  };
}

/** 003: the counted pairings' lines of the problem quota (see {@link problemQuota}) that are not met. */
function problemQuotaFindings(
  advisers: readonly PairingAdviser[],
  roster: Roster,
  pairings: readonly Pairing[],
  counted: readonly number[],
  policy: PairingPolicy,
  period: DateRange,
  issues: readonly QuotaIssue[],
): PairingViolation[] {
  const quota = policy.problemQuota;
  if (quota.perYear === 0 || quota.kinds.length === 0) return [];
  return quotaLinesAt(advisers, pairings, issues, policy, period, counted).flatMap(({ at, line }) => {
    const adviser = roster.advisers.get(line.adviserId)?.adviser;
    if (line.met || adviser === undefined) return [];
    const n = line.solved;
    return [
      {
        code: 'PROBLEM_QUOTA_UNMET',
        adviserIds: [adviser.id],
        enterpriseIds: [line.enterpriseId],
        pairingIds: [line.pairingId],
        message: `${AdviserKind.labels[adviser.kind].en} "${adviser.id}" solved ${n} problem${n === 1 ? '' : 's'} for enterprise "${line.enterpriseId}" from ${period.from} to ${period.to}; the quota is ${quota.perYear} a year.`,
        messageZh: `${kindZh(adviser.kind)}“${adviser.id}”在 ${period.from} 至 ${period.to} 为企业“${line.enterpriseId}”解决实际问题 ${n} 件，少于每年 ${quota.perYear} 件。`,
        path: ['pairings', at],
        source: quota.source,
      },
    ];
  });
}
