import * as z from 'zod';
import { domainError, type DomainError } from '../core/errors.js';
import type { EnumValue } from '../core/enum.js';
import { err, ok, type Result } from '../core/result.js';
import { IdSchema, instantProblem, type BilingualText, type Id, type Instant } from '../core/schema.js';
import { byCodeUnit } from '../internal/compare.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { instantMs } from '../internal/instant.js';
import { argumentError, checkedOnce, quoted } from '../internal/parse.js';
import { ownKeyRecord } from '../internal/record.js';
import { bigrams, dice, normalised } from '../internal/similarity.js';

/**
 * Why two open orders look like one repeated complaint (重复诉求, 国办函〔2025〕66号: 重复诉求合并办理):
 * the same enterprise raised the same category, enterprises of the same park raised the same
 * category, or an order without a category has a very similar title to another order of the same
 * enterprise.
 *
 * `DuplicateBasis.values` lists the values in order, `DuplicateBasis.labels` gives each a zh-CN and
 * an English label, and `DuplicateBasis.schema` validates one.
 *
 * @example
 * ```ts
 * DuplicateBasis.labels.parkAndCategory.zh; // '同一园区同类诉求'
 * DuplicateBasis.values; // ['enterpriseAndCategory', 'parkAndCategory', 'enterpriseAndTitle']
 * ```
 * @category Issue
 */
export const DuplicateBasis = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    enterpriseAndCategory: { zh: '同一企业同类诉求', en: 'Same enterprise, same category' },
    parkAndCategory: { zh: '同一园区同类诉求', en: 'Same park, same category' },
    enterpriseAndTitle: { zh: '同一企业标题相近（未分类）', en: 'Same enterprise, near-identical title (no category)' },
  }),
))();

export type DuplicateBasis = EnumValue<typeof DuplicateBasis>;

/**
 * The park of each enterprise, for {@link suggestDuplicates}: a record by enterprise id, or a
 * function (null or undefined for none).
 *
 * @category Issue
 */
export type ParkOf = Readonly<Record<Id, Id>> | ((enterpriseId: Id) => Id | null | undefined);

/** What {@link DuplicateOptions} may hold (the defaults are in `withDefaults`). Internal: a function cannot be a JSON Schema. */
const DuplicateOptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  threshold: z.number().min(0).max(1).optional(),
  titleThreshold: z.number().min(0).max(1).optional(),
  windowDays: z.int().min(0).max(3660).nullable().optional(),
  maxComparisonsPerBucket: z.int().min(1).max(100_000_000).optional(),
  parkOf: z
    .union([
      ownKeyRecord(IdSchema, IdSchema),
      z.custom<(enterpriseId: Id) => Id | null | undefined>((v) => typeof v === 'function', { message: 'Expected a record or a function' }),
    ])
    .optional(),
}))();

/**
 * The options of {@link suggestDuplicates}. Every figure is qinqing's own: the 2025 guideline
 * (国办函〔2025〕66号) asks for repeated complaints to be merged but sets no measure.
 *
 * - `threshold` (default 0.5): the least similarity of two orders of one category, from 0 to 1.
 *   The similarity is the Sørensen–Dice coefficient of the sets of character bigrams of the two
 *   texts normalised (NFKC, lower case, letters and digits only: Chinese has no spaces to split
 *   words on), the greater of the titles' and of title-and-description's.
 * - `titleThreshold` (default 0.8): the least title similarity when either order has no category
 *   (then only orders of the same enterprise are compared).
 * - `windowDays` (default 30): the most days (24-hour periods) between the two submissions; null for
 *   no limit.
 * - `maxComparisonsPerBucket` (default 20,000: every pair of a bucket of 200 orders): the most pairs
 *   looked at in one bucket (one category and one enterprise or one park; one enterprise for the
 *   orders without a category), nearest in time first; the rest are not compared and the bucket is
 *   listed in `truncated`.
 * - `parkOf`: the park of each enterprise (a record or a function, called once per enterprise);
 *   without it no park is compared.
 *
 * @example
 * ```ts
 * const options: DuplicateOptions = { threshold: 0.6, windowDays: 60, parkOf: { e1: 'p1', e2: 'p1' } };
 * suggestDuplicates([], options).ok; // true
 * suggestDuplicates([], { threshold: 2 }).ok; // false
 * ```
 * @category Issue
 */
