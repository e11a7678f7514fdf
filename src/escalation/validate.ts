import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { Id } from '../core/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { clip, MAX_MESSAGE, safeParseWith } from '../internal/parse.js';
import { defaultInputLimits } from '../core/limits.js';
import { IssueNature, IssueScope, Procedure, SupervisionStep } from '../vocabulary/issue.js';
import { supervisionStepRank } from '../vocabulary/issue.js';
import { factLabels } from './explain.js';
import { holdsSomeRule } from './route.js';
import { prefixesOf, startsWithOne, type Prefixes } from './prefixes.js';
import { sweepLadder, type SweepRule } from './sweep.js';
import {
  EscalationLadderSchema,
  EscalationHolder,
  type EscalationLadder,
  type EscalationRule,
  type FactName,
  type IssueFacts,
} from './schema.js';

/**
 * How serious a finding of {@link validateLadder} is: an `'error'` makes the ladder invalid (it
 * cannot route as its author meant), a `'warning'` points at something that is probably a mistake.
 *
 * @category Escalation
 */
export type LadderFindingSeverity = 'error' | 'warning';

/**
 * The codes of the findings of {@link validateLadder}, each an entry of `errorCodes`:
 *
 * - `DUPLICATE_ID` (error): two rules, or two declared holders, share an id;
 * - `LADDER_UNKNOWN_HOLDER` (error): a target's holder is neither built in nor declared;
 * - `LADDER_CONTRADICTION` (error): a condition can never hold (an empty list, min above max, a range
 *   no fact can fall in), so its rule never applies;
 * - `LADDER_UNEXPECTED_PORTFOLIO` (warning): a portfolio on a holder other than the deputy mayor in charge;
 * - `LADDER_SHADOWED_RULE` (warning): one earlier rule takes every problem the rule would take;
 * - `LADDER_RANK_INVERSION` (warning): an earlier rule of lower rank takes some problems of a higher rule;
 * - `LADDER_GAP` (warning): some classified facts reach no rule;
 * - `LADDER_GAPS_UNCHECKED` (warning): too many condition boundaries to look for gaps;
 * - `LADDER_RULES_UNCOMPARED` (warning): too many rules (or too long lists) to compare every rule
 *   with the earlier ones for shadowing and rank inversion;
 * - `LADDER_UNREACHABLE_CHOICE` (warning, Part 14): an alternative of a rule's holder choice is never
 *   chosen (its conditions never meet the rule's, or an earlier alternative takes all it would take),
 *   or the rule's own target is never chosen (an alternative holds whenever the rule applies).
 *
 * The first four also apply to the alternatives of holder choices, at their paths
 * (`['rules', i, 'holderChoice', 'alternatives', k, …]`).
 *
 * @category Escalation
 */
export type LadderFindingCode =
  | 'DUPLICATE_ID'
  | 'LADDER_UNKNOWN_HOLDER'
  | 'LADDER_CONTRADICTION'
  | 'LADDER_UNEXPECTED_PORTFOLIO'
  | 'LADDER_SHADOWED_RULE'
  | 'LADDER_RANK_INVERSION'
  | 'LADDER_GAP'
  | 'LADDER_GAPS_UNCHECKED'
  | 'LADDER_RULES_UNCOMPARED'
  | 'LADDER_UNREACHABLE_CHOICE';

/**
 * One finding of {@link validateLadder}: a {@link DomainError} (stable code, English and Chinese
 * message, path, value) with its severity and the id of the rule it is about. The path points into
 * the ladder, e.g. `['rules', 3, 'when', 'overdueWorkingDays']`. Plain JSON.
 *
 * @category Escalation
 */
export interface LadderFinding extends DomainError {
  /** The stable code; see {@link LadderFindingCode}. */
  readonly code: LadderFindingCode;
  /** `'error'` or `'warning'`. */
  readonly severity: LadderFindingSeverity;
  /** The id of the rule the finding is about, or null when it is about the whole ladder. */
  readonly ruleId: Id | null;
  /** Where in the ladder the problem is. */
  readonly path: ErrorPath;
}

/**
 * The result of the search for gaps: how many representative combinations of classified facts
 * were routed, how many of them reached no rule, and the first of those.
 *
 * @category Escalation
 */
export interface LadderGaps {
  /** Combinations of facts routed. */
  readonly checked: number;
  /** Combinations that reached no rule. */
  readonly total: number;
  /** The first combinations that reached no rule (at most `maxGapExamples`). */
  readonly examples: readonly IssueFacts[];
}

/**
 * What {@link validateLadder} found: the parsed ladder (frozen), whether it is valid (no errors),
 * the errors and the warnings (every finding, not only the first), and the search for gaps
 * (null when it was skipped: see `LADDER_GAPS_UNCHECKED`).
 *
 * @category Escalation
 */
export interface LadderReport {
  /** The ladder as parsed, defaults filled in, frozen. */
  readonly ladder: EscalationLadder;
  /** True when there are no errors (warnings allowed). */
  readonly valid: boolean;
  /** Findings of severity `'error'`, in the order of the ladder. */
  readonly errors: readonly LadderFinding[];
  /** Findings of severity `'warning'`, in the order of the ladder. */
  readonly warnings: readonly LadderFinding[];
  /** The search for gaps, or null when the ladder has too many boundaries to search. */
  readonly gaps: LadderGaps | null;
}

/**
 * Why {@link validateLadder} refused a ladder: `INVALID_INPUT` (or another parse code) when its
 * shape is wrong, with `report` null; `LADDER_INVALID` when it parses but has errors, with the whole
 * report (errors, warnings and the gap search) in `report` and the errors in `issues`.
 *
 * @category Escalation
 */
export interface LadderRejection extends DomainError {
  /** The findings, or null when the input could not be read as a ladder. */
  readonly report: LadderReport | null;
}

/**
 * Options of {@link validateLadder}.
 *
 * @category Escalation
 */
