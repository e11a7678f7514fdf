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

/**
 * What matching reads of an enterprise, read once per enterprise and call (see `readView` in
 * match.ts) into one scratch object; only the facts the compiled policies use are read.
 */
export interface View {
  id: string;
  industry: string;
  /** Index in EnterpriseScale.values, or -1 when missing. */
  scale: number;
  county: string;
  /** The division code as a number (6 digits), or -1 when characters 3–8 are not digits. */
  division: number;
  /** Index in KeyEnterpriseLevel.values. */
  key: number;
  park: string | null;
  /** Whole years since registration, NaN when missing. */
  years: number;
  /** Index in MarketEntityType.values. */
  entity: number;
  /** 1, 0, or -1 when missing. */
  above: number;
  tags: readonly string[] | null;
  numbers: Readonly<Record<string, number>> | null;
}

/** A fresh scratch view. */
export const newView = (): View => ({ id: '', industry: '', scale: -1, county: '', division: -1, key: 0, park: null, years: NaN, entity: 0, above: -1, tags: null, numbers: null });

export const scaleIndex: Readonly<Record<string, number>> = /* @__PURE__ */ (() => Object.freeze(Object.fromEntries(EnterpriseScale.values.map((v, i) => [v, i]))))();
export const keyIndex: Readonly<Record<string, number>> = /* @__PURE__ */ (() => Object.freeze(Object.fromEntries(KeyEnterpriseLevel.values.map((v, i) => [v, i]))))();
export const entityIndex: Readonly<Record<string, number>> = /* @__PURE__ */ (() => Object.freeze(Object.fromEntries(MarketEntityType.values.map((v, i) => [v, i]))))();

// Condition kinds of the flat program.
export const VALIDITY = 0;
export const REGION = 1;
export const INDUSTRY = 2;
export const SCALE = 3;
export const COUNTY = 4;
export const DIVISION = 5;
export const KEY = 6;
export const PARK = 7;
export const YEARS = 8;
export const ENTITY = 9;
export const ABOVE = 10;
export const TAGS = 11;
export const WITHOUT = 12;
export const NUMBER = 13;

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
/** Outcome vectors of up to this many conditions are keyed by a small integer, two bits per condition. */
const SMALL = 15;

/**
 * The distinct conditions of a compiled set as one flat program: each condition written once
 * however many policies share it (the same validity period, region, size list, excluded tag,
 * threshold on a figure…), so that an enterprise is tested once per distinct condition. Entry `u`
 * tests `kind[u]` with bounds `lo[u]`…`hi[u]`, an enum bit mask or `aboveDesignatedSize` (`mask[u]`),
 * a set of ids (`strings[u]`), division prefixes (`divisions[u]`), industry prefixes (`prefixes[u]`),
 * interned tags (`tags[u]`) or an interned figure (`figure[u]`).
 */
interface Program {
  readonly size: number;
  readonly kind: Uint8Array;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly mask: Int32Array;
  readonly figure: Int32Array;
  readonly strings: readonly (ReadonlySet<string> | null)[];
  readonly divisions: readonly (ReadonlySet<number> | null)[];
  readonly prefixes: readonly (Prefixes | null)[];
  readonly tags: readonly (Int32Array | null)[];
}

/**
 * A policy compiled once: the program entry of each of its conditions (`refs`, in the order of its
 * descriptors: validity, region, `when`, then each alternative), the alternative of each, the
 * condition descriptors, and the matches built so far by outcome.
 */
export interface CompiledPolicy {
  readonly policy: Policy;
  /** The policy's name, copied (matches are frozen; the app's policy is not touched). */
  readonly name: BilingualText;
  readonly n: number;
  readonly groups: number;
  readonly refs: Int32Array;
  /** -1 for the validity, region and `when`; g for `anyOf[g]`. */
  readonly group: Int16Array;
  readonly conditions: readonly PolicyCondition[];
  /** Scratch for building a match: the outcome of each condition, and each alternative's state. */
  readonly outcomes: Uint8Array;
  readonly groupState: Int8Array;
  readonly matches: Map<number | string, PolicyMatch>;
}

/**
 * Policies compiled together: the program of their distinct conditions, each policy's references
 * into it, the tags and figures the conditions name (interned), and scratch space for one
 * enterprise at a time (matching calls nothing of the caller's, so one scratch per set is safe).
 */