export interface DuplicateOptions {
  /** The least similarity of two orders of one category (default 0.5). */
  readonly threshold?: number;
  /** The least title similarity when either order has no category (default 0.8). */
  readonly titleThreshold?: number;
  /** The most days between the two submissions, or null for no limit (default 30). */
  readonly windowDays?: number | null;
  /** The most pairs looked at in one bucket (default 20,000). */
  readonly maxComparisonsPerBucket?: number;
  /** The park of each enterprise. */
  readonly parkOf?: ParkOf;
}

/**
 * What {@link suggestDuplicates} reads of an order: an `Issue` has all of it.
 *
 * @category Issue
 */
export interface DuplicateCandidate {
  readonly id: Id;
  readonly enterpriseId: Id;
  readonly categoryId: Id | null;
  readonly title: string;
  readonly description: string;
  readonly submittedAt: Instant;
  /** Orders in state `'closed'`, `'withdrawn'` or `'merged'` are skipped. */
  readonly state: string;
}

/**
 * Two orders that look like one repeated complaint, with the facts that matched.
 *
 * @category Issue
 */
export interface DuplicatePair {
  /** The earlier-submitted order. */
  readonly earlierId: Id;
  /** The later-submitted order. */
  readonly laterId: Id;
  readonly basis: DuplicateBasis;
  /** The category both share; null for `'enterpriseAndTitle'`. */
  readonly categoryId: Id | null;
  /** The enterprise of each (the same one unless `'parkAndCategory'`). */
  readonly enterpriseIds: readonly [Id, Id];
  /** The park both enterprises belong to, for `'parkAndCategory'`; else null. */
  readonly parkId: Id | null;
  /** The titles' bigram Dice similarity, rounded to 0.001. */
  readonly titleSimilarity: number;
  /** The similarity compared with the threshold (titles, or title and description), rounded to 0.001. */
  readonly similarity: number;
  /** Whole days (24-hour periods) between the two submissions. */
  readonly daysApart: number;
  /** The same facts in words. */
  readonly reason: BilingualText;
}

/**
 * Orders suggested for merging (并单): the suggested parent and the others, linked by the pairs found.
 *
 * @category Issue
 */
export interface DuplicateGroup {
  /** The suggested parent: the earliest submitted (首单; ties by id). */
  readonly parentId: Id;
  /** The others, by submission (ties by id). */
  readonly childIds: readonly Id[];
  /** The pairs that link them (a group is connected by its pairs; not every two of it need be a pair). */
  readonly pairs: readonly DuplicatePair[];
}

/**
 * A bucket whose pairs were not all looked at (more than `maxComparisonsPerBucket` within the window).
 *
 * @category Issue
 */
export interface TruncatedBucket {
  readonly basis: DuplicateBasis;
  /** The category of the bucket; null for `'enterpriseAndTitle'`. */
  readonly categoryId: Id | null;
  /** The enterprise or park of the bucket. */
  readonly key: Id;
  /** Orders in the bucket. */
  readonly orders: number;
  /** Pairs within the window. */
  readonly pairsInWindow: number;
  /** Pairs looked at (the nearest in time). */
  readonly pairsLookedAt: number;
}

/**
 * What {@link suggestDuplicates} found.
 *
 * @category Issue
 */
export interface DuplicateSuggestions {
  /** The groups, by their parent's submission (ties by id). */
  readonly groups: readonly DuplicateGroup[];
  /** The buckets cut short by `maxComparisonsPerBucket`, by basis, category and key. */
  readonly truncated: readonly TruncatedBucket[];
  /** Pairs looked at over all buckets. */
  readonly pairsLookedAt: number;
}