export interface ValidateLadderOptions {
  /** How many gap examples to keep (default 20). */
  readonly maxGapExamples?: number;
  /**
   * The most fact combinations to route in the search for gaps (default 1,000,000); beyond it, or
   * beyond 10 × this many rule tests (combinations × rules that can apply), the search is skipped
   * (`LADDER_GAPS_UNCHECKED`). qinqing's own figure.
   */
  readonly maxGapChecks?: number;
  /**
   * The most work the comparison of each rule with the earlier ones may take (shadowing, rank
   * inversion), in steps: each pair of rules compared counts 1 and the entries of their category
   * and industry lists (default 500,000, about a ladder of 1,000 plain rules); beyond it the
   * later rules are not compared (`LADDER_RULES_UNCOMPARED`). qinqing's own figure.
   */
  readonly maxRuleComparisons?: number;
}

type ListFact = 'nature' | 'scope' | 'procedure' | 'categoryId';
type RangeFact = 'enterprisesAffected' | 'amountInvolved' | 'overdueWorkingDays' | 'reopenCount' | 'reworkCount';
type Interval = readonly [number, number];

const listFacts: readonly ListFact[] = ['nature', 'scope', 'procedure', 'categoryId'];
const rangeFacts: readonly RangeFact[] = ['enterprisesAffected', 'amountInvolved', 'overdueWorkingDays', 'reopenCount', 'reworkCount'];
/** Range facts that are whole numbers (IssueFactsSchema: `z.int()`). */
const integerFacts: ReadonlySet<RangeFact> = /* @__PURE__ */ (() => new Set(['overdueWorkingDays', 'reopenCount', 'reworkCount']))();
const stepCount = SupervisionStep.schema.options.length;


/** The index of the first occurrence of each id; every repetition is reported with both indexes. */
function firstIndexes(ids: readonly string[], repeated: (index: number, first: number) => void): ReadonlyMap<string, number> {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else repeated(i, seen);
  });
  return first;
}

/** A rule's conditions as sets and effective intervals over the values facts can take. */
interface Normalised {
  /** Each list condition as a set; absent when the rule has none (then null facts hold too). */
  readonly sets: Readonly<Partial<Record<ListFact, ReadonlySet<string>>>>;
  /** The industry prefixes, or undefined. */
  readonly industry: Prefixes | undefined;
  /** What comparing the rule with another costs, in steps: 1 and the entries of its lists. */
  readonly weight: number;
  /** Each range as the interval of fact values it holds for (facts are ≥ 0; whole where integer). */
  readonly ranges: Readonly<Record<RangeFact, Interval>>;
  /** The supervision step range by rank. */
  readonly step: Interval;
  /** The required `declaredUnsolvable`, or undefined. */
  readonly unsolvable: boolean | undefined;
  /** The ranges then the step range as [lo, hi, lo, hi, …], for the quick tests of {@link covers} and {@link overlaps}. */
  readonly bounds: Float64Array;
  /** Which list conditions the rule sets: bit k for `listFacts[k]`, bit 4 for the industry. */
  readonly lists: number;
}

/** The interval of fact values (≥ 0, whole when `integer`) that a range holds for; empty when lo > hi. */
function effective(r: { readonly min?: number | undefined; readonly max?: number | undefined } | undefined, integer: boolean): Interval {
  const lo = Math.max(0, r?.min ?? 0);
  const hi = r?.max ?? Infinity;
  return integer ? [Math.ceil(lo), Math.floor(hi)] : [lo, hi];
}

function normalise(when: EscalationRule['when']): Normalised {
  const sets: Partial<Record<ListFact, ReadonlySet<string>>> = {};
  for (const key of listFacts) {
    const list = when[key];
    if (list !== undefined) sets[key] = new Set<string>(list);
  }
  const ranges = {} as Record<RangeFact, Interval>;
  for (const key of rangeFacts) ranges[key] = effective(when[key], integerFacts.has(key));
  const s = when.supervisionStep;
  const industry = when.industry === undefined ? undefined : prefixesOf(when.industry);
  let weight = 1 + (industry?.list.length ?? 0);
  let lists = industry === undefined ? 0 : 16;
  listFacts.forEach((key, k) => {
    const set = sets[key];
    if (set !== undefined) [weight, lists] = [weight + set.size, lists | (1 << k)];
  });
  const step: Interval = [s?.min === undefined ? 0 : supervisionStepRank(s.min), s?.max === undefined ? stepCount - 1 : supervisionStepRank(s.max)];
  const bounds = Float64Array.from([...rangeFacts.flatMap((key) => ranges[key]), ...step]);
  return { sets, industry, weight, ranges, step, unsolvable: when.declaredUnsolvable, bounds, lists };
}

/**
 * Whether every facts object that satisfies `j` also satisfies `i` (field by field): first the
 * numbers (every range of `i` contains `j`'s) and which lists each sets (a list of `i` needs one
 * of `j`: `j` holds for null and for values outside any list), then the lists.
 */
function covers(i: Normalised, j: Normalised): boolean {
  if ((i.lists & ~j.lists) !== 0) return false;
  const [a, b] = [i.bounds, j.bounds];
  for (let k = 0; k < a.length; k += 2) if (!((a[k] as number) <= (b[k] as number) && (a[k + 1] as number) >= (b[k + 1] as number))) return false;
  if (i.unsolvable !== undefined && i.unsolvable !== j.unsolvable) return false;
  for (const key of listFacts) {
    const a = i.sets[key];
    if (a === undefined) continue;
    const b = j.sets[key];
    if (b === undefined) return false; // j holds for null and for values outside any list
    for (const v of b) if (!a.has(v)) return false;
  }
  if (i.industry !== undefined) {
    if (j.industry === undefined) return false;
    const mine = i.industry;
    if (!j.industry.list.every((pj) => startsWithOne(mine, pj))) return false;
  }
  return true;
}

/** Whether some facts object satisfies both `i` and `j` (conditions are independent field by field): the numbers first, then the lists. */
function overlaps(i: Normalised, j: Normalised): boolean {
  const [a, b] = [i.bounds, j.bounds];
  for (let k = 0; k < a.length; k += 2) if (Math.max(a[k] as number, b[k] as number) > Math.min(a[k + 1] as number, b[k + 1] as number)) return false;
  if (i.unsolvable !== undefined && j.unsolvable !== undefined && i.unsolvable !== j.unsolvable) return false;
  for (const key of listFacts) {
    const a = i.sets[key];
    const b = j.sets[key];
    if (a === undefined || b === undefined) continue;
    let shared = false;
    for (const v of b) {
      if (a.has(v)) {
        shared = true;
        break;
      }
    }
    if (!shared) return false;
  }
  if (i.industry !== undefined && j.industry !== undefined) {
    const [mine, other] = [i.industry, j.industry];
    // Two prefixes meet when one starts with the other.
    if (!other.list.some((pj) => startsWithOne(mine, pj)) && !mine.list.some((pi) => startsWithOne(other, pi))) return false;
  }
  return true;
}