export interface CompiledSet {
  readonly program: Program;
  readonly policies: readonly CompiledPolicy[];
  readonly tagIndex: ReadonlyMap<string, number>;
  readonly figureKeys: readonly string[];
  /** The condition kinds the program uses, a bit per kind: the facts to read of an enterprise. */
  readonly uses: number;
  /** The outcome of each program entry for the enterprise being matched. */
  readonly outcomes: Uint8Array;
  /** Which interned tags the enterprise carries. */
  readonly tagFlags: Uint8Array;
  /** The enterprise's interned figures, NaN when missing. */
  readonly figureValues: Float64Array;
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

/** Accumulates the distinct conditions of a set; `add` returns the entry of a condition, new or shared. */
class ProgramBuilder {
  readonly kind: number[] = [];
  readonly lo: number[] = [];
  readonly hi: number[] = [];
  readonly mask: number[] = [];
  readonly figure: number[] = [];
  readonly strings: (ReadonlySet<string> | null)[] = [];
  readonly divisions: (ReadonlySet<number> | null)[] = [];
  readonly prefixes: (Prefixes | null)[] = [];
  readonly tags: (Int32Array | null)[] = [];
  readonly tagIndex = new Map<string, number>();
  readonly figureIndex = new Map<string, number>();
  private readonly entries = new Map<string, number>();

  /** The entry of the condition `key` (kind and canonical parameters), built by `make` the first time. */
  add(kind: number, key: string, make: () => Entry): number {
    const full = `${kind}\u0000${key}`;
    const known = this.entries.get(full);
    if (known !== undefined) return known;
    const e = make();
    const u = this.kind.length;
    this.kind.push(kind);
    this.lo.push(e.lo ?? -Infinity);
    this.hi.push(e.hi ?? Infinity);
    this.mask.push(e.mask ?? 0);
    this.figure.push(e.figure ?? -1);
    this.strings.push(e.strings ?? null);
    this.divisions.push(e.divisions ?? null);
    this.prefixes.push(e.prefixes ?? null);
    this.tags.push(e.tags ?? null);
    this.entries.set(full, u);
    return u;
  }

  tag(t: string): number {
    let i = this.tagIndex.get(t);
    if (i === undefined) this.tagIndex.set(t, (i = this.tagIndex.size));
    return i;
  }

  figureOf(key: string): number {
    let i = this.figureIndex.get(key);
    if (i === undefined) this.figureIndex.set(key, (i = this.figureIndex.size));
    return i;
  }

  program(): Program {
    return {
      size: this.kind.length,
      kind: Uint8Array.from(this.kind),
      lo: Float64Array.from(this.lo),
      hi: Float64Array.from(this.hi),
      mask: Int32Array.from(this.mask),
      figure: Int32Array.from(this.figure),
      strings: this.strings,
      divisions: this.divisions,
      prefixes: this.prefixes,
      tags: this.tags,
    };
  }
}

interface Entry {
  readonly lo?: number;
  readonly hi?: number;
  readonly mask?: number;
  readonly figure?: number;
  readonly strings?: ReadonlySet<string>;
  readonly divisions?: ReadonlySet<number>;
  readonly prefixes?: Prefixes;
  readonly tags?: Int32Array;
}

/** A list's canonical form for the key of a condition: its distinct items, sorted. */
const canonical = (list: readonly string[]): string => [...new Set(list)].sort().join('\u0001');

/**
 * Compiles one policy into the builder: one reference per condition — the validity period, the
 * region, then the conditions of `when` and of each alternative of `anyOf` in the order of the
 * condition schema, a figure per key — with its descriptor. O(size of the policy).
 */
function compilePolicy(b: ProgramBuilder, policy: Policy, declarations: Declarations): CompiledPolicy {
  const refs: number[] = [];
  const group: number[] = [];
  const conditions: PolicyCondition[] = [];
  const push = (kind: number, fact: PolicyFact, g: number, path: ErrorPath, text: BilingualText, key: string, make: () => Entry): void => {
    refs.push(b.add(kind, key, make));
    group.push(g);
    conditions.push(Object.freeze({ fact, key: fact === 'numbers' ? (path[path.length - 1] as string) : null, group: g < 0 ? null : g, path: Object.freeze([...path]), text: Object.freeze(text) }));
  };
  const bits = (index: Readonly<Record<string, number>>, values: readonly string[]): number => values.reduce((m, v) => m | (1 << (index[v] as number)), 0);
  const tagName = (t: string): BilingualText => declarations.tags.get(t) ?? { zh: t, en: t };
  const tagEntry = (list: readonly string[]) => (): Entry => ({ tags: Int32Array.from([...new Set(list)].map((t) => b.tag(t))) });

  // The validity period and the region.
  const from = toDayNumber(policy.validFrom);
  const until = policy.validUntil === undefined ? Infinity : toDayNumber(policy.validUntil);
  push(VALIDITY, 'validity', -1, ['validFrom'], policy.validUntil === undefined
    ? { zh: `自 ${policy.validFrom} 起有效`, en: `in force from ${policy.validFrom}` }
    : { zh: `有效期 ${policy.validFrom} 至 ${policy.validUntil}`, en: `in force from ${policy.validFrom} to ${policy.validUntil}` }, `${from}\u0000${until}`, () => ({ lo: from, hi: until }));
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
    push(REGION, 'region', -1, ['region'], { zh: `适用地区：${parts.map((p) => p.zh).join('，或')}`, en: `in the region: ${parts.map((p) => p.en).join(', or ')}` },
      `${canonical(region.countyIds ?? [])}\u0000${canonical(region.divisionCodes ?? [])}`,
      () => ({ strings: new Set(region.countyIds ?? []), divisions: divisionKeys(region.divisionCodes ?? []) }));
  }

