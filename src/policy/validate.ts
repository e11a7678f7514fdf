import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { defaultInputLimits } from '../core/limits.js';
import { err, ok, type Result } from '../core/result.js';
import type { Id } from '../core/schema.js';
import { toDayNumber } from '../internal/days.js';
import { deepFreeze } from '../internal/freeze.js';
import { clip, dotted, MAX_MESSAGE, safeParseWith } from '../internal/parse.js';
import { PolicySetSchema, type Policy, type PolicyConditions, type PolicySet } from './schema.js';

/**
 * How serious a finding of {@link validatePolicies} is: an `'error'` makes the set invalid (a
 * policy or one of its alternatives can never apply, or two policies share an id), a `'warning'`
 * points at something that is probably a mistake.
 *
 * @category Policy
 */
export type PolicyFindingSeverity = 'error' | 'warning';

/**
 * The codes of the findings of {@link validatePolicies}, each an entry of `errorCodes`:
 *
 * - `DUPLICATE_ID` (error): two policies, or two declared figures or tags, share an id or key;
 * - `POLICY_CONTRADICTION` (error): a condition can never hold — an empty list, a range with min
 *   above max, years since registration below 0, a tag both required and excluded, a validity
 *   period that ends before it starts, a region that names nothing, an empty `anyOf`, an
 *   alternative that contradicts `when`, a county or division condition outside the policy's region;
 * - `POLICY_UNDECLARED_KEY` (warning): a figure or a tag the set does not declare (a typo, or a
 *   declaration forgotten: explanations then show the bare key);
 * - `POLICY_INDUSTRY_UNUSUAL` (warning): an industry code that is not a GB/T 4754 section letter
 *   (A–T) followed by up to four digits.
 *
 * @category Policy
 */
export type PolicyFindingCode = 'DUPLICATE_ID' | 'POLICY_CONTRADICTION' | 'POLICY_UNDECLARED_KEY' | 'POLICY_INDUSTRY_UNUSUAL';

/**
 * One finding of {@link validatePolicies}: a {@link DomainError} (stable code, English and Chinese
 * message, path, value) with its severity and the id of the policy it is about. The path points into
 * the set, e.g. `['policies', 3, 'when', 'numbers', 'revenue']`. Plain JSON.
 *
 * @category Policy
 */
export interface PolicyFinding extends DomainError {
  /** The stable code; see {@link PolicyFindingCode}. */
  readonly code: PolicyFindingCode;
  /** `'error'` or `'warning'`. */
  readonly severity: PolicyFindingSeverity;
  /** The policy the finding is about, or null for the set's declarations. */
  readonly policyId: Id | null;
  /** Where in the set the problem is. */
  readonly path: ErrorPath;
}

/**
 * What {@link validatePolicies} found: the parsed set (frozen), whether it is valid (no errors),
 * and every error and warning in the order of the set.
 *
 * @category Policy
 */
export interface PolicySetReport {
  /** The set as parsed, declarations filled in, frozen. */
  readonly set: PolicySet;
  /** True when there are no errors (warnings allowed). */
  readonly valid: boolean;
  /** Findings of severity `'error'`. */
  readonly errors: readonly PolicyFinding[];
  /** Findings of severity `'warning'`. */
  readonly warnings: readonly PolicyFinding[];
}

/**
 * Why {@link validatePolicies} refused a set: `INVALID_INPUT` (or another parse code) when its
 * shape is wrong, with `report` null; `POLICY_SET_INVALID` when it parses but has errors, with the
 * whole report in `report` and the first 20 errors in `issues`.
 *
 * @category Policy
 */
export interface PolicySetRejection extends DomainError {
  /** The findings, or null when the input could not be read as a policy set. */
  readonly report: PolicySetReport | null;
}

/** GB/T 4754: a section letter A–T, then up to four digits (division, group, class). */
const INDUSTRY = /^[A-T]\d{0,4}$/;

type Range = { readonly min?: number | undefined; readonly max?: number | undefined };
const lo = (r: Range): number => r.min ?? -Infinity;
const hi = (r: Range): number => r.max ?? Infinity;
const overlap = (a: Range, b: Range, floor = -Infinity): boolean => Math.max(lo(a), lo(b), floor) <= Math.min(hi(a), hi(b));
const intersects = (a: readonly string[], b: readonly string[]): boolean => {
  const s = new Set(a);
  return b.some((x) => s.has(x));
};

/** Whether some code starts with a prefix of `a` and one of `b`: one prefix starts with the other. O((|a| + |b|) × longest). */
function prefixesMeet(a: readonly string[], b: readonly string[]): boolean {
  const startsWithOneOf = (set: ReadonlySet<string>, code: string): boolean => {
    for (let k = 0; k <= code.length; k++) if (set.has(code.slice(0, k))) return true;
    return false;
  };
  const sa = new Set(a);
  const sb = new Set(b);
  return a.some((x) => startsWithOneOf(sb, x)) || b.some((x) => startsWithOneOf(sa, x));
}