/** The options with their defaults (the options are already checked). */
function withDefaults(options: DuplicateOptions): {
  readonly threshold: number;
  readonly titleThreshold: number;
  readonly windowDays: number | null;
  readonly maxComparisonsPerBucket: number;
  readonly parkOf: ParkOf | undefined;
} {
  return {
    threshold: options.threshold ?? 0.5,
    titleThreshold: options.titleThreshold ?? 0.8,
    windowDays: options.windowDays === undefined ? 30 : options.windowDays,
    maxComparisonsPerBucket: options.maxComparisonsPerBucket ?? 20_000,
    parkOf: options.parkOf,
  };
}

/** States whose orders are not compared. */
const DONE: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(['closed', 'withdrawn', 'merged']))();
const MS_PER_DAY = 86_400_000;
/** Code points of a title, and of a description, that the similarity reads (qinqing's bound: a title has at most 200). */
const TITLE_CHARS = 200;
const DESCRIPTION_CHARS = 2000;
const OPTIONS_WHAT = { en: 'valid duplicate-suggestion options', zh: '有效的重复诉求比对选项' } as const;

/** An open order, indexed. */
interface Entry {
  readonly c: DuplicateCandidate;
  readonly ms: number;
  readonly park: Id | null;
  title?: readonly number[];
  text?: readonly number[];
}

function titleSet(e: Entry): readonly number[] {
  return (e.title ??= bigrams(normalised(e.c.title, TITLE_CHARS)));
}