  const conditionsOf = (when: PolicyConditions, g: number, at: ErrorPath): void => {
    if (when.industry !== undefined) {
      const list = when.industry;
      const l = orList(list);
      push(INDUSTRY, 'industry', g, [...at, 'industry'], { zh: `行业代码以 ${l.zh} 开头`, en: `an industry code starting with ${l.en}` }, canonical(list), () => ({ prefixes: prefixesOf(list) }));
    }
    if (when.scale !== undefined) {
      const l = labelsOf(EnterpriseScale.labels, when.scale);
      const mask = bits(scaleIndex, when.scale);
      push(SCALE, 'scale', g, [...at, 'scale'], { zh: `企业规模为${orList(l.zh).zh}`, en: `enterprise size ${orList(l.en).en}` }, String(mask), () => ({ mask }));
    }
    if (when.countyId !== undefined) {
      const list = when.countyId;
      const l = orList(list);
      push(COUNTY, 'countyId', g, [...at, 'countyId'], { zh: `所在县（市、区）为 ${l.zh}`, en: `in county ${l.en}` }, canonical(list), () => ({ strings: new Set(list) }));
    }
    if (when.divisionCode !== undefined) {
      const list = when.divisionCode;
      const l = orList(list);
      push(DIVISION, 'divisionCode', g, [...at, 'divisionCode'], { zh: `登记机关行政区划码以 ${l.zh} 开头`, en: `a USCC division code starting with ${l.en}` }, canonical(list), () => ({ divisions: divisionKeys(list) }));
    }
    if (when.keyLevel !== undefined) {
      const l = labelsOf(KeyEnterpriseLevel.labels, when.keyLevel);
      const mask = bits(keyIndex, when.keyLevel);
      push(KEY, 'keyLevel', g, [...at, 'keyLevel'], { zh: `重点服务企业级别为${orList(l.zh).zh}`, en: `key-enterprise level ${orList(l.en).en}` }, String(mask), () => ({ mask }));
    }
    if (when.parkId !== undefined) {
      const list = when.parkId;
      const l = orList(list);
      push(PARK, 'parkId', g, [...at, 'parkId'], { zh: `位于园区 ${l.zh}`, en: `in park ${l.en}` }, canonical(list), () => ({ strings: new Set(list) }));
    }
    if (when.yearsSinceRegistration !== undefined) {
      const r = when.yearsSinceRegistration;
      const lo = r.min ?? -Infinity;
      const hi = r.max ?? Infinity;
      push(YEARS, 'yearsSinceRegistration', g, [...at, 'yearsSinceRegistration'], rangeText({ zh: '成立年限', en: 'whole years since registration' }, r, { zh: '年', en: 'years' }), `${lo}\u0000${hi}`, () => ({ lo, hi }));
    }
    if (when.marketEntityType !== undefined) {
      const l = labelsOf(MarketEntityType.labels, when.marketEntityType);
      const mask = bits(entityIndex, when.marketEntityType);
      push(ENTITY, 'marketEntityType', g, [...at, 'marketEntityType'], { zh: `市场主体类型为${orList(l.zh).zh}`, en: `a ${orList(l.en).en}` }, String(mask), () => ({ mask }));
    }
    if (when.aboveDesignatedSize !== undefined) {
      const mask = when.aboveDesignatedSize ? 1 : 0;
      push(ABOVE, 'aboveDesignatedSize', g, [...at, 'aboveDesignatedSize'], when.aboveDesignatedSize
        ? { zh: '为规模以上企业', en: 'above designated size' }
        : { zh: '非规模以上企业', en: 'not above designated size' }, String(mask), () => ({ mask }));
    }
    if (when.tags !== undefined) {
      const list = when.tags;
      const names = list.map(tagName);
      push(TAGS, 'tags', g, [...at, 'tags'], { zh: `具有标签：${andList(names.map((n) => n.zh)).zh}`, en: `tagged ${andList(names.map((n) => n.en)).en}` }, canonical(list), tagEntry(list));
    }
    if (when.withoutTags !== undefined) {
      const list = when.withoutTags;
      const names = list.map(tagName);
      push(WITHOUT, 'withoutTags', g, [...at, 'withoutTags'], { zh: `不具有标签：${orList(names.map((n) => n.zh)).zh}`, en: `not tagged ${orList(names.map((n) => n.en)).en}` }, canonical(list), tagEntry(list));
    }
    if (when.numbers !== undefined) {
      for (const [key, r] of Object.entries(when.numbers)) {
        const d = declarations.numbers.get(key);
        const lo = r.min ?? -Infinity;
        const hi = r.max ?? Infinity;
        push(NUMBER, 'numbers', g, [...at, 'numbers', key], rangeText(d?.label ?? { zh: key, en: key }, r, d?.unit), `${key}\u0000${lo}\u0000${hi}`, () => ({ lo, hi, figure: b.figureOf(key) }));
      }
    }
  };
  if (policy.when !== undefined) conditionsOf(policy.when, -1, ['when']);
  const groups = policy.anyOf?.length ?? 0;
  policy.anyOf?.forEach((when, g) => conditionsOf(when, g, ['anyOf', g]));
  const n = refs.length;
  return {
    policy,
    name: Object.freeze({ zh: policy.name.zh, en: policy.name.en }),
    n,
    groups,
    refs: Int32Array.from(refs),
    group: Int16Array.from(group),
    conditions,
    outcomes: new Uint8Array(n),
    groupState: new Int8Array(groups),
    matches: new Map(),
  };
}