const LIST_KEYS = ['industry', 'scale', 'countyId', 'divisionCode', 'keyLevel', 'parkId', 'marketEntityType', 'tags', 'withoutTags'] as const;

/**
 * Validates a set of policies: first its shape (as {@link PolicySetSchema}: an unknown fact, a
 * figure key that is not a name, a bad date or division code is `INVALID_INPUT` with its path),
 * then its meaning, reporting every finding with a stable code, a severity, messages in English
 * and Chinese, the path into the set and the policy's id:
 *
 * - errors: duplicate policy ids, or declared figures or tags twice (`DUPLICATE_ID`); a condition
 *   that can never hold (`POLICY_CONTRADICTION`): an empty list, a range with min above max,
 *   `yearsSinceRegistration` below 0, a tag in both `tags` and `withoutTags` (of `when`, or of
 *   `when` and an alternative), a validity period that ends before it starts, a region whose lists
 *   name nothing, an empty `anyOf`, an alternative whose condition on a fact cannot hold together
 *   with `when`'s (disjoint lists, industry or division prefixes that never meet, ranges that do not
 *   overlap, opposite `aboveDesignatedSize`), a `countyId` or `divisionCode` condition outside a
 *   region of counties only or of division codes only;
 * - warnings: a figure or tag the set does not declare (`POLICY_UNDECLARED_KEY`), an industry code
 *   that does not look like GB/T 4754 (`POLICY_INDUSTRY_UNUSUAL`).
 *
 * Time linear in the size of the set (prefix lists are compared through sets, at most 32 lookups
 * per code); the shape is held to the input limits (`InputLimits`).
 *
 * @param input - The set, e.g. parsed JSON from the app's configuration.
 * @returns `ok: true` with the report (its warnings) only when the set has no errors; else a
 *   {@link PolicySetRejection}: `POLICY_SET_INVALID` with the report, or `INVALID_INPUT`
 *   (`INPUT_TOO_DEEP`, `INPUT_TOO_LARGE`, …) with the path when the shape is wrong.
 * @example
 * ```ts
 * const broken = { ...examplePolicies, policies: [{ ...examplePolicies.policies[1]!, when: { scale: [], numbers: { rdShare: { min: 3 } } } }] };
 * const r = validatePolicies(broken);
 * const report = r.ok ? r.value : r.error.report;
 * report?.errors.map((f) => `${f.code} ${f.path.join('.')}`); // ['POLICY_CONTRADICTION policies.0.when.scale']
 * report?.warnings.map((f) => `${f.code} ${f.path.join('.')}`); // ['POLICY_UNDECLARED_KEY policies.0.when.numbers.rdShare']
 * ```
 * @category Policy
 */
