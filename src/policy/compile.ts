import type { ErrorPath } from '../core/errors.js';
import { inLocale, type BilingualText, type Id } from '../core/schema.js';
import { EnterpriseScale, KeyEnterpriseLevel, MarketEntityType } from '../enterprise/schema.js';
import { toDayNumber } from '../internal/days.js';
import type { Policy, PolicyConditions, PolicyFact, PolicyMatchStatus, PolicyMode, PolicySet } from './schema.js';

/**
 * One condition of a policy as matching sees it: the fact it looks at (for a figure, its key), the
 * alternative of `anyOf` it belongs to (null: the policy's validity, its region or `when`), where it
 * is written in the policy, and what it requires in both languages. Conditions are built once per
 * policy and shared by every match: treat them as values.
 *
 * @category Policy
 */
export interface PolicyCondition {
  /** The fact it looks at. */
  readonly fact: PolicyFact;
  /** The figure's key for a `numbers` condition, else null. */
  readonly key: string | null;
  /** The index of its alternative in `anyOf`, or null for the validity, the region and `when`. */
  readonly group: number | null;
  /** Where it is written in the policy, e.g. `['when', 'scale']` or `['anyOf', 1, 'numbers', 'revenue']`. */
  readonly path: ErrorPath;
  /** What it requires, e.g. `{ zh: '企业规模为小型、微型', en: 'enterprise size is small or micro' }`. */
  readonly text: BilingualText;
}

/**
 * Whether an enterprise qualifies for one policy, and why: the status, and every condition of the
 * policy sorted into those met, those failed and those whose fact is missing (each with its
 * alternative of `anyOf`, so an eligible match may list failed conditions of an alternative it did
 * not need), with a one-line reason naming the conditions that decided. Matches are shared between
 * enterprises with the same outcome on every condition, and frozen: treat them as values.
 *
 * @category Policy
 */
export interface PolicyMatch {
  /** The policy. */
  readonly policyId: Id;
  /** Its name. */
  readonly name: BilingualText;
  /** How its benefit is obtained. */
  readonly mode: PolicyMode;
  /** Eligible, not eligible, or unknown (a fact is missing). */
  readonly status: PolicyMatchStatus;
  /** The conditions that hold. */
  readonly met: readonly PolicyCondition[];
  /** The conditions that fail. */
  readonly failed: readonly PolicyCondition[];
  /** The conditions whose fact the enterprise does not supply. */
  readonly missing: readonly PolicyCondition[];
  /** The decision in one sentence, naming the conditions that decided it. */
  readonly reason: BilingualText;
}

/** What matching reads of an enterprise, read once per enterprise and call (see `readView` in match.ts). */
export interface View {
  readonly id: string;
  readonly industry: string;
  /** Index in EnterpriseScale.values, or -1 when missing. */
  readonly scale: number;
  readonly county: string;
  /** The division code as a number (6 digits), or -1 when characters 3–8 are not digits. */
  readonly division: number;
  /** Index in KeyEnterpriseLevel.values. */
  readonly key: number;
  readonly park: string | null;
  /** Whole years since registration, NaN when missing. */
  readonly years: number;
  /** Index in MarketEntityType.values. */
  readonly entity: number;
  /** 1, 0, or -1 when missing. */
  readonly above: number;
  readonly tags: readonly string[] | null;
  readonly numbers: Readonly<Record<string, number>> | null;
}

export const scaleIndex: Readonly<Record<string, number>> = /* @__PURE__ */ (() => Object.freeze(Object.fromEntries(EnterpriseScale.values.map((v, i) => [v, i]))))();
export const keyIndex: Readonly<Record<string, number>> = /* @__PURE__ */ (() => Object.freeze(Object.fromEntries(KeyEnterpriseLevel.values.map((v, i) => [v, i]))))();
export const entityIndex: Readonly<Record<string, number>> = /* @__PURE__ */ (() => Object.freeze(Object.fromEntries(MarketEntityType.values.map((v, i) => [v, i]))))();