/**
 * Compiles policies together: their distinct conditions as one program, each policy's references
 * into it and its condition descriptors (texts labelled by `declarations`). O(size of the policies).
 */
export function compileSet(policies: readonly Policy[], declarations: Declarations): CompiledSet {
  const b = new ProgramBuilder();
  const compiled = policies.map((p) => compilePolicy(b, p, declarations));
  const program = b.program();
  return {
    program,
    policies: compiled,
    tagIndex: b.tagIndex,
    figureKeys: [...b.figureIndex.keys()],
    uses: b.kind.reduce((m, k) => m | (1 << k), 0),
    outcomes: new Uint8Array(program.size),
    tagFlags: new Uint8Array(b.tagIndex.size),
    figureValues: new Float64Array(b.figureIndex.size),
  };
}

/** Reads the enterprise's tags and figures into the set's scratch (interned). */
function prepare(s: CompiledSet, v: View): void {
  const { tagFlags, figureValues, tagIndex, figureKeys } = s;
  if (tagFlags.length > 0) {
    tagFlags.fill(0);
    const tags = v.tags;
    if (tags !== null) {
      for (let i = 0; i < tags.length; i++) {
        const k = tagIndex.get(tags[i] as string);
        if (k !== undefined) tagFlags[k] = 1;
      }
    }
  }
  const numbers = v.numbers;
  for (let k = 0; k < figureKeys.length; k++) {
    const x = numbers === null ? undefined : numbers[figureKeys[k] as string];
    figureValues[k] = typeof x === 'number' ? x : NaN;
  }
}