function textSet(e: Entry): readonly number[] {
  return (e.text ??= bigrams([...normalised(e.c.title, TITLE_CHARS), ...normalised(e.c.description, DESCRIPTION_CHARS)]));
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const byTime = (a: Entry, b: Entry): number => a.ms - b.ms || byCodeUnit(a.c.id, b.c.id);

/** One bucket: what its orders share, and the orders. */
interface Bucket {
  readonly basis: DuplicateBasis;
  readonly categoryId: Id | null;
  readonly key: Id;
  readonly list: Entry[];
}

function reasonOf(p: Omit<DuplicatePair, 'reason'>): BilingualText {
  const sim = String(p.similarity);
  const title = String(p.titleSimilarity);
  const [e1, e2] = p.enterpriseIds;
  switch (p.basis) {
    case 'enterpriseAndCategory':
      return {
        zh: `同一企业（${e1}）反映同类问题（${p.categoryId}），内容相似度 ${sim}（标题 ${title}），提交相隔 ${p.daysApart} 天`,
        en: `Same enterprise (${e1}) and category (${p.categoryId}); similarity ${sim} (title ${title}); submitted ${p.daysApart} day(s) apart`,
      };
    case 'parkAndCategory':
      return {
        zh: `同一园区（${p.parkId}）的企业 ${e1}、${e2} 反映同类问题（${p.categoryId}），内容相似度 ${sim}（标题 ${title}），提交相隔 ${p.daysApart} 天`,
        en: `Enterprises ${e1} and ${e2} of the same park (${p.parkId}), same category (${p.categoryId}); similarity ${sim} (title ${title}); submitted ${p.daysApart} day(s) apart`,
      };
    case 'enterpriseAndTitle':
      return {
        zh: `同一企业（${e1}）提出，标题相似度 ${title}（未分类诉求只按企业和标题比对），提交相隔 ${p.daysApart} 天`,
        en: `Same enterprise (${e1}); title similarity ${title} (an order without a category is compared by enterprise and title only); submitted ${p.daysApart} day(s) apart`,
      };
    default: {
      const never: never = p.basis;
      return never;
    }
  }
}

/** What is wrong with one supplied order, or null. */
function candidateProblem(c: unknown, i: number): DomainError | null {
  const path = ['issues', i];
  if (c === null || typeof c !== 'object') {
    return domainError('INVALID_ARGUMENT', { en: `issues[${i}] must be an issue (an object).`, zh: `issues[${i}] 应为诉求对象。`, path, value: c });
  }
  const o = c as Record<string, unknown>;
  for (const key of ['id', 'enterpriseId', 'categoryId', 'title', 'description', 'state'] as const) {
    const v = o[key];
    const good = key === 'categoryId' ? v === null || (typeof v === 'string' && v !== '') : typeof v === 'string' && (v !== '' || key === 'description' || key === 'title');
    if (!good) {
      return domainError('INVALID_ARGUMENT', {
        en: `issues[${i}].${key} must be ${key === 'categoryId' ? 'an id or null' : key === 'title' || key === 'description' ? 'a string' : 'a non-empty string'}; received ${quoted(v)}.`,
        zh: `issues[${i}].${key} 应为${key === 'categoryId' ? '编号或 null' : key === 'title' || key === 'description' ? '字符串' : '非空字符串'}，实际为 ${quoted(v)}。`,
        path: [...path, key],
        value: v,
      });
    }
  }
  return null;
}

/** The park of each enterprise, as the options give it (a function is called once per enterprise). */
function parkReader(parkOf: ParkOf | undefined): (enterpriseId: Id) => Id | null {
  if (parkOf === undefined) return () => null;
  if (typeof parkOf === 'function') {
    const seen = new Map<Id, Id | null>();
    return (e) => {
      let p = seen.get(e);
      if (p === undefined) {
        const v = parkOf(e);
        p = typeof v === 'string' && v !== '' ? v : null;
        seen.set(e, p);
      }
      return p;
    };
  }
  return (e) => (Object.hasOwn(parkOf, e) ? (parkOf[e] ?? null) : null);
}

/** The index of the first entry of `list` (sorted by time) with `ms ≥ t`. */
function firstAtOrAfter(list: readonly Entry[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Entry).ms < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Suggests likely duplicate orders (重复诉求) among the open ones, for the office to merge (并单:
 * 国办函〔2025〕66号, 重复诉求合并办理). Orders in state `'closed'`, `'withdrawn'` or `'merged'` are
 * skipped. Two orders are a pair when they were submitted within `windowDays` of each other and
 *
 * - both have the same category and the same enterprise (`'enterpriseAndCategory'`), or enterprises
 *   of the same park by `parkOf` (`'parkAndCategory'`), and their similarity is at least `threshold`;
 * - or either has no category, both come from the same enterprise and their titles' similarity is
 *   at least `titleThreshold` (`'enterpriseAndTitle'`).
 *
 * The similarity is the Dice coefficient of character bigrams of the normalised texts (see
 * {@link DuplicateOptions}; the first 200 code points of a title and 2,000 of a description
 * are read). Pairs are joined into groups (connected by pairs), each with a suggested parent: its
 * earliest-submitted order (首单), ties by id. Never quadratic over a city: orders are bucketed by
 * category and enterprise or park (by enterprise for those without a category) and, in each
 * bucket, pairs are looked at nearest in time first, at most `maxComparisonsPerBucket` of them;
 * a bucket cut short is listed in `truncated`. The answer does not depend on the order of `issues`.
 *
 * @param issues - The orders (an `Issue` has every field read); ids must be unique.
 * @param options - Thresholds, window, cap and parks; see {@link DuplicateOptions}.
 * @returns The groups, or `INVALID_ARGUMENT` / `INVALID_INSTANT` / `DUPLICATE_ID` naming the bad
 *   argument, or `INVALID_INPUT` under `options` for bad options.
 * @example
 * ```ts
 * const order = (id: string, submittedAt: string, title: string) =>
 *   ({ id, enterpriseId: 'e1', categoryId: 'power', title, description: '', submittedAt, state: 'assigned' });
 * const r = suggestDuplicates([
 *   order('i1', '2026-03-02T09:00:00+08:00', '厂区周边道路停电，影响生产'),
 *   order('i2', '2026-03-03T10:00:00+08:00', '厂区周边道路停电影响生产，请尽快恢复'),
 *   order('i3', '2026-03-04T10:00:00+08:00', '申请电力增容'),
 * ]);
 * r.ok && r.value.groups.map((g) => [g.parentId, g.childIds]); // [['i1', ['i2']]]
 * r.ok && r.value.groups[0]?.pairs[0]?.reason.en; // 'Same enterprise (e1) and category (power); similarity 0.815 (title 0.815); submitted 1 day(s) apart'
 * ```
 * @category Issue
 */
export function suggestDuplicates(issues: readonly DuplicateCandidate[], options: DuplicateOptions = {}): Result<DuplicateSuggestions> {
  const bad = checkedOnce(DuplicateOptionsSchema, options);
  if (bad !== null) return err(argumentError(bad, ['options'], OPTIONS_WHAT));
  const o = withDefaults(options);
  if (!Array.isArray(issues)) {
    return err(domainError('INVALID_ARGUMENT', { en: 'issues must be an array of issues.', zh: 'issues 应为诉求数组。', path: ['issues'], value: issues }));
  }
  const parkOf = parkReader(o.parkOf);

  const seen = new Set<Id>();
  const open: Entry[] = [];
  for (let i = 0; i < issues.length; i++) {
    const c: unknown = issues[i];
    const problem = candidateProblem(c, i);
    if (problem !== null) return err(problem);
    const d = c as DuplicateCandidate;
    if (seen.has(d.id)) {
      return err(domainError('DUPLICATE_ID', { en: `issues[${i}] repeats the id ${JSON.stringify(d.id)}.`, zh: `issues[${i}] 的编号 ${JSON.stringify(d.id)} 重复。`, path: ['issues', i, 'id'], value: d.id }));
    }
    seen.add(d.id);
    const ms = instantMs(d.submittedAt);
    if (Number.isNaN(ms)) {
      const text = instantProblem(d.submittedAt, `issues[${i}].submittedAt`);
      return err(domainError('INVALID_INSTANT', { ...text, path: ['issues', i, 'submittedAt'], value: d.submittedAt }));
    }
    if (DONE.has(d.state)) continue;
    let park: Id | null;
    try {
      park = parkOf(d.enterpriseId);
    } catch {
      return err(domainError('INVALID_ARGUMENT', { en: `options.parkOf threw for enterprise ${JSON.stringify(d.enterpriseId)}.`, zh: `options.parkOf 处理企业 ${JSON.stringify(d.enterpriseId)} 时抛出异常。`, path: ['options', 'parkOf'] }));
    }
    open.push({ c: d, ms, park });
  }

  // Buckets: category × enterprise, category × park, and, for enterprises with orders without a
  // category, all that enterprise's orders. The category's length is in the key, so that no ids can make two collide.
  const buckets = new Map<string, Bucket>();
  const add = (basis: DuplicateBasis, categoryId: Id | null, key: Id, e: Entry): void => {
    const k = `${basis}|${categoryId === null ? -1 : categoryId.length}|${categoryId ?? ''}|${key}`;
    let b = buckets.get(k);
    if (b === undefined) buckets.set(k, (b = { basis, categoryId, key, list: [] }));
    b.list.push(e);
  };
  const uncategorised = new Set<Id>();
  for (const e of open) if (e.c.categoryId === null) uncategorised.add(e.c.enterpriseId);
  for (const e of open) {
    const cat = e.c.categoryId;
    if (cat !== null) {
      add('enterpriseAndCategory', cat, e.c.enterpriseId, e);
      if (e.park !== null) add('parkAndCategory', cat, e.park, e);
    }
    if (uncategorised.has(e.c.enterpriseId)) add('enterpriseAndTitle', null, e.c.enterpriseId, e);
  }

  const windowMs = o.windowDays === null ? Infinity : o.windowDays * MS_PER_DAY;
  const cap = o.maxComparisonsPerBucket;
  const pairs: DuplicatePair[] = [];
  const truncated: TruncatedBucket[] = [];
  let lookedAt = 0;
  for (const b of buckets.values()) {
    if (b.list.length < 2) continue;
    const list = b.list.sort(byTime);
    const m = list.length;
    const titleOnly = b.basis === 'enterpriseAndTitle';
    // Anchors start the pairs: every order, looking later; in a title bucket only the orders
    // without a category, looking both ways (earlier ones only when they have a category, or the
    // pair would be met twice).
    const anchors: number[] = [];
    for (let i = 0; i < m; i++) if (!titleOnly || (list[i] as Entry).c.categoryId === null) anchors.push(i);
    const hi: number[] = [];
    const lo: number[] = [];
    const catBefore: number[] = [0];
    if (titleOnly) for (let i = 0; i < m; i++) catBefore.push((catBefore[i] as number) + ((list[i] as Entry).c.categoryId === null ? 0 : 1));
    let inWindow = 0;
    for (const i of anchors) {
      const t = (list[i] as Entry).ms;
      const h = firstAtOrAfter(list, t + windowMs + 1) - 1;
      hi[i] = h;
      inWindow += h - i;
      if (titleOnly) {
        const l = firstAtOrAfter(list, t - windowMs);
        lo[i] = l;
        inWindow += (catBefore[i] as number) - (catBefore[l] as number);
      }
    }
    let looked = 0;
    const look = (a: Entry, z: Entry): void => {
      looked++;
      const ca = a.c;
      const cz = z.c;
      if (b.basis === 'parkAndCategory' && ca.enterpriseId === cz.enterpriseId) return; // its enterprise's bucket has it
      const titleSim = dice(titleSet(a), titleSet(z));
      let sim: number;
      if (titleOnly) {
        if (titleSim < o.titleThreshold) return;
        sim = titleSim;
      } else {
        sim = Math.max(titleSim, dice(textSet(a), textSet(z)));
        if (sim < o.threshold) return;
      }
      const p = {
        earlierId: ca.id,
        laterId: cz.id,
        basis: b.basis,
        categoryId: b.categoryId,
        enterpriseIds: [ca.enterpriseId, cz.enterpriseId] as const,
        parkId: b.basis === 'parkAndCategory' ? b.key : null,
        titleSimilarity: round3(titleSim),
        similarity: round3(sim),
        daysApart: Math.floor((z.ms - a.ms) / MS_PER_DAY),
      };
      pairs.push({ ...p, reason: reasonOf(p) });
    };
    // Rounds by distance in time order: every anchor's nearest neighbour, then the next, … An
    // anchor leaves when it has no neighbour left within the window, so the work is the pairs
    // looked at plus the anchors.
    let active = anchors;
    let full = false;
    for (let d = 1; active.length > 0 && !full; d++) {
      const next: number[] = [];
      for (const i of active) {
        let live = false;
        if (i + d <= (hi[i] as number)) {
          live = true;
          if (looked >= cap) {
            full = true;
            break;
          }
          look(list[i] as Entry, list[i + d] as Entry);
        }
        if (titleOnly && i - d >= (lo[i] as number)) {
          live = true;
          const before = list[i - d] as Entry;
          if (before.c.categoryId !== null) {
            if (looked >= cap) {
              full = true;
              break;
            }
            look(before, list[i] as Entry);
          }
        }
        if (live) next.push(i);
      }
      active = next;
    }
    lookedAt += looked;
    if (full) truncated.push({ basis: b.basis, categoryId: b.categoryId, key: b.key, orders: m, pairsInWindow: inWindow, pairsLookedAt: looked });
  }

  // Groups: the connected sets of the pairs (union–find on positions by time, so the root is the earliest).
  open.sort(byTime);
  const pos = new Map<Id, number>();
  open.forEach((e, i) => pos.set(e.c.id, i));
  const up = new Int32Array(open.length).map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (up[r] !== r) r = up[r] as number;
    while (up[i] !== r) {
      const n = up[i] as number;
      up[i] = r;
      i = n;
    }
    return r;
  };
  for (const p of pairs) {
    const a = find(pos.get(p.earlierId) as number);
    const z2 = find(pos.get(p.laterId) as number);
    if (a !== z2) up[Math.max(a, z2)] = Math.min(a, z2);
  }
  const members = new Map<number, Id[]>();
  const linked = new Set<Id>();
  for (const p of pairs) {
    linked.add(p.earlierId);
    linked.add(p.laterId);
  }
  for (let i = 0; i < open.length; i++) {
    const id = (open[i] as Entry).c.id;
    if (!linked.has(id)) continue;
    const r = find(i);
    let list = members.get(r);
    if (list === undefined) members.set(r, (list = []));
    list.push(id);
  }
  const pairsOf = new Map<number, DuplicatePair[]>();
  for (const p of pairs) {
    const r = find(pos.get(p.earlierId) as number);
    let list = pairsOf.get(r);
    if (list === undefined) pairsOf.set(r, (list = []));
    list.push(p);
  }
  const pairOrder = (x: DuplicatePair, y: DuplicatePair): number =>
    (pos.get(x.earlierId) as number) - (pos.get(y.earlierId) as number) || (pos.get(x.laterId) as number) - (pos.get(y.laterId) as number) || byCodeUnit(x.basis, y.basis);
  const groups: DuplicateGroup[] = [...members.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const ids = members.get(r) as Id[];
      return { parentId: ids[0] as Id, childIds: ids.slice(1), pairs: (pairsOf.get(r) as DuplicatePair[]).sort(pairOrder) };
    });
  truncated.sort((a, b) => byCodeUnit(a.basis, b.basis) || byCodeUnit(a.categoryId ?? '', b.categoryId ?? '') || byCodeUnit(a.key, b.key));
  return ok({ groups, truncated, pairsLookedAt: lookedAt });
}