// Condition kinds of the flat program.
const VALIDITY = 0;
const REGION = 1;
const INDUSTRY = 2;
const SCALE = 3;
const COUNTY = 4;
const DIVISION = 5;
const KEY = 6;
const PARK = 7;
const YEARS = 8;
const ENTITY = 9;
const ABOVE = 10;
const TAGS = 11;
const WITHOUT = 12;
const NUMBER = 13;

/** Outcomes of one condition. */
export const FAILED = 0;
export const MET = 1;
export const MISSING = 2;

/** Industry code prefixes (GB/T 4754: `'C'` covers `'C3411'`), compiled so that a test costs at most the code's length in lookups. */
interface Prefixes {
  readonly list: readonly string[];
  readonly set: ReadonlySet<string>;
  readonly longest: number;
}

function prefixesOf(list: readonly string[]): Prefixes {
  const set = new Set(list);
  let longest = 0;
  for (const p of set) longest = Math.max(longest, p.length);
  return { list: [...set], set, longest };
}

function startsWithOne(p: Prefixes, code: string): boolean {
  const list = p.list;
  if (list.length <= 8) {
    for (let i = 0; i < list.length; i++) if (code.startsWith(list[i] as string)) return true;
    return false;
  }
  const n = Math.min(code.length, p.longest);
  for (let k = 1; k <= n; k++) if (p.set.has(code.slice(0, k))) return true;
  return false;
}

/** Division code prefixes of 2, 4 or 6 digits as numbers: length × 1,000,000 + value, so that a 6-digit code is tested with three numeric lookups. */
function divisionKeys(list: readonly string[]): ReadonlySet<number> {
  return new Set(list.map((p) => p.length * 1_000_000 + Number(p)));
}

function inDivision(keys: ReadonlySet<number>, d: number): boolean {
  return d >= 0 && (keys.has(6_000_000 + d) || keys.has(4_000_000 + Math.floor(d / 100)) || keys.has(2_000_000 + Math.floor(d / 10_000)));
}

/** Labels of the figures and tags a set declares, for the texts of conditions. */
export interface Declarations {
  readonly numbers: ReadonlyMap<string, { readonly label: BilingualText; readonly unit?: BilingualText | undefined }>;
  readonly tags: ReadonlyMap<string, BilingualText>;
}

export const noDeclarations: Declarations = { numbers: new Map(), tags: new Map() };

export function declarationsOf(set: PolicySet): Declarations {
  return {
    numbers: new Map((set.numbers ?? []).map((d) => [d.key, { label: d.label, unit: d.unit }])),
    tags: new Map((set.tags ?? []).map((d) => [d.key, d.label])),
  };
}

/** At most this many matches are kept per policy, one per outcome of its conditions (qinqing's own bound). */
const MATCHES_KEPT = 4096;
/** Outcome vectors of up to this many conditions are encoded as one exact number (3^33 < 2^53). */
const ENCODABLE = 33;

/**
 * A policy compiled once: its conditions as a flat program (kind, alternative, bounds, sets), the
 * condition descriptors, and the matches built so far by outcome.
 */
export interface CompiledPolicy {
  readonly policy: Policy;
  /** The policy's name, copied (matches are frozen; the app's policy is not touched). */
  readonly name: BilingualText;
  readonly n: number;
  readonly groups: number;
  readonly kind: Uint8Array;
  /** -1 for the validity, region and `when`; g for `anyOf[g]`. */
  readonly group: Int16Array;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  /** Enum conditions: a bit per value index; `aboveDesignatedSize`: 0 or 1. */
  readonly mask: Int32Array;
  readonly strings: readonly (ReadonlySet<string> | null)[];
  readonly divisions: readonly (ReadonlySet<number> | null)[];
  readonly prefixes: readonly (Prefixes | null)[];
  readonly lists: readonly (readonly string[] | null)[];
  readonly keys: readonly (string | null)[];
  readonly conditions: readonly PolicyCondition[];
  /** Scratch: the outcome of each condition of the last evaluation, and each alternative's state. */
  readonly outcomes: Uint8Array;
  readonly groupState: Int8Array;
  readonly matches: Map<number, PolicyMatch>;
}