/** The earlier rule that covers, and the earlier rule of lower rank that meets, each rule (-1 for none), by ladder index. */
interface Swept {
  readonly coveredBy: (j: number) => number;
  readonly meetsLower: (j: number) => number;
}

/**
 * Shadowing and rank inversion found by {@link sweepLadder} in O(n log n), when every rule sets no
 * list and bounds at most one range or the step (the rest of its bounds hold for every value);
 * null for any other ladder. Rules that never apply take no part, as in the comparisons.
 */
function sweepIfRangesOnly(norms: readonly Normalised[], never: ReadonlySet<number>, ranks: readonly number[]): Swept | null {
  const at: number[] = []; // ladder index of each swept rule
  const rules: SweepRule[] = [];
  for (let i = 0; i < norms.length; i++) {
    if (never.has(i)) continue;
    const n = norms[i] as Normalised;
    if (n.lists !== 0) return null;
    let dim = -1;
    for (let d = 0; d <= rangeFacts.length; d++) {
      const full = n.bounds[2 * d] === 0 && n.bounds[2 * d + 1] === (d < rangeFacts.length ? Infinity : stepCount - 1);
      if (full) continue;
      if (dim !== -1) return null;
      dim = d;
    }
    at.push(i);
    rules.push({ dim, lo: dim === -1 ? 0 : (n.bounds[2 * dim] as number), hi: dim === -1 ? 0 : (n.bounds[2 * dim + 1] as number), rank: ranks[i] as number, u: n.unsolvable === undefined ? 0 : n.unsolvable ? 1 : 2 });
  }
  const { coveredBy, meetsLower } = sweepLadder(rules, rangeFacts.length + 1);
  const position = new Map(at.map((i, k) => [i, k]));
  const earlier = (found: Int32Array) => (j: number): number => {
    const k = position.get(j) as number;
    const f = found[k] as number;
    return f !== -1 && f < k ? (at[f] as number) : -1;
  };
  return { coveredBy: earlier(coveredBy), meetsLower: earlier(meetsLower) };
}

/**
 * The rules compared so far, filed so that a rule is compared only with the earlier rules whose
 * list conditions can cover or meet its own: each rule under the first list condition it sets (the
 * anchor: nature, scope, procedure, category, then industry), once per value of that list; rules
 * with no list condition in one bucket. Buckets list rules in ascending order. Filing costs the
 * length of the anchor's list; looking up costs 1 per list of the rule (covering), or the length of
 * its lists (meeting). With `pairwise`, every earlier rule is a candidate (the reference order).
 */
class RuleIndex {
  private readonly all: number[] = [];
  private readonly plain: number[] = [];
  private readonly byValue: Map<string, number[]>[] = [new Map(), new Map(), new Map(), new Map(), new Map()];
  private readonly anchoredAt: number[][] = [[], [], [], [], []];
  /** The query a candidate was last handed out in, so that a rule filed under several values is compared once. */
  private readonly seenIn: Int32Array;
  private query = 0;

  constructor(
    private readonly norms: readonly Normalised[],
    private readonly pairwise: boolean,
  ) {
    this.seenIn = new Int32Array(norms.length);
  }

  /** Files rule `i` (call in ascending order). */
  add(i: number): void {
    this.all.push(i);
    const n = this.norms[i] as Normalised;
    if (n.lists === 0) {
      this.plain.push(i);
      return;
    }
    const k = 31 - Math.clz32(n.lists & -n.lists);
    (this.anchoredAt[k] as number[]).push(i);
    const values: Iterable<string> = k < 4 ? (n.sets[listFacts[k] as ListFact] as ReadonlySet<string>) : (n.industry as Prefixes).list;
    const map = this.byValue[k] as Map<string, number[]>;
    for (const v of values) {
      const bucket = map.get(v);
      if (bucket === undefined) map.set(v, [i]);
      else if (bucket.at(-1) !== i) bucket.push(i);
    }
  }

  /** The earlier rules that may cover `nj`: those without lists, and those whose anchor list holds `nj`'s first value there. */
  coverCandidates(j: number): Iterable<number> {
    if (this.pairwise) return this.all;
    const nj = this.norms[j] as Normalised;
    const buckets: (readonly number[])[] = [this.plain];
    listFacts.forEach((key, k) => {
      const first = nj.sets[key]?.values().next();
      if (first !== undefined && first.done !== true) buckets.push(this.byValue[k]?.get(first.value) ?? []);
    });
    const pj = nj.industry?.list[0];
    if (pj !== undefined) for (let l = 0; l <= pj.length; l++) buckets.push(this.byValue[4]?.get(pj.slice(0, l)) ?? []);
    return this.merged(buckets);
  }

  /** The earlier rules that may meet `nj`: those whose anchor list shares a value with `nj`'s, or that `nj` sets no list for. */
  overlapCandidates(j: number): Iterable<number> {
    if (this.pairwise) return this.all;
    const nj = this.norms[j] as Normalised;
    const buckets: (readonly number[])[] = [this.plain, this.anchoredAt[4] as number[]];
    listFacts.forEach((key, k) => {
      const set = nj.sets[key];
      if (set === undefined) buckets.push(this.anchoredAt[k] as number[]);
      else for (const v of set) buckets.push(this.byValue[k]?.get(v) ?? []);
    });
    return this.merged(buckets);
  }

  /** The candidates of the buckets in ascending order, each once (a k-way merge). */
  private *merged(buckets: readonly (readonly number[])[]): Generator<number> {
    const query = ++this.query;
    const live = buckets.filter((b) => b.length > 0);
    if (live.length === 1) {
      yield* live[0] as readonly number[];
      return;
    }
    const at = new Array<number>(live.length).fill(0);
    for (;;) {
      let best = -1;
      let min = Infinity;
      live.forEach((b, q) => {
        const v = b[at[q] as number];
        if (v !== undefined && v < min) [min, best] = [v, q];
      });
      if (best === -1) return;
      at[best] = (at[best] as number) + 1;
      if (this.seenIn[min] === query) continue;
      this.seenIn[min] = query;
      yield min;
    }
  }
}