/**
 * What {@link mergedView} reads of a merged order (a child): an `Issue` has all of it.
 *
 * @category Issue
 */
export interface MergeChild {
  readonly id: Id;
  readonly enterpriseId: Id;
  readonly channel: string;
  /** The parent order it was merged into (并单), or null. */
  readonly mergedInto: Id | null;
}

/**
 * What {@link mergedView} reads of the parent order: an `Issue` has all of it.
 *
 * @category Issue
 */
export interface MergeParent {
  readonly id: Id;
  readonly state: string;
  readonly answer: unknown;
  readonly feedback: string | null;
  /** The evaluation scale's level, where the issue records one. */
  readonly rating?: string | null;
}

/**
 * A merged order as its own enterprise sees it: its own fields (id, enterprise, channel, title, …)
 * with the parent's state, answer, feedback and rating.
 *
 * @category Issue
 */
export type MergedView<C extends MergeChild, P extends MergeParent> = Omit<C, 'state' | 'answer' | 'feedback' | 'rating' | 'mergedInto'> & {
  readonly mergedInto: Id;
  readonly state: P['state'];
  readonly answer: P['answer'];
  readonly feedback: P['feedback'];
  readonly rating: string | null;
};

function mismatch(en: string, zh: string, path: readonly (string | number)[], value: unknown): Result<never> {
  return err(domainError('MERGE_PARENT_MISMATCH', { en, zh, path, value }));
}

