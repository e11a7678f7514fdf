import * as z from 'zod';
import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { CalendarDate, Id, Locale } from '../core/schema.js';
import { isValidUscc, safeParseUscc } from '../enterprise/uscc.js';
import { readDay } from '../internal/args.js';
import { toDayNumber } from '../internal/days.js';
import { ObjectMemo } from '../internal/memo.js';
import { argumentError, checkedOnce, dotted } from '../internal/parse.js';
import {
  compileSet,
  declarationsOf,
  entityIndex,
  explainLines,
  FAILED,
  keyIndex,
  matchSet,
  ABOVE,
  COUNTY,
  DIVISION,
  ENTITY,
  INDUSTRY,
  KEY,
  MET,
  newView,
  noDeclarations,
  NUMBER,
  PARK,
  REGION,
  SCALE,
  TAGS,
  WITHOUT,
  YEARS,
  prepareView,
  scaleIndex,
  statusOf,
  wholeYears,
  type CompiledPolicy,
  type CompiledSet,
  type PolicyMatch,
  type View,
} from './compile.js';
import { PolicySchema, PolicySetSchema, type EnterpriseFacts, type Policy, type PolicySet } from './schema.js';

/** A list of policies given without a set (no declarations). Internal. */
const PolicyListSchema = /* @__PURE__ */ (() => z.array(PolicySchema).max(10_000))();

/** Each policy compiled alone without declarations, kept while the policy object is unchanged (see {@link ObjectMemo}). */
const compiledPolicies = /* @__PURE__ */ (() => new ObjectMemo<CompiledSet>())();
/** Each set or list of policies compiled, kept while the object is unchanged. */
const compiledSets = /* @__PURE__ */ (() => new ObjectMemo<CompiledSet>())();
/** The last deeply frozen set or list compiled: matching enterprise after enterprise on it skips even the lookup. */
let lastSet: { readonly key: object; readonly compiled: CompiledSet } | undefined;

/** A policy compiled alone, without declarations, once per policy object. */
function compiledPolicy(policy: Policy): CompiledSet {
  let c = compiledPolicies.get(policy);
  if (c === undefined) {
    c = compileSet([policy], noDeclarations);
    compiledPolicies.set(policy, c);
  }
  return c;
}

/** A set (with its declarations' labels) or a list of policies compiled together, once per object. */
function compiledSet(policies: PolicySet | readonly Policy[]): CompiledSet {
  if (lastSet !== undefined && lastSet.key === policies) return lastSet.compiled;
  let c = compiledSets.get(policies);
  if (c === undefined) {
    c = isList(policies) ? compileSet(policies, noDeclarations) : compileSet(policies.policies, declarationsOf(policies));
    compiledSets.set(policies, c);
  }
  if (compiledSets.frozen(policies)) lastSet = { key: policies, compiled: c };
  return c;
}

const isList = (policies: PolicySet | readonly Policy[]): policies is readonly Policy[] => Array.isArray(policies);