function finding(
  code: LadderFindingCode,
  severity: LadderFindingSeverity,
  ruleId: Id | null,
  path: ErrorPath,
  en: string,
  zh: string,
  value?: unknown,
): LadderFinding {
  // Built as literals (no spreads): a ladder of many rules makes many findings.
  return value === undefined
    ? { code, message: en, messageZh: zh, path, severity, ruleId }
    : { code, message: en, messageZh: zh, path, value, severity, ruleId };
}

const fact = (f: FactName): string => `${factLabels[f].en} (${f})`;
const factZh = (f: FactName): string => `${factLabels[f].zh}（${f}）`;

/** The contradictions of one rule: conditions that can never hold. */
function contradictions(rule: EscalationRule, index: number, n: Normalised): LadderFinding[] {
  return conditionContradictions(rule.when, rule.id, ['rules', index, 'when'], n, {
    en: `Rule "${rule.id}" (rules[${index}]) never applies`,
    zh: `规则“${rule.id}”（第 ${index + 1} 条）永不适用`,
  });
}

/**
 * The contradictions of a set of conditions — a rule's, or an alternative's of a holder choice —
 * found under `prefix` and reported for `ruleId`: conditions that can never hold. `who` says, in
 * both languages, what never happens because of them ("Rule … never applies").
 */
function conditionContradictions(when: EscalationRule['when'], ruleId: Id, prefix: ErrorPath, n: Normalised, who: { readonly en: string; readonly zh: string }): LadderFinding[] {
  const found: LadderFinding[] = [];
  const at = (key: FactName): ErrorPath => [...prefix, key];
  const name = who.en;
  const nameZh = who.zh;
  for (const key of [...listFacts, 'industry'] as const) {
    if (when[key]?.length === 0) {
      found.push(
        finding(
          'LADDER_CONTRADICTION',
          'error',
          ruleId,
          at(key),
          `${name}: its ${fact(key)} list is empty, and an empty list holds for nothing.`,
          `${nameZh}：${factZh(key)}列表为空，空列表对任何情形都不成立。`,
          [],
        ),
      );
    }
  }
  for (const key of rangeFacts) {
    const r = when[key];
    if (r === undefined) continue;
    const [lo, hi] = n.ranges[key];
    if (r.min !== undefined && r.max !== undefined && r.min > r.max) {
      found.push(
        finding(
          'LADDER_CONTRADICTION',
          'error',
          ruleId,
          at(key),
          `${name}: its ${fact(key)} range has min ${r.min} above max ${r.max}.`,
          `${nameZh}：${factZh(key)}的下限 ${r.min} 大于上限 ${r.max}。`,
          r,
        ),
      );
    } else if (lo > hi) {
      const integer = integerFacts.has(key);
      found.push(
        finding(
          'LADDER_CONTRADICTION',
          'error',
          ruleId,
          at(key),
          `${name}: no ${fact(key)} lies in its range, since the fact is ${integer ? 'a whole number' : 'a number'} of at least 0.`,
          `${nameZh}：${factZh(key)}为不小于 0 的${integer ? '整数' : '数'}，没有值落在该范围内。`,
          r,
        ),
      );
    }
  }
  const s = when.supervisionStep;
  if (s?.min !== undefined && s.max !== undefined && supervisionStepRank(s.min) > supervisionStepRank(s.max)) {
    found.push(
      finding(
        'LADDER_CONTRADICTION',
        'error',
        ruleId,
        at('supervisionStep'),
        `${name}: its ${fact('supervisionStep')} range starts at "${s.min}", above its end "${s.max}".`,
        `${nameZh}：${factZh('supervisionStep')}的下限“${s.min}”高于上限“${s.max}”。`,
        s,
      ),
    );
  }
  return found;
}

/**
 * The findings of a rule's holder choice (Part 14): alternative ids used twice (`DUPLICATE_ID`), an
 * alternative's holder neither built in nor declared (`LADDER_UNKNOWN_HOLDER`), a portfolio on a
 * holder other than the deputy mayor in charge (`LADDER_UNEXPECTED_PORTFOLIO`), an alternative's
 * condition that can never hold (`LADDER_CONTRADICTION`), and `LADDER_UNREACHABLE_CHOICE` for an
 * alternative that is never chosen — its conditions never hold together with the rule's, or an
 * earlier alternative takes all it would take, or an earlier one holds whenever the rule applies —
 * and for the rule's own target when an alternative holds whenever the rule applies. Alternatives
 * are compared with one another and with their rule: at most 10 × 11 / 2 comparisons per rule.
 */