/**
 * What a merged order (并单的子单) shows its enterprise (国办函〔2025〕66号: 重复诉求合并办理): the
 * parent's state, answer, feedback and rating, so that the child follows the parent's handling,
 * with the child's own id, enterprise, channel and other fields kept. The state is the parent's as
 * it is (the child is `'answered'` when the parent is). Refused with `MERGE_PARENT_MISMATCH` when
 * the child's `mergedInto` is not the parent's id, or when the parent can carry no child: it was
 * withdrawn or is itself merged (pass the order it was merged into).
 *
 * @param child - The merged order.
 * @param parent - The order it was merged into.
 * @returns The child's view, or `MERGE_PARENT_MISMATCH` / `INVALID_ARGUMENT`.
 * @example
 * ```ts
 * const child = { id: 'i7', enterpriseId: 'e2', channel: 'hotline', state: 'merged', mergedInto: 'i1', answer: null, feedback: null };
 * const parent = { id: 'i1', state: 'answered', answer: { outcome: 'solved' }, feedback: null, rating: null };
 * mergedView(child, parent); // { ok: true, value: { id: 'i7', enterpriseId: 'e2', channel: 'hotline', mergedInto: 'i1', state: 'answered', answer: { outcome: 'solved' }, feedback: null, rating: null } }
 * mergedView(child, { ...parent, id: 'i2' }).ok; // false
 * ```
 * @category Issue
 */