export function validatePolicies(input: unknown): Result<PolicySetReport, PolicySetRejection> {
  const parsed = safeParseWith(PolicySetSchema, input);
  if (!parsed.ok) return err({ ...parsed.error, report: null });
  const set: PolicySet = deepFreeze(parsed.value);
  const findings: PolicyFinding[] = [];
  const finding = (code: PolicyFindingCode, severity: PolicyFindingSeverity, policyId: Id | null, path: ErrorPath, en: string, zh: string, value: unknown): void => {
    findings.push({ ...domainError(code, { en, zh, path, value }), code, severity, policyId, path });
  };

  // Declarations.
  const repeated = (keys: readonly string[], what: 'numbers' | 'tags'): void => {
    const first = new Map<string, number>();
    keys.forEach((k, i) => {
      const seen = first.get(k);
      if (seen === undefined) first.set(k, i);
      else {
        finding('DUPLICATE_ID', 'error', null, [what, i, 'key'], `The ${what === 'numbers' ? 'figure' : 'tag'} "${k}" (${what}[${i}]) is declared already as ${what}[${seen}].`, `${what === 'numbers' ? '数值指标' : '标签'}“${k}”（第 ${i + 1} 项）与第 ${seen + 1} 项重复声明。`, k);
      }
    });
  };
  repeated(set.numbers.map((d) => d.key), 'numbers');
  repeated(set.tags.map((d) => d.key), 'tags');
  const numbers = new Set(set.numbers.map((d) => d.key));
  const tags = new Set(set.tags.map((d) => d.key));

  const firstIndex = new Map<string, number>();
  set.policies.forEach((policy, i) => {
    const at: ErrorPath = ['policies', i];
    const id = policy.id;
    const seen = firstIndex.get(id);
    if (seen === undefined) firstIndex.set(id, i);
    else finding('DUPLICATE_ID', 'error', id, [...at, 'id'], `Policy id "${id}" of policies[${i}] is used already by policies[${seen}].`, `第 ${i + 1} 项政策的编号“${id}”与第 ${seen + 1} 项重复。`, id);
    const never = (path: ErrorPath, en: string, zh: string, value: unknown): void =>
      finding('POLICY_CONTRADICTION', 'error', id, [...at, ...path], `Policy "${id}" (policies[${i}]): ${en}`, `政策“${id}”（第 ${i + 1} 项）：${zh}`, value);
    checkPolicy(policy, never, (path, en, zh, value) => finding('POLICY_UNDECLARED_KEY', 'warning', id, [...at, ...path], `Policy "${id}" (policies[${i}]): ${en}`, `政策“${id}”（第 ${i + 1} 项）：${zh}`, value), (path, value) =>
      finding('POLICY_INDUSTRY_UNUSUAL', 'warning', id, [...at, ...path], `Policy "${id}" (policies[${i}]): the industry code "${String(value)}" is not a GB/T 4754 section letter A–T followed by up to four digits; it matches only codes written the same way.`, `政策“${id}”（第 ${i + 1} 项）：行业代码“${String(value)}”不是 GB/T 4754 门类字母（A–T）加至多四位数字的形式，只能匹配写法相同的代码。`, value), numbers, tags);
  });

  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const report: PolicySetReport = { set, valid: errors.length === 0, errors, warnings };
  const first = errors[0];
  if (first === undefined) return ok(report);
  const listed = errors.slice(0, defaultInputLimits.maxIssues);
  return err({
    ...domainError('POLICY_SET_INVALID', {
      en: clip(`The policy set "${set.id}" has ${errors.length} error(s), first: ${first.message}`, MAX_MESSAGE),
      zh: clip(`惠企政策集“${set.id}”有 ${errors.length} 处错误，第一处：${first.messageZh}`, MAX_MESSAGE),
      path: first.path,
      value: input,
      issues: listed,
      moreIssues: errors.length - listed.length,
    }),
    report,
  });
}

type Report = (path: ErrorPath, en: string, zh: string, value: unknown) => void;

/** The findings of one policy (paths relative to it). */
function checkPolicy(policy: Policy, never: Report, undeclared: Report, unusual: (path: ErrorPath, value: unknown) => void, numbers: ReadonlySet<string>, tags: ReadonlySet<string>): void {
  if (policy.validUntil !== undefined && toDayNumber(policy.validUntil) < toDayNumber(policy.validFrom)) {
    never(['validUntil'], `it ends (${policy.validUntil}) before it starts (${policy.validFrom}).`, `有效期截止日 ${policy.validUntil} 早于起始日 ${policy.validFrom}。`, policy.validUntil);
  }
  const region = policy.region;
  if (region !== undefined) {
    const counties = region.countyIds;
    const divisions = region.divisionCodes;
    const names = (counties?.length ?? 0) + (divisions?.length ?? 0);
    if ((counties !== undefined || divisions !== undefined) && names === 0) never(['region'], 'its region names no county and no division code, so it applies nowhere.', '适用地区未列出任何县（市、区）或区划代码，政策在任何地方都不适用。', region);
  }
  if (policy.anyOf !== undefined && policy.anyOf.length === 0) never(['anyOf'], 'anyOf lists no alternative, so no enterprise meets one.', 'anyOf 未列出任何备选条件，任何企业都无法满足。', policy.anyOf);

  const conditions = (when: PolicyConditions, at: ErrorPath): void => {
    for (const key of LIST_KEYS) {
      const list = when[key];
      if (list !== undefined && list.length === 0) never([...at, key], `${dotted([...at, key])} is an empty list, which no enterprise is in.`, `${dotted([...at, key])} 为空列表，任何企业都不满足。`, list);
    }
    const checkRange = (r: Range | undefined, path: ErrorPath, floor: number): void => {
      if (r === undefined) return;
      const name = dotted([...at, ...path]);
      if (lo(r) > hi(r)) never([...at, ...path], `${name} has min ${r.min} above max ${r.max}.`, `${name} 的下限 ${r.min} 大于上限 ${r.max}。`, r);
      else if (hi(r) < floor) never([...at, ...path], `${name} has max ${r.max}, below ${floor}: no enterprise established by the date of matching has fewer whole years.`, `${name} 的上限 ${r.max} 小于 ${floor}：在匹配日期前成立的企业成立年限不会小于该值。`, r);
    };
    checkRange(when.yearsSinceRegistration, ['yearsSinceRegistration'], 0);
    for (const [key, r] of Object.entries(when.numbers ?? {})) {
      checkRange(r, ['numbers', key], -Infinity);
      if (!numbers.has(key)) undeclared([...at, 'numbers', key], `the figure "${key}" is not declared in the set's numbers.`, `数值指标“${key}”未在政策集的 numbers 中声明。`, key);
    }
    for (const key of ['tags', 'withoutTags'] as const) {
      when[key]?.forEach((t, k) => {
        if (!tags.has(t)) undeclared([...at, key, k], `the tag "${t}" is not declared in the set's tags.`, `标签“${t}”未在政策集的 tags 中声明。`, t);
      });
    }
    if (when.tags !== undefined && when.withoutTags !== undefined && intersects(when.tags, when.withoutTags)) {
      never([...at, 'withoutTags'], `a tag is both required (tags) and excluded (withoutTags).`, `同一标签既在 tags 中要求具有，又在 withoutTags 中排除。`, when.withoutTags);
    }
    when.industry?.forEach((code, k) => {
      if (!INDUSTRY.test(code)) unusual([...at, 'industry', k], code);
    });
    // A county or division condition outside a region of counties only, or of division codes only.
    if (region !== undefined) {
      if (when.countyId !== undefined && when.countyId.length > 0 && region.divisionCodes === undefined && region.countyIds !== undefined && !intersects(region.countyIds, when.countyId)) {
        never([...at, 'countyId'], `no county of ${dotted([...at, 'countyId'])} is in the policy's region.`, `${dotted([...at, 'countyId'])} 中的县（市、区）都不在政策的适用地区内。`, when.countyId);
      }
      if (when.divisionCode !== undefined && when.divisionCode.length > 0 && region.countyIds === undefined && region.divisionCodes !== undefined && !prefixesMeet(region.divisionCodes, when.divisionCode)) {
        never([...at, 'divisionCode'], `no division code of ${dotted([...at, 'divisionCode'])} lies in the policy's region.`, `${dotted([...at, 'divisionCode'])} 中的区划代码都不在政策的适用地区内。`, when.divisionCode);
      }
    }
  };
  if (policy.when !== undefined) conditions(policy.when, ['when']);
  policy.anyOf?.forEach((alt, g) => {
    conditions(alt, ['anyOf', g]);
    if (policy.when !== undefined) together(policy.when, alt, ['anyOf', g], never);
  });
}