function choiceFindings(rule: EscalationRule, i: number, ruleNorm: Normalised, known: (holder: string) => boolean): LadderFinding[] {
  const choice = rule.holderChoice;
  if (choice === undefined) return [];
  const found: LadderFinding[] = [];
  const alternatives = choice.alternatives;
  const at = (k: number, ...rest: (string | number)[]): ErrorPath => ['rules', i, 'holderChoice', 'alternatives', k, ...rest];
  const ruleName = `rule "${rule.id}" (rules[${i}])`;
  const ruleNameZh = `规则“${rule.id}”（第 ${i + 1} 条）`;
  const name = (k: number): string => `Alternative "${(alternatives[k] as (typeof alternatives)[number]).id}" (holderChoice.alternatives[${k}]) of ${ruleName}`;
  const nameZh = (k: number): string => `${ruleNameZh}的备选协调主体“${(alternatives[k] as (typeof alternatives)[number]).id}”（第 ${k + 1} 个）`;
  firstIndexes(alternatives.map((a) => a.id), (k, first) => {
    const id = (alternatives[k] as (typeof alternatives)[number]).id;
    found.push(finding('DUPLICATE_ID', 'error', rule.id, at(k, 'id'), `${name(k)} has the id of alternatives[${first}].`, `${nameZh(k)}与第 ${first + 1} 个备选编号重复。`, id));
  });
  const norms = alternatives.map((a) => normalise(a.when));
  const live: number[] = []; // the alternatives that can be chosen so far, in order
  let always = -1; // the first alternative that holds whenever the rule applies
  alternatives.forEach((a, k) => {
    const { holder, portfolio } = a.target;
    if (!known(holder)) {
      found.push(
        finding(
          'LADDER_UNKNOWN_HOLDER',
          'error',
          rule.id,
          at(k, 'target', 'holder'),
          `${name(k)} chooses "${holder}", which is neither a built-in holder nor declared in the ladder's holders.`,
          `${nameZh(k)}指向的“${holder}”既非内置协调主体，也未在本层级的 holders 中声明。`,
          holder,
        ),
      );
    }
    if (portfolio !== undefined && holder !== 'deputyMayorInCharge') {
      found.push(
        finding(
          'LADDER_UNEXPECTED_PORTFOLIO',
          'warning',
          rule.id,
          at(k, 'target', 'portfolio'),
          `${name(k)} gives the portfolio "${portfolio}" to "${holder}"; only a deputy mayor in charge has a portfolio.`,
          `${nameZh(k)}为“${holder}”指定了分管领域“${portfolio}”，只有分管副市长才有分管领域。`,
          portfolio,
        ),
      );
    }
    const nk = norms[k] as Normalised;
    const broken = conditionContradictions(a.when, rule.id, at(k, 'when'), nk, { en: `${name(k)} is never chosen`, zh: `${nameZh(k)}永远不会被选中` });
    found.push(...broken);
    if (broken.length > 0) return;
    const unreachable = (en: string, zh: string, value: unknown): void => {
      found.push(finding('LADDER_UNREACHABLE_CHOICE', 'warning', rule.id, at(k, 'when'), `${name(k)} is never chosen: ${en}`, `${nameZh(k)}永远不会被选中：${zh}`, value));
    };
    if (always !== -1) {
      const by = (alternatives[always] as (typeof alternatives)[number]).id;
      unreachable(`the earlier alternative "${by}" holds whenever the rule applies.`, `前面的备选“${by}”在该规则适用时总是成立。`, { coveredBy: by });
      return;
    }
    if (!overlaps(ruleNorm, nk)) {
      unreachable('its conditions never hold together with the rule’s.', '其条件与规则本身的条件不可能同时成立。', a.when);
      return;
    }
    const earlier = live.find((e) => covers(norms[e] as Normalised, nk));
    if (earlier !== undefined) {
      const by = (alternatives[earlier] as (typeof alternatives)[number]).id;
      unreachable(`the earlier alternative "${by}" takes every problem it would take.`, `前面的备选“${by}”已涵盖其全部情形。`, { coveredBy: by });
      return;
    }
    live.push(k);
    if (covers(nk, ruleNorm)) always = k;
  });
  if (always !== -1) {
    const by = (alternatives[always] as (typeof alternatives)[number]).id;
    found.push(
      finding(
        'LADDER_UNREACHABLE_CHOICE',
        'warning',
        rule.id,
        ['rules', i, 'target'],
        `The own target of ${ruleName} is never chosen: its alternative "${by}" holds whenever the rule applies.`,
        `${ruleNameZh}本身的协调主体永远不会被选中：其备选“${by}”在该规则适用时总是成立。`,
        { coveredBy: by },
      ),
    );
  }
  return found;
}

/** The sorted distinct values of a list of numbers. */
const distinct = (xs: readonly number[]): number[] => [...new Set(xs)].sort((a, b) => a - b);

/**
 * Representative values of a range fact: one in every stretch of values on which every rule's
 * condition on the fact holds or fails alike. Where no rule looks at the fact, its usual value.
 */
function samplePoints(ladder: EscalationLadder, key: RangeFact): number[] {
  const ranges = ladder.rules.flatMap((r) => (r.when[key] === undefined ? [] : [r.when[key]]));
  if (ranges.length === 0) return [key === 'enterprisesAffected' ? 1 : 0];
  if (integerFacts.has(key)) {
    // Whole numbers: each stretch starts at 0, at a min, or just after a max.
    const starts = ranges.flatMap((r) => [
      ...(r.min === undefined ? [] : [Math.ceil(r.min)]),
      ...(r.max === undefined ? [] : [Math.floor(r.max) + 1]),
    ]);
    return distinct([0, ...starts].filter((v) => v >= 0 && Number.isFinite(v)));
  }
  // Real numbers: each boundary, a point between each two, and one beyond the last.
  const cuts = distinct([0, ...ranges.flatMap((r) => [r.min, r.max].filter((v): v is number => v !== undefined && v >= 0))]);
  const between = cuts.slice(1).map((c, i) => ((cuts[i] as number) + c) / 2);
  const last = cuts.at(-1) as number;
  return distinct([...cuts, ...between, last + Math.max(1, last)].filter((v) => Number.isFinite(v)));
}

/** An id or code that no value of `used` is, or starts with when `prefix`. */
function otherValue(used: ReadonlySet<string>, prefix: boolean): string {
  if (prefix) {
    const firsts = new Set([...used].map((p) => p.charCodeAt(0)));
    let c = 65; // 'A'
    while (firsts.has(c)) c++;
    return String.fromCharCode(c);
  }
  let other = '(other)';
  for (let k = 2; used.has(other); k++) other = `(other ${k})`;
  return other;
}

/** The values of a list fact worth trying: those the rules name and one they do not, or null when no rule looks at it. */
function listPoints(ladder: EscalationLadder, key: 'categoryId' | 'industry'): (string | null)[] {
  const used = new Set(ladder.rules.flatMap((r) => r.when[key] ?? []));
  if (used.size === 0) return [null];
  const values: (string | null)[] = [...used, otherValue(used, key === 'industry')];
  // A classified issue always has a category; an industry is optional app data.
  return key === 'industry' ? [null, ...values] : values;
}