export function mergedView<C extends MergeChild, P extends MergeParent>(child: C, parent: P): Result<MergedView<C, P>> {
  for (const [name, v] of [['child', child], ['parent', parent]] as const) {
    if (v === null || typeof v !== 'object' || typeof v.id !== 'string') {
      return err(domainError('INVALID_ARGUMENT', { en: `${name} must be an issue with a string id.`, zh: `${name} 应为带字符串编号的诉求。`, path: [name], value: v }));
    }
  }
  if (child.mergedInto !== parent.id || child.id === parent.id) {
    return mismatch(
      `Issue ${JSON.stringify(child.id)} is not merged into ${JSON.stringify(parent.id)} (its mergedInto is ${JSON.stringify(child.mergedInto ?? null)}).`,
      `诉求 ${JSON.stringify(child.id)} 未并入 ${JSON.stringify(parent.id)}（其 mergedInto 为 ${JSON.stringify(child.mergedInto ?? null)}）。`,
      ['child', 'mergedInto'],
      child.mergedInto,
    );
  }
  if (parent.state === 'withdrawn' || parent.state === 'merged') {
    return mismatch(
      `The parent ${JSON.stringify(parent.id)} is ${parent.state === 'merged' ? 'itself merged: pass the order it was merged into' : 'withdrawn: merge the child into another order, or handle it on its own'}.`,
      `主单 ${JSON.stringify(parent.id)} ${parent.state === 'merged' ? '本身已并单：应传入其所并入的诉求' : '已撤回：应将子单并入其他诉求或单独办理'}。`,
      ['parent', 'state'],
      parent.state,
    );
  }
  const { state: _s, answer: _a, feedback: _f, rating: _r, mergedInto: _m, ...own } = child as C & { state?: unknown; answer?: unknown; feedback?: unknown; rating?: unknown };
  const view = { ...own, mergedInto: parent.id, state: parent.state, answer: parent.answer, feedback: parent.feedback, rating: parent.rating ?? null };
  return ok(view as unknown as MergedView<C, P>);
}

