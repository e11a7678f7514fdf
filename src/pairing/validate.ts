import type { ErrorPath } from '../core/errors.js';
import type { CalendarDate, Id } from '../core/schema.js';
import { dayArg, periodArg } from '../internal/args.js';
import { adviserKindLabels, AdviserKindSchema, type AdviserKind } from '../org/adviser.js';
import { governmentLevelLabels, type GovernmentLevel } from '../org/level.js';
import type { KeyEnterpriseLevel } from '../enterprise/schema.js';
import { allowanceText, capacityVerdict, type PairingPolicy } from './policy.js';
import { quotaLinesAt, type QuotaIssue } from './quota.js';
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
 * What {@link validatePairings} needs of an adviser (an {@link index!Adviser} will do).
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
 * What {@link validatePairings} needs of an enterprise (an {@link index!Enterprise} will do).
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
const kindEn = (k: AdviserKind): string => adviserKindLabels[k].en.toLowerCase();
const kindZh = (k: AdviserKind): string => adviserKindLabels[k].zh;
const keyLevelEn = { city: 'City key enterprise', county: 'County key enterprise' } as const;
const keyLevelZh = { city: '市级重点服务企业', county: '县级重点服务企业' } as const;

/**
 * Checks pairings against a pairing policy and reports every violation, in a deterministic order:
 *
 * 1. `DUPLICATE_ID` of advisers, enterprises, parks, then pairings, in input order;
 * 2. per pairing in input order: an invalid period; then, for pairings that count, unknown adviser,
 *    enterprise or park, and duplicates;
 * 3. per adviser in input order: over or under capacity;
 * 4. per enterprise in input order: too many advisers of a kind (kinds in {@link index!AdviserKindSchema}
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
 * One pass over each list with Maps: 100,000 enterprises take well under a second.
 *
 * @param advisers - The advisers and cadres (id, kind, level).
 * @param enterprises - The enterprises (id, key level).
 * @param pairings - The pairings.
 * @param policy - The pairing policy, e.g. {@link defaultPairingPolicy}.
 * @param options - `asOf`, `parks`, `quotaPeriod` and `issues`.
 * @returns Every violation, in the order above; empty when all is well. Plain JSON.
 * @throws {@link index!QinqingError} `INVALID_DATE` when `asOf` or the quota period is not a date, `INVALID_ARGUMENT` when the period ends before it begins.
 * @example
 * ```ts
 * const advisers = [{ id: 'a1', kind: 'contactLeader', level: 'city' } as const];
 * const enterprises = [{ id: 'e1', keyLevel: 'city' } as const, { id: 'e2', keyLevel: 'county' } as const];
 * const pairings = [{ id: 'p1', adviserId: 'a1', enterpriseId: 'e1', parkId: null, since: '2026-01-05', until: null, selection: 'appointed' } as const];
 * validatePairings(advisers, enterprises, pairings, defaultPairingPolicy).map((v) => v.code); // ['KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER']
 * ```
 * @category Pairing
 */