function describeFacts(f: IssueFacts): string {
  const parts: string[] = [
    `nature=${f.nature}`,
    `scope=${f.scope}`,
    `procedure=${f.procedure}`,
    `declaredUnsolvable=${f.declaredUnsolvable}`,
    `supervisionStep=${f.supervisionStep}`,
    `overdueWorkingDays=${f.overdueWorkingDays}`,
    `reopenCount=${f.reopenCount}`,
    `reworkCount=${f.reworkCount}`,
    `enterprisesAffected=${f.enterprisesAffected}`,
    `amountInvolved=${f.amountInvolved}`,
  ];
  if (f.categoryId !== null) parts.push(`categoryId=${f.categoryId}`);
  if (f.industry !== null) parts.push(`industry=${f.industry}`);
  return parts.join(', ');
}

/**
 * Routes every representative combination of classified facts; only their number when there would
 * be more than `limit`, or more than 10 × `limit` rule tests (combinations × the rules that can
 * apply: those not in `never`, which hold for nothing).
 */
function searchGaps(ladder: EscalationLadder, never: ReadonlySet<number>, maxExamples: number, limit: number): LadderGaps | { readonly skipped: number; readonly tests?: number } {
  const natures = IssueNature.schema.options;
  const scopes = IssueScope.schema.options;
  const procedures = Procedure.schema.options;
  const steps = SupervisionStep.schema.options;
  const categories = listPoints(ladder, 'categoryId');
  const industries = listPoints(ladder, 'industry');
  const [ea, amount, overdue, reopen, rework] = rangeFacts.map((k) => samplePoints(ladder, k)) as [number[], number[], number[], number[], number[]];
  const size =
    natures.length * scopes.length * procedures.length * 2 * steps.length * categories.length * industries.length * ea.length * amount.length * overdue.length * reopen.length * rework.length;
  if (size > limit) return { skipped: size };
  const live = ladder.rules.filter((_, i) => !never.has(i));
  if (size * live.length > 10 * limit) return { skipped: size, tests: size * live.length };
  const holds = holdsSomeRule(live);
  const examples: IssueFacts[] = [];
  let total = 0;
  for (const nature of natures)
    for (const scope of scopes)
      for (const procedure of procedures)
        for (const declaredUnsolvable of [false, true])
          for (const supervisionStep of steps)
            for (const categoryId of categories)
              for (const industry of industries)
                for (const overdueWorkingDays of overdue)
                  for (const reopenCount of reopen)
                    for (const reworkFrom of rework) {
                      // Reworks count the reopenings: the stretch from reworkFrom holds a possible
                      // value only if it reaches reopenCount, and then that value stands for it.
                      if (reworkFrom < reopenCount && rework.some((r) => r > reworkFrom && r <= reopenCount)) continue;
                      const reworkCount = Math.max(reworkFrom, reopenCount);
                      for (const enterprisesAffected of ea)
                        for (const amountInvolved of amount) {
                          const facts: IssueFacts = {
                          nature,
                          scope,
                          procedure,
                          categoryId,
                          industry,
                          enterprisesAffected,
                          amountInvolved,
                          overdueWorkingDays,
                          supervisionStep,
                            reopenCount,
                            reworkCount,
                            declaredUnsolvable,
                          };
                          if (holds(facts)) continue;
                          total++;
                          if (examples.length < maxExamples) examples.push(facts);
                        }
                    }
  return { checked: size, total, examples };
}

/**
 * Validates an escalation ladder: first its shape (as {@link EscalationLadderSchema}), then its
 * meaning, reporting every finding with a stable code, a severity, messages in English and
 * Chinese, the path into the ladder and the rule's id:
 *
 * - errors: duplicate rule or holder ids (`DUPLICATE_ID`); a target holder neither built in nor
 *   declared in `holders` (`LADDER_UNKNOWN_HOLDER`); a condition that can never hold — an empty
 *   list, a range with min above max or with no value a fact can take, a supervision step range
 *   running backwards (`LADDER_CONTRADICTION`);
 * - warnings: a portfolio on a holder other than the deputy mayor in charge
 *   (`LADDER_UNEXPECTED_PORTFOLIO`); a rule that never applies because one earlier rule covers it
 *   (`LADDER_SHADOWED_RULE`, naming that rule); a rule that an earlier rule of lower rank partly
 *   takes over (`LADDER_RANK_INVERSION`); classified facts that reach no rule (`LADDER_GAP`);
 * - for a rule's holder choice (Part 14), the same checks on its alternatives — ids unique, holders
 *   known, portfolios, conditions that can hold, at `['rules', i, 'holderChoice', 'alternatives', k, …]`
 *   — and `LADDER_UNREACHABLE_CHOICE` (warning) for an alternative that can never be chosen (its
 *   conditions never meet the rule's, an earlier alternative covers it or always holds) and for a
 *   rule's own target that never is (an alternative holds whenever the rule applies). Alternatives
 *   are compared only within their rule (at most 55 pairs), so this adds O(alternatives).
 *
 * Rule `i` covers a later rule `j` when, condition by condition, `i`'s is absent or at least as
 * wide as `j`'s: a list containing `j`'s list, a range containing `j`'s (over the values facts can
 * take: at least 0, whole numbers for days and reopens), industry prefixes each of `j`'s starting
 * with one of `i`'s, the same `declaredUnsolvable`. A list or range never covers an absent
 * condition except a range holding for every value, since an absent condition also holds for null
 * facts. Only single earlier rules are compared: a rule covered by several earlier rules together
 * is not reported (its rank may still be reported as inverted). Each rule is compared only with
 * the earlier rules whose list conditions can cover or meet its own (rules are filed by the values
 * of their first list condition), so that, for n rules whose lists hold L entries in all, filing
 * and looking up take O(n + L) and the comparisons grow with the pairs of rules that share list
 * values (or set no list), not with all n² pairs: a ladder keyed by category or industry is
 * compared in near-linear time. A ladder whose rules set no list and each bound at most one range
 * or the supervision step (besides `declaredUnsolvable`) — the usual ladder by days overdue, amount,
 * enterprises affected or step — is not compared pair by pair but swept (sorted by bounds and rank,
 * with a Fenwick tree for covering and a segment tree for meeting), in O(n log n) for n rules and
 * within no budget. Other rules are compared within a budget of `maxRuleComparisons` steps
 * (500,000 by default: a pair of rules counts 1 and the entries of their category and industry
 * lists); the rules beyond it are not
 * compared, and a `LADDER_RULES_UNCOMPARED` warning says from which rule on.
 *
 * Gaps are searched exactly by routing, with {@link compileLadder}, every combination of nature,
 * scope, procedure, `declaredUnsolvable` and supervision step with, for the numbers, one value in
 * every stretch between the boundaries the rules use (0, each min, each max and just past it),
 * for the category every id the rules name and one they do not, and for the industry none, each
 * prefix the rules name and one they do not. Only classified facts count: facts with a null
 * nature, scope or procedure are not searched. A ladder whose boundaries make more than
 * `maxGapChecks` combinations, or more than 10 × `maxGapChecks` rule tests (combinations × rules),
 * is not searched (`LADDER_GAPS_UNCHECKED`).
 *
 * Bounded for any input: the shape is held to the input limits (`InputLimits`: at most 100,000
 * rules), the comparisons and the gap search to their budgets, so a ladder of 10,000 rules is
 * validated in well under a second (`npm run bench -- hostile`). The report lists every finding;
 * the `LADDER_INVALID` rejection lists the first 20 errors in `issues` (the rest are counted in
 * `moreIssues`, and all are in `report.errors`).
 *
 * @param input - The ladder, e.g. parsed JSON from the app's configuration.
 * @param options - How many gap examples to keep, how many combinations to route and how much
 *   comparing of rules to do at most.
 * @returns `ok: true` with the report (its warnings and gap search) only when the ladder has no
 *   errors; else a {@link LadderRejection}: `LADDER_INVALID` with the report, or `INVALID_INPUT`
 *   (`INPUT_TOO_DEEP`, `INPUT_TOO_LARGE`, …) with the path when the shape is wrong.
 * @example
 * ```ts
 * const r = validateLadder(JSON.parse(text));
 * r.ok; // true when the ladder has no errors
 * const report = r.ok ? r.value : r.error.report; // the report either way (null when the shape is wrong)
 * report?.warnings.map((w) => `${w.code} ${w.path.join('.')}`); // ['LADDER_SHADOWED_RULE rules.2.when']
 * ```
 * @category Escalation
 */