/** The outcome of program entry `u` for the enterprise `v` (prepared into `s`) on day `day`: FAILED, MET or MISSING. */
function outcome(s: CompiledSet, u: number, v: View, day: number): number {
  const p = s.program;
  switch (p.kind[u]) {
    case VALIDITY:
      return day >= (p.lo[u] as number) && day <= (p.hi[u] as number) ? MET : FAILED;
    case REGION:
      return (p.strings[u] as ReadonlySet<string>).has(v.county) || inDivision(p.divisions[u] as ReadonlySet<number>, v.division) ? MET : FAILED;
    case INDUSTRY:
      return startsWithOne(p.prefixes[u] as Prefixes, v.industry) ? MET : FAILED;
    case SCALE:
      return v.scale < 0 ? MISSING : ((p.mask[u] as number) >> v.scale) & 1;
    case COUNTY:
      return (p.strings[u] as ReadonlySet<string>).has(v.county) ? MET : FAILED;
    case DIVISION:
      return inDivision(p.divisions[u] as ReadonlySet<number>, v.division) ? MET : FAILED;
    case KEY:
      return ((p.mask[u] as number) >> v.key) & 1;
    case PARK:
      return v.park !== null && (p.strings[u] as ReadonlySet<string>).has(v.park) ? MET : FAILED;
    case YEARS: {
      const y = v.years;
      if (y !== y) return MISSING;
      return y >= (p.lo[u] as number) && y <= (p.hi[u] as number) ? MET : FAILED;
    }
    case ENTITY:
      return ((p.mask[u] as number) >> v.entity) & 1;
    case ABOVE:
      return v.above < 0 ? MISSING : v.above === p.mask[u] ? MET : FAILED;
    case TAGS: {
      if (v.tags === null) return MISSING;
      const list = p.tags[u] as Int32Array;
      for (let i = 0; i < list.length; i++) if (s.tagFlags[list[i] as number] === 0) return FAILED;
      return MET;
    }
    case WITHOUT: {
      if (v.tags === null) return MISSING;
      const list = p.tags[u] as Int32Array;
      for (let i = 0; i < list.length; i++) if (s.tagFlags[list[i] as number] === 1) return FAILED;
      return MET;
    }
    default: {
      const x = s.figureValues[p.figure[u] as number] as number;
      if (x !== x) return MISSING;
      return x >= (p.lo[u] as number) && x <= (p.hi[u] as number) ? MET : FAILED;
    }
  }
}

const STATUS: readonly PolicyMatchStatus[] = ['notEligible', 'eligible', 'unknown'];

/** Kleene AND of two states (any FAILED fails, else any MISSING is missing, else MET). */
const and = (a: number, b: number): number => (a === FAILED || b === FAILED ? FAILED : a === MISSING || b === MISSING ? MISSING : MET);

/**
 * The status of the enterprise under policy `p` of set `s`, stopping at the first condition of the
 * validity, region or `when` that fails and at the first alternative that holds: FAILED (not
 * eligible), MET (eligible) or MISSING (unknown). The same three-valued logic as {@link matchSet}.
 * Call {@link prepareView} first.
 */
export function statusOf(s: CompiledSet, p: CompiledPolicy, v: View, day: number): number {
  const { n, group, refs } = p;
  let level = MET;
  let c = 0;
  for (; c < n && (group[c] as number) < 0; c++) {
    const o = outcome(s, refs[c] as number, v, day);
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
        const o = outcome(s, refs[c] as number, v, day);
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

/** Reads the enterprise's tags and figures into the set's scratch, before {@link statusOf}. */
export function prepareView(s: CompiledSet, v: View): void {
  prepare(s, v);
}

/**
 * The matches of the enterprise with every policy of the set, into `out` (in order): every distinct
 * condition tested once, then each policy's outcomes encoded as one key (two bits per condition up
 * to 15 conditions, a string beyond) and its match taken from the policy's matches or built (and
 * kept, up to {@link MATCHES_KEPT} per policy).
 */
export function matchSet(s: CompiledSet, v: View, day: number, out: PolicyMatch[]): void {
  prepare(s, v);
  const shared = s.outcomes;
  const size = s.program.size;
  for (let u = 0; u < size; u++) shared[u] = outcome(s, u, v, day);
  const policies = s.policies;
  for (let i = 0; i < policies.length; i++) {
    const p = policies[i] as CompiledPolicy;
    const { n, refs } = p;
    let key: number | string;
    if (n <= SMALL) {
      let code = 0;
      for (let c = 0; c < n; c++) code = (code << 2) | (shared[refs[c] as number] as number);
      key = code;
    } else {
      for (let c = 0; c < n; c++) p.outcomes[c] = shared[refs[c] as number] as number;
      key = String.fromCharCode(...p.outcomes);
    }
    let m = p.matches.get(key);
    if (m === undefined) {
      for (let c = 0; c < n; c++) p.outcomes[c] = shared[refs[c] as number] as number;
      m = buildMatch(p);
      if (p.matches.size < MATCHES_KEPT) p.matches.set(key, m);
    }
    out[i] = m;
  }
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