export function validatePairings(
  advisers: readonly PairingAdviser[],
  enterprises: readonly PairingEnterprise[],
  pairings: readonly Pairing[],
  policy: PairingPolicy,
  options: ValidatePairingsOptions = {},
): readonly PairingViolation[] {
  const { asOf, parks, quotaPeriod } = options;
  if (asOf !== undefined) dayArg(asOf, 'options.asOf');
  if (quotaPeriod !== undefined) periodArg(quotaPeriod, 'options.quotaPeriod');
  const out: PairingViolation[] = [];

  // 1. Indexes, and duplicate ids.
  const index = <T extends { readonly id: Id }>(items: readonly T[], name: string, what: { en: string; zh: string }): Map<Id, number> => {
    const m = new Map<Id, number>();
    for (let i = 0; i < items.length; i++) {
      const id = (items[i] as T).id;
      const first = m.get(id);
      if (first === undefined) {
        m.set(id, i);
        continue;
      }
      out.push({
        code: 'DUPLICATE_ID',
        adviserIds: name === 'advisers' ? [id] : [],
        enterpriseIds: name === 'enterprises' ? [id] : [],
        pairingIds: name === 'pairings' ? [id] : [],
        message: `${what.en} id "${id}" is used twice: ${name}[${first}] and ${name}[${i}]; the first counts.`,
        messageZh: `${what.zh}编号“${id}”重复：第 ${first + 1} 项与第 ${i + 1} 项，以第一项为准。`,
        path: [name, i, 'id'],
      });
    }
    return m;
  };
  const adviserAt = index(advisers, 'advisers', { en: 'Adviser', zh: '包联人员' });
  const enterpriseAt = index(enterprises, 'enterprises', { en: 'Enterprise', zh: '企业' });
  const parkAt = parks === undefined ? undefined : index(parks, 'parks', { en: 'Park', zh: '园区' });
  index(pairings, 'pairings', { en: 'Pairing', zh: '包联关系' });

  // 2. Pairings: period, references, duplicates; loads.
  const counted: number[] = [];
  /** Per adviser index: the pairing indexes of its distinct targets, first pairing of each. */
  const byAdviser: (number[] | undefined)[] = new Array<number[] | undefined>(advisers.length);
  /** Per adviser index with many targets: target key → the first pairing index. */
  const bigAdviser = new Map<number, Map<string, number>>();
  /** Per enterprise index: the adviser indexes of its distinct advisers. */
  const byEnterprise: (number[] | undefined)[] = new Array<number[] | undefined>(enterprises.length);
  /** Per first pairing of a target: later pairings of the same adviser and target at other times (no asOf only). */
  const repeats = new Map<number, number[]>();
  for (let i = 0; i < pairings.length; i++) {
    const p = pairings[i] as Pairing;
    if (p.until !== null && p.until < p.since) {
      out.push({
        code: 'PAIRING_INVALID_PERIOD',
        adviserIds: [p.adviserId],
        enterpriseIds: p.enterpriseId === null ? [] : [p.enterpriseId],
        pairingIds: [p.id],
        message: `Pairing "${p.id}" ends on ${p.until}, before it begins on ${p.since}.`,
        messageZh: `包联关系“${p.id}”的结束日期 ${p.until} 早于开始日期 ${p.since}。`,
        path: ['pairings', i, 'until'],
      });
      continue;
    }
    if (asOf !== undefined && !isPairingActive(p, asOf)) continue;
    const ai = adviserAt.get(p.adviserId);
    let bad = false;
    if (ai === undefined) {
      bad = true;
      out.push({
        code: 'PAIRING_UNKNOWN_ADVISER',
        adviserIds: [p.adviserId],
        enterpriseIds: p.enterpriseId === null ? [] : [p.enterpriseId],
        pairingIds: [p.id],
        message: `Pairing "${p.id}" names adviser "${p.adviserId}", who is not among the advisers.`,
        messageZh: `包联关系“${p.id}”中的包联人员“${p.adviserId}”不存在。`,
        path: ['pairings', i, 'adviserId'],
      });
    }
    const isEnterprise = p.enterpriseId !== null;
    const targetId = p.enterpriseId ?? p.parkId ?? '';
    const ei = isEnterprise ? enterpriseAt.get(targetId) : undefined;
    if (isEnterprise && ei === undefined) {
      bad = true;
      out.push({
        code: 'PAIRING_UNKNOWN_ENTERPRISE',
        adviserIds: [p.adviserId],
        enterpriseIds: [targetId],
        pairingIds: [p.id],
        message: `Pairing "${p.id}" names enterprise "${targetId}", which is not among the enterprises.`,
        messageZh: `包联关系“${p.id}”中的企业“${targetId}”不存在。`,
        path: ['pairings', i, 'enterpriseId'],
      });
    } else if (!isEnterprise && parkAt !== undefined && !parkAt.has(targetId)) {
      bad = true;
      out.push({
        code: 'PAIRING_UNKNOWN_PARK',
        adviserIds: [p.adviserId],
        enterpriseIds: [],
        pairingIds: [p.id],
        message: `Pairing "${p.id}" names park "${targetId}", which is not among the parks.`,
        messageZh: `包联关系“${p.id}”中的园区“${targetId}”不存在。`,
        path: ['pairings', i, 'parkId'],
      });
    }
    if (bad || ai === undefined) continue;
    const mine = byAdviser[ai];
    const first = mine === undefined ? undefined : findTarget(pairings, mine, bigAdviser.get(ai), p);
    if (first !== undefined) {
      const earlier = [first, ...(repeats.get(first) ?? [])];
      const clash = asOf !== undefined ? first : earlier.find((j) => overlaps(pairings[j] as Pairing, p));
      if (clash !== undefined) {
        const other = pairings[clash] as Pairing;
        const whatEn = isEnterprise ? 'enterprise' : 'park';
        const whatZh = isEnterprise ? '企业' : '园区';
        out.push({
          code: 'PAIRING_DUPLICATE',
          adviserIds: [p.adviserId],
          enterpriseIds: isEnterprise ? [targetId] : [],
          pairingIds: [p.id, other.id],
          message: `Adviser "${p.adviserId}" is paired with ${whatEn} "${targetId}" twice at the same time: pairings "${other.id}" and "${p.id}".`,
          messageZh: `包联人员“${p.adviserId}”同时重复包联${whatZh}“${targetId}”：包联关系“${other.id}”与“${p.id}”。`,
          path: ['pairings', i],
        });
        continue;
      }
      const later = repeats.get(first);
      if (later === undefined) repeats.set(first, [i]);
      else later.push(i);
      counted.push(i);
      continue; // the same target again, at another time: counted once
    }
    counted.push(i);
    if (mine === undefined) byAdviser[ai] = [i];
    else {
      mine.push(i);
      const big = bigAdviser.get(ai);
      if (big !== undefined) big.set(targetKey(p), i);
      else if (mine.length === BIG) bigAdviser.set(ai, new Map(mine.map((j) => [targetKey(pairings[j] as Pairing), j])));
    }
    if (ei !== undefined) {
      const theirs = byEnterprise[ei];
      if (theirs === undefined) byEnterprise[ei] = [ai];
      else theirs.push(ai);
    }
  }

  // 3. Advisers: capacity.
  for (let ai = 0; ai < advisers.length; ai++) {
    const a = advisers[ai] as PairingAdviser;
    if (adviserAt.get(a.id) !== ai) continue;
    const rule = policy.capacity[a.kind];
    const mine = byAdviser[ai] ?? [];
    let parkCount = 0;
    for (const j of mine) if ((pairings[j] as Pairing).enterpriseId === null) parkCount++;
    const verdict = capacityVerdict(rule, { enterprises: mine.length - parkCount, parks: parkCount });
    if (verdict === 'ok') continue;
    const enterpriseIds: Id[] = [];
    for (const j of mine) {
      const id = (pairings[j] as Pairing).enterpriseId;
      if (id !== null) enterpriseIds.push(id);
    }
    const allowance = allowanceText(rule);
    const over = verdict === 'over';
    out.push({
      code: over ? 'PAIRING_OVER_CAPACITY' : 'PAIRING_UNDER_CAPACITY',
      adviserIds: [a.id],
      enterpriseIds,
      pairingIds: mine.map((j) => (pairings[j] as Pairing).id),
      message: `Adviser "${a.id}" (${kindEn(a.kind)}) is paired with ${enterpriseIds.length} enterprise${enterpriseIds.length === 1 ? '' : 's'} and ${parkCount} park${parkCount === 1 ? '' : 's'}; the rule ${over ? 'allows' : 'requires'} ${allowance.en}.`,
      messageZh: `包联人员“${a.id}”（${kindZh(a.kind)}）联系企业 ${enterpriseIds.length} 家、园区 ${parkCount} 个，${over ? '超出' : '少于'}规则要求：${allowance.zh}。`,
      path: ['advisers', ai],
      source: rule.source,
    });
  }

  // 4. Enterprises: advisers per kind, key-enterprise contact.
  const contact = policy.keyEnterpriseContact;
  const contactKinds = new Set<AdviserKind>(contact.kinds);
  const limitedKinds = AdviserKindSchema.options.filter((k) => policy.capacity[k].maxPerEnterprise !== null);
  const none: readonly number[] = [];
  for (let ei = 0; ei < enterprises.length; ei++) {
    const e = enterprises[ei] as PairingEnterprise;
    if (enterpriseAt.get(e.id) !== ei) continue;
    const theirs = byEnterprise[ei] ?? none;
    if (theirs.length > 1) {
      for (const kind of limitedKinds) {
        const max = policy.capacity[kind].maxPerEnterprise ?? Number.POSITIVE_INFINITY;
        let n = 0;
        for (const ai of theirs) if ((advisers[ai] as PairingAdviser).kind === kind) n++;
        if (n <= max) continue;
        const ids = theirs.filter((ai) => (advisers[ai] as PairingAdviser).kind === kind).map((ai) => (advisers[ai] as PairingAdviser).id);
        out.push({
          code: 'PAIRING_ENTERPRISE_OVER_CAPACITY',
          adviserIds: ids,
          enterpriseIds: [e.id],
          pairingIds: [],
          message: `Enterprise "${e.id}" has ${ids.length} advisers of kind ${kindEn(kind)} (${list(ids)}); the rule allows ${max}.`,
          messageZh: `企业“${e.id}”有${kindZh(kind)} ${ids.length} 名（${listZh(ids)}），规则至多 ${max} 名。`,
          path: ['enterprises', ei],
          source: policy.capacity[kind].source,
        });
      }
    }
    if (e.keyLevel === 'none' || contact.min === 0) continue;
    const levels = contact.levels[e.keyLevel];
    let fitting = 0;
    for (const ai of theirs) {
      const a = advisers[ai] as PairingAdviser;
      if (contactKinds.has(a.kind) && levels.includes(a.level)) fitting++;
    }
    if (fitting >= contact.min) continue;
    const wrongLevel: Id[] = [];
    for (const ai of theirs) {
      const a = advisers[ai] as PairingAdviser;
      if (contactKinds.has(a.kind) && !levels.includes(a.level)) wrongLevel.push(a.id);
    }
    const kindsEn = contact.kinds.map(kindEn).join(' or ');
    const kindsZh = contact.kinds.map(kindZh).join('或');
    const levelsEn = levels.map((l) => governmentLevelLabels[l].en.toLowerCase()).join(' or ');
    const levelsZh = levels.map((l) => governmentLevelLabels[l].zh).join('或');
    const extraEn = wrongLevel.length === 0 ? '' : ` (${list(wrongLevel)} at another level do not count)`;
    const extraZh = wrongLevel.length === 0 ? '' : `（${listZh(wrongLevel)}层级不符，不计入）`;
    out.push({
      code: 'KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER',
      adviserIds: wrongLevel,
      enterpriseIds: [e.id],
      pairingIds: [],
      message: `${keyLevelEn[e.keyLevel]} "${e.id}" has ${fitting} of the ${contact.min} contact${contact.min === 1 ? '' : 's'} it needs: ${kindsEn} at ${levelsEn} level${extraEn}.`,
      messageZh: `${keyLevelZh[e.keyLevel]}“${e.id}”须有${levelsZh}${kindsZh} ${contact.min} 名作为联系人，现有 ${fitting} 名${extraZh}。`,
      path: ['enterprises', ei],
      source: contact.source,
    });
  }

  // 5. The problem quota: the counted pairings' lines (see problemQuota), the unmet ones reported.
  const quota = policy.problemQuota;
  if (quotaPeriod !== undefined && quota.perYear > 0 && quota.kinds.length > 0) {
    for (const { at, line } of quotaLinesAt(advisers, pairings, options.issues ?? [], policy, quotaPeriod, counted)) {
      if (line.met) continue;
      const a = advisers[adviserAt.get(line.adviserId) ?? -1];
      if (a === undefined) continue;
      const n = line.solved;
      out.push({
        code: 'PROBLEM_QUOTA_UNMET',
        adviserIds: [a.id],
        enterpriseIds: [line.enterpriseId],
        pairingIds: [line.pairingId],
        message: `${adviserKindLabels[a.kind].en} "${a.id}" solved ${n} problem${n === 1 ? '' : 's'} for enterprise "${line.enterpriseId}" from ${quotaPeriod.from} to ${quotaPeriod.to}; the quota is ${quota.perYear} a year.`,
        messageZh: `${kindZh(a.kind)}“${a.id}”在 ${quotaPeriod.from} 至 ${quotaPeriod.to} 为企业“${line.enterpriseId}”解决实际问题 ${n} 件，少于每年 ${quota.perYear} 件。`,
        path: ['pairings', at],
        source: quota.source,
      });
    }
  }
  return out;
}

/** How many targets an adviser may have before its targets are indexed by key rather than scanned. */
const BIG = 32;

const targetKey = (p: Pairing): string => (p.enterpriseId !== null ? `e\u0000${p.enterpriseId}` : `p\u0000${p.parkId ?? ''}`);

/** The first counted pairing of the adviser with the same target as `p`, if any. */
function findTarget(pairings: readonly Pairing[], mine: readonly number[], big: ReadonlyMap<string, number> | undefined, p: Pairing): number | undefined {
  if (big !== undefined) return big.get(targetKey(p));
  for (const j of mine) {
    const q = pairings[j] as Pairing;
    if (q.enterpriseId === p.enterpriseId && q.parkId === p.parkId) return j;
  }
  return undefined;
}

function overlaps(a: Pairing, b: Pairing): boolean {
  return (a.until === null || b.since <= a.until) && (b.until === null || a.since <= b.until);
}