/** An alternative's conditions that cannot hold together with `when`'s, reported at the alternative. */
function together(when: PolicyConditions, alt: PolicyConditions, at: ErrorPath, never: Report): void {
  const clash = (key: string, value: unknown): void => {
    never([...at, key], `${dotted([...at, key])} cannot hold together with when.${key}, so this alternative never applies.`, `${dotted([...at, key])} 与 when.${key} 不能同时成立，该备选条件永不适用。`, value);
  };
  for (const key of ['scale', 'countyId', 'keyLevel', 'parkId', 'marketEntityType'] as const) {
    const a = when[key];
    const b = alt[key];
    if (a !== undefined && b !== undefined && a.length > 0 && b.length > 0 && !intersects(a, b)) clash(key, b);
  }
  for (const key of ['industry', 'divisionCode'] as const) {
    const a = when[key];
    const b = alt[key];
    if (a !== undefined && b !== undefined && a.length > 0 && b.length > 0 && !prefixesMeet(a, b)) clash(key, b);
  }
  const ya = when.yearsSinceRegistration;
  const yb = alt.yearsSinceRegistration;
  if (ya !== undefined && yb !== undefined && lo(ya) <= hi(ya) && lo(yb) <= hi(yb) && !overlap(ya, yb, 0)) clash('yearsSinceRegistration', yb);
  if (when.aboveDesignatedSize !== undefined && alt.aboveDesignatedSize !== undefined && when.aboveDesignatedSize !== alt.aboveDesignatedSize) clash('aboveDesignatedSize', alt.aboveDesignatedSize);
  if ((when.tags !== undefined && alt.withoutTags !== undefined && intersects(when.tags, alt.withoutTags))) clash('withoutTags', alt.withoutTags);
  if ((when.withoutTags !== undefined && alt.tags !== undefined && intersects(when.withoutTags, alt.tags))) clash('tags', alt.tags);
  for (const [key, r] of Object.entries(alt.numbers ?? {})) {
    const w = when.numbers?.[key];
    if (w !== undefined && Object.hasOwn(when.numbers ?? {}, key) && lo(w) <= hi(w) && lo(r) <= hi(r) && !overlap(w, r)) {
      never([...at, 'numbers', key], `${dotted([...at, 'numbers', key])} cannot hold together with when.numbers.${key}, so this alternative never applies.`, `${dotted([...at, 'numbers', key])} 与 when.numbers.${key} 不能同时成立，该备选条件永不适用。`, r);
    }
  }
}