/**
 * The merged orders (并单的子单) of each parent, by parent id, each list by id: to show a parent's
 * children, or to count each complaint once. Orders whose `mergedInto` is null are left out.
 *
 * @param issues - The orders (an `Issue` has every field read).
 * @returns The child ids by parent id, or `INVALID_ARGUMENT` naming the first bad order.
 * @example
 * ```ts
 * mergedChildren([{ id: 'i1', mergedInto: null }, { id: 'i7', mergedInto: 'i1' }, { id: 'i3', mergedInto: 'i1' }]);
 * // { ok: true, value: { i1: ['i3', 'i7'] } }
 * ```
 * @category Issue
 */
export function mergedChildren(issues: readonly Pick<MergeChild, 'id' | 'mergedInto'>[]): Result<Readonly<Record<Id, readonly Id[]>>> {
  if (!Array.isArray(issues)) {
    return err(domainError('INVALID_ARGUMENT', { en: 'issues must be an array of issues.', zh: 'issues 应为诉求数组。', path: ['issues'], value: issues }));
  }
  const byParent = new Map<Id, Id[]>();
  for (let i = 0; i < issues.length; i++) {
    const c: unknown = issues[i];
    const o = c !== null && typeof c === 'object' ? (c as Record<string, unknown>) : null;
    const parent = o?.['mergedInto'];
    if (o === null || typeof o['id'] !== 'string' || (parent !== null && parent !== undefined && typeof parent !== 'string')) {
      return err(domainError('INVALID_ARGUMENT', { en: `issues[${i}] must be an issue with a string id and mergedInto an id or null.`, zh: `issues[${i}] 应为诉求对象（id 为字符串，mergedInto 为编号或 null）。`, path: ['issues', i], value: c }));
    }
    if (typeof parent !== 'string') continue;
    let list = byParent.get(parent);
    if (list === undefined) byParent.set(parent, (list = []));
    list.push(o['id']);
  }
  return ok(Object.fromEntries([...byParent].sort(([a], [b]) => byCodeUnit(a, b)).map(([p, ids]) => [p, ids.sort(byCodeUnit)])));
}