const MORE = 8;

/** A list for a text: at most 8 items, then how many more. */
function listText(items: readonly string[], zhSep: string, enSep: string): BilingualText {
  const shown = items.slice(0, MORE);
  const more = items.length - shown.length;
  return {
    zh: shown.join(zhSep) + (more > 0 ? `等 ${items.length} 项` : ''),
    en: shown.join(enSep) + (more > 0 ? ` and ${more} more` : ''),
  };
}

const orList = (items: readonly string[]): BilingualText => {
  const t = listText(items, '、', ', ');
  if (items.length === 2) t.en = `${items[0]} or ${items[1]}`;
  else if (items.length > 2 && items.length <= MORE) t.en = `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
  return t;
};
const andList = (items: readonly string[]): BilingualText => {
  const t = listText(items, '、', ', ');
  if (items.length === 2) t.en = `${items[0]} and ${items[1]}`;
  else if (items.length > 2 && items.length <= MORE) t.en = `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return t;
};

/** The text of a range over a named quantity: `a ≤ X ≤ b`, `X ≥ a`, `X ≤ b`, or that it is given. */
function rangeText(name: BilingualText, r: { readonly min?: number | undefined; readonly max?: number | undefined }, unit?: BilingualText): BilingualText {
  const u = (locale: 'zh' | 'en'): string => (unit === undefined ? '' : ` ${unit[locale]}`);
  const { min, max } = r;
  if (min !== undefined && max !== undefined) {
    return { zh: `${min}${u('zh')} ≤ ${name.zh} ≤ ${max}${u('zh')}`, en: `${min}${u('en')} ≤ ${name.en} ≤ ${max}${u('en')}` };
  }
  if (min !== undefined) return { zh: `${name.zh} ≥ ${min}${u('zh')}`, en: `${name.en} ≥ ${min}${u('en')}` };
  if (max !== undefined) return { zh: `${name.zh} ≤ ${max}${u('zh')}`, en: `${name.en} ≤ ${max}${u('en')}` };
  return { zh: `已提供${name.zh}`, en: `${name.en} is given` };
}

const labelsOf = <V extends string>(labels: Readonly<Record<V, BilingualText>>, values: readonly V[]): { zh: string[]; en: string[] } => ({
  zh: values.map((v) => labels[v].zh),
  en: values.map((v) => labels[v].en.toLowerCase()),
});

/**
 * Whole years from `from` to `to` (both real `YYYY-MM-DD` dates): the anniversaries of `from`
 * reached by `to` (29 February's in a common year on 1 March), negative when `from` is later
 * (-1 for less than a year later).
 */
export function wholeYears(from: string, to: string): number {
  return Number(to.slice(0, 4)) - Number(from.slice(0, 4)) - (to.slice(5) < from.slice(5) ? 1 : 0);
}

/**
 * Compiles a policy: one program entry per condition — the validity period, the region, then the
 * conditions of `when` and of each alternative of `anyOf` in the order of the condition schema, a
 * figure per key — with its descriptor. O(size of the policy).
 */