export function validateLadder(input: unknown, options: ValidateLadderOptions = {}): Result<LadderReport, LadderRejection> {
  return validateLadderWith(input, options);
}

/**
 * {@link validateLadder}, and with `pairwise` every rule compared with every earlier one in turn:
 * the plain quadratic reference the property tests hold the indexed comparison to. Internal.
 */
export function validateLadderWith(input: unknown, options: ValidateLadderOptions & { readonly pairwise?: boolean } = {}): Result<LadderReport, LadderRejection> {
  const parsed = safeParseWith(EscalationLadderSchema, input);
  if (!parsed.ok) return err({ ...parsed.error, report: null });
  const ladder: EscalationLadder = deepFreeze(parsed.value);
  const maxExamples = options.maxGapExamples ?? 20;
  const limit = options.maxGapChecks ?? 1_000_000;
  let comparisons = options.maxRuleComparisons ?? 500_000;
  /** Spends the steps of comparing rules `i` and `j`; false once the budget is spent. */
  const compare = (i: number, j: number): boolean => {
    comparisons -= (norms[i] as Normalised).weight + (norms[j] as Normalised).weight - 1;
    return comparisons >= 0;
  };
  let uncompared: number | null = null;
  const findings: LadderFinding[] = [];

  const holderIds = firstIndexes(ladder.holders.map((h) => h.id), (k, first) => {
    const id = (ladder.holders[k] as { readonly id: string }).id;
    findings.push(
      finding(
        'DUPLICATE_ID',
        'error',
        null,
        ['holders', k, 'id'],
        `Holder "${id}" (holders[${k}]) is declared already as holders[${first}].`,
        `协调主体“${id}”（第 ${k + 1} 个）与第 ${first + 1} 个重复声明。`,
        id,
      ),
    );
  });

  const norms = ladder.rules.map((r) => normalise(r.when));
  const never = new Set<number>();
  firstIndexes(ladder.rules.map((r) => r.id), (i, first) => {
    const id = (ladder.rules[i] as EscalationRule).id;
    findings.push(
      finding(
        'DUPLICATE_ID',
        'error',
        id,
        ['rules', i, 'id'],
        `Rule id "${id}" of rules[${i}] is used already by rules[${first}].`,
        `第 ${i + 1} 条规则的编号“${id}”与第 ${first + 1} 条重复。`,
        id,
      ),
    );
  });
  ladder.rules.forEach((rule, i) => {
    const { holder, portfolio } = rule.target;
    if (!Object.hasOwn(EscalationHolder.labels, holder) && !holderIds.has(holder)) {
      findings.push(
        finding(
          'LADDER_UNKNOWN_HOLDER',
          'error',
          rule.id,
          ['rules', i, 'target', 'holder'],
          `Rule "${rule.id}" (rules[${i}]) sends problems to "${holder}", which is neither a built-in holder nor declared in the ladder's holders.`,
          `规则“${rule.id}”（第 ${i + 1} 条）指向的“${holder}”既非内置协调主体，也未在本层级的 holders 中声明。`,
          holder,
        ),
      );
    }
    if (portfolio !== undefined && holder !== 'deputyMayorInCharge') {
      findings.push(
        finding(
          'LADDER_UNEXPECTED_PORTFOLIO',
          'warning',
          rule.id,
          ['rules', i, 'target', 'portfolio'],
          `Rule "${rule.id}" (rules[${i}]) gives the portfolio "${portfolio}" to "${holder}"; only a deputy mayor in charge has a portfolio.`,
          `规则“${rule.id}”（第 ${i + 1} 条）为“${holder}”指定了分管领域“${portfolio}”，只有分管副市长才有分管领域。`,
          portfolio,
        ),
      );
    }
    const broken = contradictions(rule, i, norms[i] as Normalised);
    if (broken.length > 0) never.add(i);
    findings.push(...broken);
    if (rule.holderChoice !== undefined) findings.push(...choiceFindings(rule, i, norms[i] as Normalised, (h) => Object.hasOwn(EscalationHolder.labels, h) || holderIds.has(h)));
  });

  const index = new RuleIndex(norms, options.pairwise === true);
  const swept = options.pairwise === true ? null : sweepIfRangesOnly(norms, never, ladder.rules.map((r) => r.rank));
  /** The first candidate (in ladder order) that is eligible and for which `holds`; -1 for none; null once the budget is spent. */
  const firstEarlier = (candidates: Iterable<number>, j: number, eligible: (i: number) => boolean, holds: (i: Normalised, j: Normalised) => boolean): number | null => {
    for (const i of candidates) {
      if (!eligible(i)) continue;
      if (!compare(i, j)) return null;
      if (holds(norms[i] as Normalised, norms[j] as Normalised)) return i;
    }
    return -1;
  };
  for (let j = 0; j < ladder.rules.length && uncompared === null; j++) {
    const rule = ladder.rules[j] as EscalationRule;
    if (never.has(j)) continue;
    // The first earlier rule that covers j, among those whose lists can hold j's (in ladder order).
    const by = swept !== null ? swept.coveredBy(j) : firstEarlier(index.coverCandidates(j), j, () => true, covers);
    if (by === null) {
      uncompared = j;
      break;
    }
    if (by !== -1) {
      const earlier = ladder.rules[by] as EscalationRule;
      findings.push(
        finding(
          'LADDER_SHADOWED_RULE',
          'warning',
          rule.id,
          ['rules', j, 'when'],
          `Rule "${rule.id}" (rules[${j}]) never applies: the earlier rule "${earlier.id}" (rules[${by}]) takes every problem it would take.`,
          `规则“${rule.id}”（第 ${j + 1} 条）永不适用：前面的规则“${earlier.id}”（第 ${by + 1} 条）已涵盖其全部情形。`,
          { coveredBy: earlier.id },
        ),
      );
      index.add(j);
      continue;
    }
    // The first earlier rule of lower rank that takes some of j's problems.
    const lower = swept !== null ? swept.meetsLower(j) : firstEarlier(index.overlapCandidates(j), j, (i) => (ladder.rules[i] as EscalationRule).rank < rule.rank, overlaps);
    if (lower === null) {
      uncompared = j;
      break;
    }
    if (lower !== -1) {
      const earlier = ladder.rules[lower] as EscalationRule;
      findings.push(
        finding(
          'LADDER_RANK_INVERSION',
          'warning',
          rule.id,
          ['rules', j, 'rank'],
          `Rule "${rule.id}" (rules[${j}], rank ${rule.rank}) comes after rule "${earlier.id}" (rules[${lower}], rank ${earlier.rank}), which takes some of the same problems first and sends them lower.`,
          `规则“${rule.id}”（第 ${j + 1} 条，层级 ${rule.rank}）排在规则“${earlier.id}”（第 ${lower + 1} 条，层级 ${earlier.rank}）之后，部分情形被后者先行截取并送往较低层级。`,
          { earlierRule: earlier.id },
        ),
      );
    }
    index.add(j);
  }
  if (uncompared !== null) {
    const budget = options.maxRuleComparisons ?? 500_000;
    findings.push(
      finding(
        'LADDER_RULES_UNCOMPARED',
        'warning',
        (ladder.rules[uncompared] as EscalationRule).id,
        ['rules', uncompared],
        `Rules from rules[${uncompared}] on were not compared with the earlier rules for shadowing and rank inversion: comparing them would take more than ${budget} steps (maxRuleComparisons).`,
        `第 ${uncompared + 1} 条及其后的规则未与前面的规则比较（是否被涵盖、层级是否倒置）：比较所需步数超过上限 ${budget}（maxRuleComparisons）。`,
        { from: uncompared, maxRuleComparisons: budget },
      ),
    );
  }

  const search = searchGaps(ladder, never, maxExamples, limit);
  let gaps: LadderGaps | null = null;
  if ('skipped' in search) {
    findings.push(
      finding(
        'LADDER_GAPS_UNCHECKED',
        'warning',
        null,
        ['rules'],
        search.tests === undefined
          ? `The ladder was not searched for gaps: its condition boundaries make ${search.skipped} combinations of facts, more than ${limit}.`
          : `The ladder was not searched for gaps: its ${search.skipped} combinations of facts against its rules make ${search.tests} rule tests, more than ${10 * limit}.`,
        search.tests === undefined
          ? `未检查该层级的空缺：其条件边界构成 ${search.skipped} 种情形组合，超过上限 ${limit}。`
          : `未检查该层级的空缺：${search.skipped} 种情形组合对各条规则需检验 ${search.tests} 次，超过上限 ${10 * limit}。`,
        search.skipped,
      ),
    );
  } else {
    gaps = search;
    const first = search.examples[0];
    if (search.total > 0 && first !== undefined) {
      findings.push(
        finding(
          'LADDER_GAP',
          'warning',
          null,
          ['rules'],
          `${search.total} of ${search.checked} combinations of classified facts reach no rule, e.g. ${describeFacts(first)}.`,
          `${search.checked} 种已分类情形组合中有 ${search.total} 种没有适用的规则，例如：${describeFacts(first)}。`,
          { total: search.total, examples: search.examples },
        ),
      );
    }
  }

  // In the order of the ladder: declared holders, then rule by rule, then the whole ladder (stable within each).
  const place = (f: LadderFinding): number => (f.path[0] === 'holders' ? -1 : typeof f.path[1] === 'number' ? f.path[1] : Infinity);
  const sorted = findings.map((f, k) => [place(f), k, f] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, , f]) => f);
  const errors = sorted.filter((f) => f.severity === 'error');
  const warnings = sorted.filter((f) => f.severity === 'warning');
  const report: LadderReport = { ladder, valid: errors.length === 0, errors, warnings, gaps };
  const first = errors[0];
  if (first === undefined) return ok(report);
  const listed = errors.slice(0, defaultInputLimits.maxIssues);
  return err({
    ...domainError('LADDER_INVALID', {
      en: clip(`The ladder "${ladder.id}" has ${errors.length} error(s), first: ${first.message}`, MAX_MESSAGE),
      zh: clip(`协调层级“${ladder.id}”有 ${errors.length} 处错误，第一处：${first.messageZh}`, MAX_MESSAGE),
      path: first.path,
      value: input,
      issues: listed,
      moreIssues: errors.length - listed.length,
    }),
    report,
  });
}