function problem(path: ErrorPath, en: string, zh: string, value: unknown): DomainError {
  const name = dotted(path);
  return domainError('INVALID_INPUT', { en: `${name} ${en}; received ${shown(value)}.`, zh: `${name} ${zh}，实际为 ${shown(value)}。`, path, value });
}

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 64 ? `${value.slice(0, 64)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** The division code (characters 3–8 of the USCC) as a number, or -1 when they are not six digits. */
function divisionOf(uscc: string): number {
  let d = 0;
  for (let i = 2; i < 8; i++) {
    const c = uscc.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    d = d * 10 + c;
  }
  return d;
}

/** A bit per condition kind, as `CompiledSet.uses` holds them. */
const bit = (...kinds: readonly number[]): number => kinds.reduce((m, k) => m | (1 << k), 0);
const USCC_READ = /* @__PURE__ */ bit(REGION, DIVISION);
const COUNTY_READ = /* @__PURE__ */ bit(REGION, COUNTY);
const TAGS_READ = /* @__PURE__ */ bit(TAGS, WITHOUT);

/**
 * Reads into `v` what matching needs of an enterprise's facts — its id, and the facts the compiled
 * policies' conditions use (`uses`, a bit per condition kind) — checking each field it reads
 * (types, enum values, a valid USCC, a real date, tags as strings, the figures the conditions name
 * as finite numbers): null, or `INVALID_INPUT` (`INVALID_DATE`, a USCC error) at the field's path
 * under `at`. A field no condition reads is not checked.
 */
function readView(e: EnterpriseFacts, at: ErrorPath, asOf: CalendarDate, s: CompiledSet, v: View): DomainError | null {
  if (e === null || typeof e !== 'object' || Array.isArray(e)) return problem(at, 'must be an enterprise object', '应为企业对象', e);
  const uses = s.uses;
  const { id } = e;
  if (!isText(id)) return problem([...at, 'id'], 'must be a non-empty string', '应为非空字符串', id);
  v.id = id;
  if ((uses & USCC_READ) !== 0) {
    const uscc = e.uscc;
    if (!isValidUscc(uscc)) {
      const r = safeParseUscc(uscc);
      const error = r.ok ? domainError('INVALID_INPUT', { en: 'Not a USCC.', zh: '不是统一社会信用代码。', value: uscc }) : r.error;
      return { ...error, path: [...at, 'uscc'], message: `${dotted([...at, 'uscc'])}: ${error.message}`, messageZh: `${dotted([...at, 'uscc'])}：${error.messageZh}` };
    }
    v.division = divisionOf(uscc);
  }
  if ((uses & COUNTY_READ) !== 0) {
    const countyId = e.countyId;
    if (!isText(countyId)) return problem([...at, 'countyId'], 'must be a non-empty county id', '应为非空的县（市、区）编号', countyId);
    v.county = countyId;
  }
  if ((uses & (1 << ENTITY)) !== 0) {
    const t = e.marketEntityType;
    const entity = typeof t === 'string' && Object.hasOwn(entityIndex, t) ? (entityIndex[t] as number) : -1;
    if (entity < 0) return problem([...at, 'marketEntityType'], 'must be a type of market entity (MarketEntityType)', '应为市场主体类型（MarketEntityType）', t);
    v.entity = entity;
  }
  if ((uses & (1 << INDUSTRY)) !== 0) {
    const industry = e.industry;
    if (!isText(industry)) return problem([...at, 'industry'], 'must be a non-empty industry code', '应为非空的行业代码', industry);
    v.industry = industry;
  }
  if ((uses & (1 << PARK)) !== 0) {
    const parkId = e.parkId;
    if (parkId !== undefined && !isText(parkId)) return problem([...at, 'parkId'], 'must be a non-empty park id when given', '如提供，应为非空的园区编号', parkId);
    v.park = parkId ?? null;
  }
  if ((uses & (1 << KEY)) !== 0) {
    const keyLevel = e.keyLevel;
    const key = keyLevel === undefined ? 0 : typeof keyLevel === 'string' && Object.hasOwn(keyIndex, keyLevel) ? (keyIndex[keyLevel] as number) : -1;
    if (key < 0) return problem([...at, 'keyLevel'], 'must be a key-enterprise level (KeyEnterpriseLevel) when given', '如提供，应为重点服务企业级别（KeyEnterpriseLevel）', keyLevel);
    v.key = key;
  }
  if ((uses & (1 << SCALE)) !== 0) {
    const scale = e.scale;
    const size = scale === undefined ? -1 : typeof scale === 'string' && Object.hasOwn(scaleIndex, scale) ? (scaleIndex[scale] as number) : -2;
    if (size === -2) return problem([...at, 'scale'], 'must be an enterprise size (EnterpriseScale) when given', '如提供，应为企业规模（EnterpriseScale）', scale);
    v.scale = size;
  }
  if ((uses & (1 << ABOVE)) !== 0) {
    const above = e.aboveDesignatedSize;
    if (above !== undefined && typeof above !== 'boolean') return problem([...at, 'aboveDesignatedSize'], 'must be a boolean when given', '如提供，应为布尔值', above);
    v.above = above === undefined ? -1 : above ? 1 : 0;
  }
  if ((uses & (1 << YEARS)) !== 0) {
    const establishedOn = e.establishedOn;
    v.years = NaN;
    if (establishedOn !== undefined) {
      if (typeof establishedOn !== 'string' || Number.isNaN(toDayNumber(establishedOn))) {
        return domainError('INVALID_DATE', {
          en: `${dotted([...at, 'establishedOn'])} must be a real date in the form YYYY-MM-DD; received ${shown(establishedOn)}.`,
          zh: `${dotted([...at, 'establishedOn'])} 应为 YYYY-MM-DD 格式的有效日期，实际为 ${shown(establishedOn)}。`,
          path: [...at, 'establishedOn'],
          value: establishedOn,
        });
      }
      v.years = wholeYears(establishedOn, asOf);
    }
  }
  if ((uses & TAGS_READ) !== 0) {
    const tags = e.tags;
    if (tags !== undefined) {
      if (!Array.isArray(tags)) return problem([...at, 'tags'], 'must be a list of tags when given', '如提供，应为标签列表', tags);
      for (let i = 0; i < tags.length; i++) if (typeof tags[i] !== 'string') return problem([...at, 'tags', i], 'must be a string', '应为字符串', tags[i]);
    }
    v.tags = tags ?? null;
  }
  if ((uses & (1 << NUMBER)) !== 0) {
    const numbers = e.numbers;
    if (numbers !== undefined) {
      if (numbers === null || typeof numbers !== 'object' || Array.isArray(numbers)) return problem([...at, 'numbers'], 'must be an object of figures by key when given', '如提供，应为按键给出数值的对象', numbers);
      for (const k of s.figureKeys) {
        if (!Object.hasOwn(numbers, k)) continue;
        const x = numbers[k];
        if (typeof x !== 'number' || !Number.isFinite(x)) return problem([...at, 'numbers', k], 'must be a finite number', '应为有限数值', x);
      }
    }
    v.numbers = numbers ?? null;
  }
  return null;
}

/** The problem with the `policies` argument, or null. */
function policiesProblem(policies: PolicySet | readonly Policy[]): DomainError | null {
  const bad = checkedOnce(Array.isArray(policies) ? PolicyListSchema : PolicySetSchema, policies);
  return bad === null ? null : argumentError(bad, ['policies'], { en: 'a valid policy set or list of policies', zh: '有效的惠企政策集或政策列表' });
}

/**
 * Every policy matched with one enterprise at a date, in the order of the policies, with the ids
 * of those it is eligible for and of those that need more facts.
 *
 * @category Policy
 */
export interface PolicyMatches {
  /** The enterprise. */
  readonly enterpriseId: Id;
  /** The date of matching. */
  readonly asOf: CalendarDate;
  /** One match per policy, in the order of the policies. */
  readonly matches: readonly PolicyMatch[];
  /** The policies it is eligible for. */
  readonly eligible: readonly Id[];
  /** The policies for which a fact is missing (and none fails). */
  readonly unknown: readonly Id[];
}

/**
 * Matches an enterprise with policies at a date and explains each decision: for each policy,
 * `eligible` (its validity period covers `asOf`, the enterprise is in its region, and every
 * condition of `when` and of at least one alternative of `anyOf` holds), `notEligible` (one of
 * them fails: the reason names it) or `unknown` (none fails, but a fact a condition needs is
 * missing: the reason names what to supply), with every condition sorted into met, failed and
 * missing. The logic is three-valued (Kleene): a failed condition decides whatever is missing, so
 * supplying a missing fact turns `unknown` into `eligible` or `notEligible` and never changes an
 * `eligible` or `notEligible` decision.
 *
 * The policies are compiled once per object into a flat program of their distinct conditions (one
 * entry per condition however many policies share it: kind, bounds, sets, interned tags and
 * figures), kept while the object is unchanged — a deeply frozen set, as `validatePolicies`
 * returns, is looked up in O(1). An enterprise is tested once per distinct condition; each policy
 * then reads its conditions' outcomes, and its match is shared: each policy keeps one match per
 * outcome of its conditions (up to 4,096), so matching allocates only the list of answers. Time:
 * the distinct conditions plus the conditions of all policies, a tag condition its tags.
 *
 * @param enterprise - The enterprise with the tags and figures the app supplies (see {@link EnterpriseFacts}); an `Enterprise` will do.
 * @param policies - A policy set (its declarations label the figures and tags) or a list of policies.
 * @param asOf - The date of matching, `YYYY-MM-DD`: validity and years since registration are counted to it.
 * @returns The matches; or `INVALID_DATE` at `['asOf']`, the policies' schema errors under
 *   `['policies']`, `INVALID_INPUT` / `INVALID_DATE` / a USCC error at the enterprise's field (its
 *   id, and each fact some condition reads: a field no condition reads is not checked).
 * @example
 * ```ts
 * const firm = {
 *   id: 'e1', name: '焦作某精密机械有限公司', uscc: '91410800MA44XB1T9E', marketEntityType: 'privateEnterprise' as const,
 *   industry: 'C3411', countyId: '410802', scale: 'small' as const, establishedOn: '2019-05-20',
 *   tags: ['techSme'], numbers: { taxableIncome: 1_200_000, employees: 80, totalAssets: 30_000_000, rdExpenseShare: 5 },
 * };
 * const r = unwrap(matchPolicies(firm, examplePolicies, '2026-06-01'));
 * r.eligible; // ['example-small-micro-tax', 'example-rd-subsidy']
 * r.matches[2]?.reason.en; // 'Not eligible: (alternative 1) tagged specialised and innovative SME (专精特新); (alternative 2) tagged little giant (专精特新“小巨人”).'
 * r.matches[4]?.status; // 'unknown'
 * ```
 * @category Policy
 */
export function matchPolicies(enterprise: EnterpriseFacts, policies: PolicySet | readonly Policy[], asOf: CalendarDate): Result<PolicyMatches> {
  const day = readDay(asOf, 'asOf');
  if (!day.ok) return day;
  const bad = policiesProblem(policies);
  if (bad !== null) return err(bad);
  const compiled = compiledSet(policies);
  const v = newView();
  const wrong = readView(enterprise, ['enterprise'], asOf, compiled, v);
  if (wrong !== null) return err(wrong);
  const matches = new Array<PolicyMatch>(compiled.policies.length);
  matchSet(compiled, v, day.value, matches);
  const eligible: Id[] = [];
  const unknown: Id[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i] as PolicyMatch;
    if (m.status === 'eligible') eligible.push(m.policyId);
    else if (m.status === 'unknown') unknown.push(m.policyId);
  }
  return ok({ enterpriseId: v.id, asOf, matches, eligible, unknown });
}

/**
 * The enterprises of a city sorted by one policy at a date: eligible, not eligible, and unknown
 * (a fact is missing), each list in the order given.
 *
 * @category Policy
 */
export interface PolicyEligibility {
  /** The policy. */
  readonly policyId: Id;
  /** The date of matching. */
  readonly asOf: CalendarDate;
  /** The enterprises eligible. */
  readonly eligible: readonly Id[];
  /** The enterprises not eligible. */
  readonly notEligible: readonly Id[];
  /** The enterprises for which a fact is missing (and no condition fails). */
  readonly unknown: readonly Id[];
}

/**
 * Sorts enterprises by one policy at a date — the reverse of {@link matchPolicies}, for a whole
 * city: which enterprises are eligible (to notify, or to pay without application), which are not,
 * and which need more facts before anyone can tell. The decisions are exactly those of
 * `matchPolicies` (the same compiled program and three-valued logic), taken without building
 * explanations: each enterprise stops at the first condition of the validity, region or `when` that
 * fails and at the first alternative that holds. Match one enterprise with `matchPolicies` for the
 * reasons. Time: O(enterprises × conditions tested).
 *
 * @param policy - The policy (checked once per object with {@link PolicySchema}).
 * @param enterprises - The enterprises with their tags and figures (see {@link EnterpriseFacts}).
 * @param asOf - The date of matching, `YYYY-MM-DD`.
 * @returns The three lists of enterprise ids; or `INVALID_DATE` at `['asOf']`, the schema errors
 *   under `['policy']`, `INVALID_ARGUMENT` when `enterprises` is not a list, or the first problem
 *   with an enterprise at `['enterprises', i, field]` (its id, and each fact the policy reads).
 * @example
 * ```ts
 * const base = { name: '示例企业', marketEntityType: 'privateEnterprise' as const, industry: 'C3411', countyId: '410802' };
 * const city = [
 *   { ...base, id: 'e1', uscc: '91410800MA44XB1T9E', tags: ['specialisedInnovative'] },
 *   { ...base, id: 'e2', uscc: '91410800MA44XB1T9E', tags: [] },
 *   { ...base, id: 'e3', uscc: '91410800MA44XB1T9E' },
 * ];
 * const award = examplePolicies.policies[2]!;
 * unwrap(eligibleEnterprises(award, city, '2026-06-01')); // { policyId: 'example-specialised-award', asOf: '2026-06-01', eligible: ['e1'], notEligible: ['e2'], unknown: ['e3'] }
 * ```
 * @category Policy
 */
export function eligibleEnterprises(policy: Policy, enterprises: readonly EnterpriseFacts[], asOf: CalendarDate): Result<PolicyEligibility> {
  const day = readDay(asOf, 'asOf');
  if (!day.ok) return day;
  const bad = checkedOnce(PolicySchema, policy);
  if (bad !== null) return err(argumentError(bad, ['policy'], { en: 'a valid policy', zh: '有效的惠企政策' }));
  if (!Array.isArray(enterprises)) {
    return err(domainError('INVALID_ARGUMENT', { en: 'enterprises must be a list of enterprises.', zh: 'enterprises 应为企业列表。', path: ['enterprises'], value: enterprises }));
  }
  const s = compiledPolicy(policy);
  const p = s.policies[0] as CompiledPolicy;
  const eligible: Id[] = [];
  const notEligible: Id[] = [];
  const unknown: Id[] = [];
  const v = newView();
  for (let i = 0; i < enterprises.length; i++) {
    const wrong = readView(enterprises[i] as EnterpriseFacts, ['enterprises', i], asOf, s, v);
    if (wrong !== null) return err(wrong);
    prepareView(s, v);
    const status = statusOf(s, p, v, day.value);
    (status === MET ? eligible : status === FAILED ? notEligible : unknown).push(v.id);
  }
  return ok({ policyId: policy.id, asOf, eligible, notEligible, unknown });
}

/**
 * Explains a match in words, one line for the decision and one per condition: those met, those
 * not met and those missing, each with its alternative of `anyOf` where it has one.
 *
 * @param match - A match, from {@link matchPolicies}.
 * @param locale - `'zh-CN'` or `'en'`.
 * @returns The lines.
 * @example
 * ```ts
 * const firm = { id: 'e1', uscc: '91410800MA44XB1T9E', marketEntityType: 'privateEnterprise' as const, industry: 'C3411', countyId: '410802', tags: [] };
 * const m = unwrap(matchPolicies(firm, examplePolicies, '2026-06-01')).matches[2]!;
 * explainPolicyMatch(m, 'zh-CN')[0]; // '专精特新企业奖励（示例）——不符合条件：（备选条件 1）具有标签：专精特新中小企业；（备选条件 2）具有标签：专精特新“小巨人”企业。'
 * ```
 * @category Policy
 */
export function explainPolicyMatch(match: PolicyMatch, locale: Locale): string[] {
  return explainLines(match, locale);
}