export function compilePolicy(policy: Policy, declarations: Declarations): CompiledPolicy {
  const kind: number[] = [];
  const group: number[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  const mask: number[] = [];
  const strings: (ReadonlySet<string> | null)[] = [];
  const divisions: (ReadonlySet<number> | null)[] = [];
  const prefixes: (Prefixes | null)[] = [];
  const lists: (readonly string[] | null)[] = [];
  const keys: (string | null)[] = [];
  const conditions: PolicyCondition[] = [];
  interface Entry {
    readonly lo?: number;
    readonly hi?: number;
    readonly mask?: number;
    readonly strings?: ReadonlySet<string>;
    readonly divisions?: ReadonlySet<number>;
    readonly prefixes?: Prefixes;
    readonly list?: readonly string[];
    readonly key?: string;
  }
  const push = (k: number, fact: PolicyFact, g: number, path: ErrorPath, text: BilingualText, e: Entry): void => {
    kind.push(k);
    group.push(g);
    lo.push(e.lo ?? -Infinity);
    hi.push(e.hi ?? Infinity);
    mask.push(e.mask ?? 0);
    strings.push(e.strings ?? null);
    divisions.push(e.divisions ?? null);
    prefixes.push(e.prefixes ?? null);
    lists.push(e.list ?? null);
    keys.push(e.key ?? null);
    conditions.push(Object.freeze({ fact, key: e.key ?? null, group: g < 0 ? null : g, path: Object.freeze([...path]), text: Object.freeze(text) }));
  };
  const bits = (index: Readonly<Record<string, number>>, values: readonly string[]): number => values.reduce((m, v) => m | (1 << (index[v] as number)), 0);
  const tagName = (t: string): BilingualText => declarations.tags.get(t) ?? { zh: t, en: t };

  // The validity period and the region.
  const from = toDayNumber(policy.validFrom);
  const until = policy.validUntil === undefined ? Infinity : toDayNumber(policy.validUntil);
  push(VALIDITY, 'validity', -1, ['validFrom'], policy.validUntil === undefined
    ? { zh: `自 ${policy.validFrom} 起有效`, en: `in force from ${policy.validFrom}` }
    : { zh: `有效期 ${policy.validFrom} 至 ${policy.validUntil}`, en: `in force from ${policy.validFrom} to ${policy.validUntil}` }, { lo: from, hi: until });
  const region = policy.region;
  if (region !== undefined && (region.countyIds !== undefined || region.divisionCodes !== undefined)) {
    const parts: BilingualText[] = [];
    if (region.countyIds !== undefined) {
      const l = orList(region.countyIds);
      parts.push({ zh: `县（市、区）${l.zh}`, en: `county ${l.en}` });
    }
    if (region.divisionCodes !== undefined) {
      const l = orList(region.divisionCodes);
      parts.push({ zh: `登记机关行政区划码以 ${l.zh} 开头`, en: `a USCC division code starting with ${l.en}` });
    }
    push(REGION, 'region', -1, ['region'], { zh: `适用地区：${parts.map((p) => p.zh).join('，或')}`, en: `in the region: ${parts.map((p) => p.en).join(', or ')}` }, {
      strings: new Set(region.countyIds ?? []),
      divisions: divisionKeys(region.divisionCodes ?? []),
    });
  }

  const conditionsOf = (when: PolicyConditions, g: number, at: ErrorPath): void => {
    if (when.industry !== undefined) {
      const l = orList(when.industry);
      push(INDUSTRY, 'industry', g, [...at, 'industry'], { zh: `行业代码以 ${l.zh} 开头`, en: `an industry code starting with ${l.en}` }, { prefixes: prefixesOf(when.industry) });
    }
    if (when.scale !== undefined) {
      const l = labelsOf(EnterpriseScale.labels, when.scale);
      push(SCALE, 'scale', g, [...at, 'scale'], { zh: `企业规模为${orList(l.zh).zh}`, en: `enterprise size ${orList(l.en).en}` }, { mask: bits(scaleIndex, when.scale) });
    }
    if (when.countyId !== undefined) {
      const l = orList(when.countyId);
      push(COUNTY, 'countyId', g, [...at, 'countyId'], { zh: `所在县（市、区）为 ${l.zh}`, en: `in county ${l.en}` }, { strings: new Set(when.countyId) });
    }
    if (when.divisionCode !== undefined) {
      const l = orList(when.divisionCode);
      push(DIVISION, 'divisionCode', g, [...at, 'divisionCode'], { zh: `登记机关行政区划码以 ${l.zh} 开头`, en: `a USCC division code starting with ${l.en}` }, { divisions: divisionKeys(when.divisionCode) });
    }
    if (when.keyLevel !== undefined) {
      const l = labelsOf(KeyEnterpriseLevel.labels, when.keyLevel);
      push(KEY, 'keyLevel', g, [...at, 'keyLevel'], { zh: `重点服务企业级别为${orList(l.zh).zh}`, en: `key-enterprise level ${orList(l.en).en}` }, { mask: bits(keyIndex, when.keyLevel) });
    }
    if (when.parkId !== undefined) {
      const l = orList(when.parkId);
      push(PARK, 'parkId', g, [...at, 'parkId'], { zh: `位于园区 ${l.zh}`, en: `in park ${l.en}` }, { strings: new Set(when.parkId) });
    }
    if (when.yearsSinceRegistration !== undefined) {
      const r = when.yearsSinceRegistration;
      push(YEARS, 'yearsSinceRegistration', g, [...at, 'yearsSinceRegistration'], rangeText({ zh: '成立年限', en: 'whole years since registration' }, r, { zh: '年', en: 'years' }), { lo: r.min ?? -Infinity, hi: r.max ?? Infinity });
    }
    if (when.marketEntityType !== undefined) {
      const l = labelsOf(MarketEntityType.labels, when.marketEntityType);
      push(ENTITY, 'marketEntityType', g, [...at, 'marketEntityType'], { zh: `市场主体类型为${orList(l.zh).zh}`, en: `a ${orList(l.en).en}` }, { mask: bits(entityIndex, when.marketEntityType) });
    }
    if (when.aboveDesignatedSize !== undefined) {
      push(ABOVE, 'aboveDesignatedSize', g, [...at, 'aboveDesignatedSize'], when.aboveDesignatedSize
        ? { zh: '为规模以上企业', en: 'above designated size' }
        : { zh: '非规模以上企业', en: 'not above designated size' }, { mask: when.aboveDesignatedSize ? 1 : 0 });
    }
    if (when.tags !== undefined) {
      const names = when.tags.map(tagName);
      push(TAGS, 'tags', g, [...at, 'tags'], { zh: `具有标签：${andList(names.map((n) => n.zh)).zh}`, en: `tagged ${andList(names.map((n) => n.en)).en}` }, { list: [...new Set(when.tags)] });
    }
    if (when.withoutTags !== undefined) {
      const names = when.withoutTags.map(tagName);
      push(WITHOUT, 'withoutTags', g, [...at, 'withoutTags'], { zh: `不具有标签：${orList(names.map((n) => n.zh)).zh}`, en: `not tagged ${orList(names.map((n) => n.en)).en}` }, { list: [...new Set(when.withoutTags)] });
    }
    if (when.numbers !== undefined) {
      for (const [key, r] of Object.entries(when.numbers)) {
        const d = declarations.numbers.get(key);
        push(NUMBER, 'numbers', g, [...at, 'numbers', key], rangeText(d?.label ?? { zh: key, en: key }, r, d?.unit), { lo: r.min ?? -Infinity, hi: r.max ?? Infinity, key });
      }
    }
  };
  if (policy.when !== undefined) conditionsOf(policy.when, -1, ['when']);
  const groups = policy.anyOf?.length ?? 0;
  policy.anyOf?.forEach((when, g) => conditionsOf(when, g, ['anyOf', g]));
  const n = kind.length;
  return {
    policy,
    name: Object.freeze({ zh: policy.name.zh, en: policy.name.en }),
    n,
    groups,
    kind: Uint8Array.from(kind),
    group: Int16Array.from(group),
    lo: Float64Array.from(lo),
    hi: Float64Array.from(hi),
    mask: Int32Array.from(mask),
    strings,
    divisions,
    prefixes,
    lists,
    keys,
    conditions,
    outcomes: new Uint8Array(n),
    groupState: new Int8Array(groups),
    matches: new Map(),
  };
}

/** The outcome of condition `c` of `p` for the enterprise `v` on day `day`: FAILED, MET or MISSING. */
function outcome(p: CompiledPolicy, c: number, v: View, day: number): number {
  switch (p.kind[c]) {
    case VALIDITY:
      return day >= (p.lo[c] as number) && day <= (p.hi[c] as number) ? MET : FAILED;
    case REGION:
      return (p.strings[c] as ReadonlySet<string>).has(v.county) || inDivision(p.divisions[c] as ReadonlySet<number>, v.division) ? MET : FAILED;
    case INDUSTRY:
      return startsWithOne(p.prefixes[c] as Prefixes, v.industry) ? MET : FAILED;
    case SCALE:
      return v.scale < 0 ? MISSING : ((p.mask[c] as number) >> v.scale) & 1;
    case COUNTY:
      return (p.strings[c] as ReadonlySet<string>).has(v.county) ? MET : FAILED;
    case DIVISION:
      return inDivision(p.divisions[c] as ReadonlySet<number>, v.division) ? MET : FAILED;
    case KEY:
      return ((p.mask[c] as number) >> v.key) & 1;
    case PARK:
      return v.park !== null && (p.strings[c] as ReadonlySet<string>).has(v.park) ? MET : FAILED;
    case YEARS: {
      const y = v.years;
      if (y !== y) return MISSING;
      return y >= (p.lo[c] as number) && y <= (p.hi[c] as number) ? MET : FAILED;
    }
    case ENTITY:
      return ((p.mask[c] as number) >> v.entity) & 1;
    case ABOVE:
      return v.above < 0 ? MISSING : v.above === p.mask[c] ? MET : FAILED;
    case TAGS: {
      const tags = v.tags;
      if (tags === null) return MISSING;
      const list = p.lists[c] as readonly string[];
      for (let i = 0; i < list.length; i++) if (!tags.includes(list[i] as string)) return FAILED;
      return MET;
    }
    case WITHOUT: {
      const tags = v.tags;
      if (tags === null) return MISSING;
      const list = p.lists[c] as readonly string[];
      for (let i = 0; i < list.length; i++) if (tags.includes(list[i] as string)) return FAILED;
      return MET;
    }
    default: {
      const x = v.numbers === null ? undefined : v.numbers[p.keys[c] as string];
      if (typeof x !== 'number') return MISSING;
      return x >= (p.lo[c] as number) && x <= (p.hi[c] as number) ? MET : FAILED;
    }
  }
}

const STATUS: readonly PolicyMatchStatus[] = ['notEligible', 'eligible', 'unknown'];

/** Kleene AND of two states (FAILED < MISSING < MET in strength of falsity: any FAILED fails, else any MISSING is missing). */
const and = (a: number, b: number): number => (a === FAILED || b === FAILED ? FAILED : a === MISSING || b === MISSING ? MISSING : MET);

/**
 * The status of the enterprise under a policy, stopping at the first condition of the validity,
 * region or `when` that fails and at the first alternative that holds: FAILED (not eligible), MET
 * (eligible) or MISSING (unknown). The same three-valued logic as {@link matchCompiled}.
 */
export function statusOf(p: CompiledPolicy, v: View, day: number): number {
  const { n, group } = p;
  let level = MET;
  let c = 0;
  for (; c < n && (group[c] as number) < 0; c++) {
    const o = outcome(p, c, v, day);
    if (o === FAILED) return FAILED;
    if (o === MISSING) level = MISSING;
  }
  if (p.groups === 0) return level;
  // Alternatives: conditions of anyOf[g] are contiguous, in order of g; an alternative without conditions holds.
  let any = FAILED;
  for (let g = 0; g < p.groups; g++) {
    let state = MET;
    while (c < n && group[c] === g) {
      if (state !== FAILED) {
        const o = outcome(p, c, v, day);
        if (o === FAILED) state = FAILED;
        else if (o === MISSING) state = MISSING;
      }
      c++;
    }
    if (state === MET) return level;
    if (state === MISSING) any = MISSING;
  }
  return and(level, any);
}

/**
 * The match of the enterprise with a policy: every condition evaluated, its outcomes encoded as
 * one number, and the match for those outcomes taken from the policy's matches or built (and kept,
 * up to {@link MATCHES_KEPT} per policy).
 */
export function matchCompiled(p: CompiledPolicy, v: View, day: number): PolicyMatch {
  const { n, outcomes } = p;
  let code = 0;
  for (let c = 0; c < n; c++) {
    const o = outcome(p, c, v, day);
    outcomes[c] = o;
    code = code * 3 + o;
  }
  if (n > ENCODABLE) return buildMatch(p);
  let m = p.matches.get(code);
  if (m === undefined) {
    m = buildMatch(p);
    if (p.matches.size < MATCHES_KEPT) p.matches.set(code, m);
  }
  return m;
}

/** Builds the match for the outcomes in `p.outcomes`. */
function buildMatch(p: CompiledPolicy): PolicyMatch {
  const { n, outcomes, group, conditions, groupState } = p;
  const met: PolicyCondition[] = [];
  const failed: PolicyCondition[] = [];
  const missing: PolicyCondition[] = [];
  let level = MET;
  groupState.fill(MET);
  for (let c = 0; c < n; c++) {
    const o = outcomes[c] as number;
    const cond = conditions[c] as PolicyCondition;
    (o === MET ? met : o === FAILED ? failed : missing).push(cond);
    const g = group[c] as number;
    if (g < 0) level = and(level, o);
    else groupState[g] = and(groupState[g] as number, o);
  }
  let any = p.groups === 0 ? MET : FAILED;
  for (let g = 0; g < p.groups; g++) {
    const s = groupState[g] as number;
    if (s === MET) any = MET;
    else if (s === MISSING && any === FAILED) any = MISSING;
  }
  const status = and(level, any);
  // The conditions that decided: the failed (or missing) conditions of the validity, region and
  // `when` when they decide, else those of the alternatives that did not hold.
  const deciding = (list: readonly PolicyCondition[], state: number): PolicyCondition[] =>
    list.filter((cond) => (cond.group === null ? level === state : level !== FAILED && any === state && groupState[cond.group] === state));
  const policy = p.policy;
  const alt = (cond: PolicyCondition): BilingualText =>
    cond.group === null ? cond.text : { zh: `（备选条件 ${cond.group + 1}）${cond.text.zh}`, en: `(alternative ${cond.group + 1}) ${cond.text.en}` };
  let reason: BilingualText;
  if (status === MET) {
    reason = { zh: `符合条件（满足 ${met.length} 项条件）。`, en: `Eligible (${met.length} condition${met.length === 1 ? '' : 's'} met).` };
  } else if (status === FAILED) {
    const why = deciding(failed, FAILED).map(alt);
    reason = { zh: `不符合条件：${why.map((t) => t.zh).join('；')}。`, en: `Not eligible: ${why.map((t) => t.en).join('; ')}.` };
  } else {
    const why = deciding(missing, MISSING).map(alt);
    reason = { zh: `信息不足，需补充：${why.map((t) => t.zh).join('；')}。`, en: `Unknown: facts needed for ${why.map((t) => t.en).join('; ')}.` };
  }
  return Object.freeze({
    policyId: policy.id,
    name: p.name,
    mode: policy.mode,
    status: STATUS[status] as PolicyMatchStatus,
    met: Object.freeze(met),
    failed: Object.freeze(failed),
    missing: Object.freeze(missing),
    reason: Object.freeze(reason),
  });
}

/** A match's lines in one locale; see `explainPolicyMatch`. */
export function explainLines(match: PolicyMatch, locale: 'zh-CN' | 'en'): string[] {
  const en = locale === 'en';
  const alt = (cond: PolicyCondition): string => (cond.group === null ? '' : en ? ` (alternative ${cond.group + 1})` : `（备选条件 ${cond.group + 1}）`);
  const line = (head: BilingualText) => (cond: PolicyCondition): string => `${inLocale(head, locale)}${alt(cond)}${en ? ': ' : '：'}${inLocale(cond.text, locale)}`;
  return [
    `${inLocale(match.name, locale)}${en ? ' — ' : '——'}${inLocale(match.reason, locale)}`,
    ...match.met.map(line({ zh: '满足', en: 'Met' })),
    ...match.failed.map(line({ zh: '不满足', en: 'Not met' })),
    ...match.missing.map(line({ zh: '缺少信息', en: 'Missing' })),
  ];
}

