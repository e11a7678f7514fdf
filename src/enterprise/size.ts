import * as z from 'zod';
import { domainError, type DomainError } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { BilingualTextSchema, IdSchema, type BilingualText, type Id } from '../core/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { ObjectMemo } from '../internal/memo.js';
import { argumentError, safeParseWith } from '../internal/parse.js';
import { EnterpriseScale, SizeIndicator } from './schema.js';

/**
 * The sections (门类) of GB/T 4754-2017 《国民经济行业分类》 and their divisions (大类): A 农、林、牧、
 * 渔业 01–05, B 采矿业 06–12, C 制造业 13–43, … T 国际组织 97.
 */
const SECTIONS: readonly (readonly [string, number, number])[] = [
  ['A', 1, 5], ['B', 6, 12], ['C', 13, 43], ['D', 44, 46], ['E', 47, 50], ['F', 51, 52], ['G', 53, 60],
  ['H', 61, 62], ['I', 63, 65], ['J', 66, 69], ['K', 70, 70], ['L', 71, 72], ['M', 73, 75], ['N', 76, 79],
  ['O', 80, 82], ['P', 83, 83], ['Q', 84, 85], ['R', 86, 90], ['S', 91, 96], ['T', 97, 97],
];

/** The section letter of each division 01–97 (index = division), '' where none. */
const SECTION_OF: readonly string[] = /* @__PURE__ */ (() => {
  const of: string[] = Array.from({ length: 100 }, () => '');
  for (const [letter, from, to] of SECTIONS) for (let d = from; d <= to; d++) of[d] = letter;
  return of;
})();

/** A regular expression of GB/T 4754-2017 codes: a section letter alone, or with its division and 0–2 more digits; the letter optional before the digits when `letterOptional`. */
function codePattern(letterOptional: boolean): RegExp {
  const two = (d: number): string => String(d).padStart(2, '0');
  const bySection = SECTIONS.map(([letter, from, to]) => {
    const divisions = Array.from({ length: to - from + 1 }, (_, k) => two(from + k)).join('|');
    return `${letter}${letterOptional ? '?' : ''}(?:${divisions})`;
  });
  return new RegExp(`^(?:[A-T]|(?:${bySection.join('|')})\\d{0,2})$`);
}

/** An industry code as the rules write it: section letter, then optionally the division and the group or class (`'C'`, `'G54'`, `'G591'`, `'K7010'`). */
const RULE_CODE = /* @__PURE__ */ codePattern(false);
/** An industry code as an enterprise's facts may give it: as {@link RULE_CODE}, or its digits without the letter (`'3411'`). */
const FACT_CODE = /* @__PURE__ */ codePattern(true);

/** A value as a message shows it: a string quoted and cut at 40 characters, a number as written, anything else by its type. */
function shown(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === null || v === undefined) return String(v);
  return `a value of type ${typeof v}`;
}

/** Why `code` is not a GB/T 4754-2017 code (its section letter optional when `letterOptional`), in both languages, naming a letter that does not match the division; null when it is one. */
function codeProblem(code: string, letterOptional: boolean): BilingualText | null {
  if ((letterOptional ? FACT_CODE : RULE_CODE).test(code)) return null;
  const shape = letterOptional
    ? { en: 'a section letter A–T and/or its two-digit division with 0–2 more digits, e.g. "C3411", "3411", "F51", "C"', zh: '门类字母 A–T 和/或两位大类代码再加 0–2 位数字，如 "C3411"、"3411"、"F51"、"C"' }
    : { en: 'a section letter A–T, then optionally its two-digit division and 0–2 more digits, e.g. "C", "F51", "G591"', zh: '门类字母 A–T，其后可接两位大类代码和 0–2 位数字，如 "C"、"F51"、"G591"' };
  const m = /^([A-T])(\d{2})\d{0,2}$/.exec(code);
  const section = m === null ? '' : SECTION_OF[Number(m[2])] ?? '';
  const why = m !== null && section !== '' && section !== m[1]
    ? { en: `: division ${m[2] as string} belongs to section ${section}, not ${m[1] as string}`, zh: `：大类 ${m[2] as string} 属于门类 ${section}，不属于 ${m[1] as string}` }
    : m !== null && section === ''
      ? { en: `: there is no division ${m[2] as string}`, zh: `：不存在大类 ${m[2] as string}` }
      : { en: '', zh: '' };
  return {
    en: `A GB/T 4754-2017 industry code is ${shape.en}; received ${shown(code)}${why.en}.`,
    zh: `GB/T 4754-2017 行业代码应为${shape.zh}；实际为 ${shown(code)}${why.zh}。`,
  };
}

/** A string that is a GB/T 4754-2017 code (see {@link codeProblem}), with the pattern in its JSON Schema. */
const industryCode = (letterOptional: boolean, description: string) => z
  .string()
  .check((ctx) => {
    const problem = codeProblem(ctx.value, letterOptional);
    if (problem !== null) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem.en, params: { messageZh: problem.zh } });
  })
  .meta({ description, pattern: (letterOptional ? FACT_CODE : RULE_CODE).source });

const ORDERED_MESSAGE = 'The thresholds must fall from large to small: large > medium > small';

/** The lower bounds of large, medium and small on one indicator, falling strictly (micro is below `small`). */
const thresholds = (value: z.ZodNumber) => z
  .strictObject({
    /** The least value of a large enterprise (大型: X ≥ large). */
    large: value,
    /** The least value of a medium enterprise (中型: medium ≤ X < large). */
    medium: value,
    /** The least value of a small enterprise (小型: small ≤ X < medium); below it, micro (微型). */
    small: value,
  })
  .superRefine((t, ctx) => {
    if (t.large > t.medium && t.medium > t.small) return;
    ctx.addIssue({
      code: 'custom',
      message: `${ORDERED_MESSAGE} (received ${t.large}, ${t.medium}, ${t.small}).`,
      path: [],
      input: t,
      params: { messageZh: `各档下限须从大型到小型严格递减：大型 > 中型 > 小型（实际为 ${t.large}、${t.medium}、${t.small}）。` },
    });
  });

/**
 * One row of the size rules (one industry, 行业): the GB/T 4754-2017 codes it takes and its
 * thresholds on the indicators it lists.
 *
 * @example
 * ```ts
 * EnterpriseSizeRowSchema.safeParse(nbs2017SizeRules.rows[1]).success; // true
 * EnterpriseSizeRowSchema.safeParse({ ...nbs2017SizeRules.rows[1], thresholds: {} }).success; // false: no indicator
 * ```
 * @category Enterprise
 */
export const EnterpriseSizeRowSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The row's id, unique in its rules (e.g. `'industry'`). */
  id: IdSchema,
  /** The industry's name in both languages (e.g. 工业 / Industry). */
  name: BilingualTextSchema,
  /**
   * The GB/T 4754-2017 codes the row takes, each a prefix: a section letter (`'C'`), or the
   * letter with a division, group or class (`'F51'`, `'G591'`, `'K7010'`). An enterprise's code
   * goes to the row of the longest prefix it starts with.
   */
  industries: z.array(industryCode(false, 'A GB/T 4754-2017 code or prefix, e.g. "C", "F51", "G591"')).min(1).max(200),
  /** The thresholds on each indicator the row lists (at least one). */
  thresholds: z
    .strictObject({
      /** Employees (从业人员), persons. */
      employees: thresholds(z.int().min(1).max(100_000_000)).optional(),
      /** Operating revenue (营业收入), 万元 (10,000 yuan). */
      operatingRevenue: thresholds(z.number().positive().max(1e12)).optional(),
      /** Total assets (资产总额), 万元 (10,000 yuan). */
      totalAssets: thresholds(z.number().positive().max(1e12)).optional(),
    })
    .refine((t) => t.employees !== undefined || t.operatingRevenue !== undefined || t.totalAssets !== undefined, {
      message: 'A row lists at least one indicator (employees, operatingRevenue or totalAssets).',
      params: { messageZh: '每个行业至少须列出一项指标（从业人员、营业收入或资产总额）。' },
    }),
}))();

/**
 * One row of the size rules; see {@link EnterpriseSizeRowSchema}.
 *
 * @category Enterprise
 */
export type EnterpriseSizeRow = DeepReadonly<z.infer<typeof EnterpriseSizeRowSchema>>;

/**
 * Rules of enterprise size as data: rows of industries with thresholds, combined as the National
 * Bureau of Statistics combines them (see {@link classifyEnterpriseSize}). Row ids are unique
 * (`DUPLICATE_ID`), and no code is listed twice, in one row or in two (which row would take it?);
 * a code may lie under another of another row (`'G'` and `'G591'`): the longer one takes its
 * codes. At most 200 rows of 200 codes (qinqing's bounds). The default is {@link nbs2017SizeRules};
 * a province passes its own.
 *
 * @example
 * ```ts
 * EnterpriseSizeRulesSchema.safeParse(nbs2017SizeRules).success; // true
 * const twice = { ...nbs2017SizeRules, rows: [...nbs2017SizeRules.rows, { ...nbs2017SizeRules.rows[1], id: 'again' }] };
 * EnterpriseSizeRulesSchema.safeParse(twice).success; // false: B, C and D are in two rows
 * ```
 * @category Enterprise
 */
export const EnterpriseSizeRulesSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The rules' id. */
    id: IdSchema,
    /** Their name in both languages. */
    name: BilingualTextSchema,
    /** Where the figures come from. */
    source: z.string().min(1).max(2000),
    /** The rows, one per industry (行业). */
    rows: z.array(EnterpriseSizeRowSchema).min(1).max(200),
  })
  .superRefine((rules, ctx) => {
    const rowOf = new Map<string, number>();
    const codeAt = new Map<string, [number, number]>();
    rules.rows.forEach((row, i) => {
      const first = rowOf.get(row.id);
      if (first === undefined) rowOf.set(row.id, i);
      else {
        ctx.addIssue({
          code: 'custom',
          message: `The row id "${row.id}" appears twice (rows ${first} and ${i}).`,
          path: ['rows', i, 'id'],
          input: row.id,
          params: { code: 'DUPLICATE_ID', messageZh: `行业编号“${row.id}”重复出现（第 ${first} 行与第 ${i} 行）。` },
        });
      }
      row.industries.forEach((code, j) => {
        const seen = codeAt.get(code);
        if (seen === undefined) {
          codeAt.set(code, [i, j]);
          return;
        }
        ctx.addIssue({
          code: 'custom',
          message: `The industry code "${code}" is listed twice (rows ${seen[0]} and ${i}): no row would take it before the other.`,
          path: ['rows', i, 'industries', j],
          input: code,
          params: { messageZh: `行业代码“${code}”重复列出（第 ${seen[0]} 行与第 ${i} 行），无法确定适用哪一行。` },
        });
      });
    });
  }))();

/**
 * Rules of enterprise size; see {@link EnterpriseSizeRulesSchema}.
 *
 * @category Enterprise
 */
export type EnterpriseSizeRules = DeepReadonly<z.infer<typeof EnterpriseSizeRulesSchema>>;

const NBS_2017_SOURCE =
  '国家统计局《统计上大中小微型企业划分办法（2017）》（国统字〔2017〕213号）附表“统计上大中小微型企业划分标准”及其说明：' +
  '大型、中型和小型企业须同时满足所列指标的下限，否则下划一档；微型企业只须满足所列指标中的一项即可。' +
  '行业范围以《国民经济行业分类》（GB/T 4754-2017）为准；工业包括采矿业，制造业，电力、热力、燃气及水生产和供应业；' +
  '交通运输业包括道路运输业，水上运输业，航空运输业，管道运输业，多式联运和运输代理业、装卸搬运，不包括铁路运输业；' +
  '仓储业包括通用仓储，低温仓储，危险品仓储，谷物、棉花等农产品仓储，中药材仓储和其他仓储业；' +
  '信息传输业包括电信、广播电视和卫星传输服务，互联网和相关服务；' +
  '其他未列明行业包括科学研究和技术服务业，水利、环境和公共设施管理业，居民服务、修理和其他服务业，社会工作，文化、体育和娱乐业，' +
  '以及房地产中介服务，其他房地产业等，不包括自有房地产经营活动。' +
  '表中数值与组合规则据公开转载及国家统计局网站答问（stats.gov.cn/hd/lyzx/zxgk/202405/t20240524_1953570.html）核对；' +
  '行业代码的对应（如装卸搬运 591 归交通运输业、592–599 归仓储业）为 qinqing 依 GB/T 4754-2017 所作。';

const row = (
  id: string,
  zh: string,
  en: string,
  industries: readonly string[],
  t: { readonly X?: readonly [number, number, number]; readonly Y?: readonly [number, number, number]; readonly Z?: readonly [number, number, number] },
) => ({
  id,
  name: { zh, en },
  industries: [...industries],
  thresholds: {
    ...(t.X === undefined ? {} : { employees: { large: t.X[0], medium: t.X[1], small: t.X[2] } }),
    ...(t.Y === undefined ? {} : { operatingRevenue: { large: t.Y[0], medium: t.Y[1], small: t.Y[2] } }),
    ...(t.Z === undefined ? {} : { totalAssets: { large: t.Z[0], medium: t.Z[1], small: t.Z[2] } }),
  },
});

/**
 * The National Bureau of Statistics' rules (统计上大中小微型企业划分办法（2017）, 国统字〔2017〕213号):
 * its table of 16 industries with the lower bounds of large, medium and small on employees (X,
 * persons), operating revenue (Y, 万元) and total assets (Z, 万元) — e.g. 工业 large X ≥ 1000 and
 * Y ≥ 40000, medium X ≥ 300 and Y ≥ 2000, small X ≥ 20 and Y ≥ 300, micro X < 20 or Y < 300.
 * The figures and the rule of combination are the source's; the codes of each row are read from
 * the 办法's notes against GB/T 4754-2017: 工业 B, C, D; 交通运输业 G54–G58 and 装卸搬运 G591
 * (railways G53 are not covered); 仓储业 G592–G599; 信息传输业 I63, I64; 房地产开发经营 K701;
 * 物业管理 K702; 其他未列明行业 M, N, O, 社会工作 Q85, R and 房地产中介服务 K703, 其他房地产业 K709.
 * Finance (J), education (P), health (Q84), public administration (S), international
 * organisations (T), railways (G53) and property leasing (K704, 自有房地产经营活动 in the note) are
 * not covered. The source's table was read from public transcriptions that agree with each other
 * and with the NBS's own answer on its website; the NBS page of the 办法 itself could not be
 * consulted. The 办法 classes legal-person enterprises and units, and individual businesses
 * (个体工商户) by reference (第二条), once a year from the annual statistical report. Frozen.
 *
 * @example
 * ```ts
 * nbs2017SizeRules.rows.length; // 16
 * nbs2017SizeRules.rows[1]?.thresholds; // { employees: { large: 1000, medium: 300, small: 20 }, operatingRevenue: { large: 40000, medium: 2000, small: 300 } }
 * ```
 * @category Enterprise
 */
export const nbs2017SizeRules: EnterpriseSizeRules = /* @__PURE__ */ (() => deepFreeze(EnterpriseSizeRulesSchema.parse({
  id: 'nbs-2017',
  name: { zh: '统计上大中小微型企业划分办法（2017）', en: 'NBS statistical classification of enterprise size (2017)' },
  source: NBS_2017_SOURCE,
  rows: [
    row('agriculture', '农、林、牧、渔业', 'Agriculture, forestry, animal husbandry and fishery', ['A'], { Y: [20000, 500, 50] }),
    row('industry', '工业', 'Industry (mining, manufacturing, utilities)', ['B', 'C', 'D'], { X: [1000, 300, 20], Y: [40000, 2000, 300] }),
    row('construction', '建筑业', 'Construction', ['E'], { Y: [80000, 6000, 300], Z: [80000, 5000, 300] }),
    row('wholesale', '批发业', 'Wholesale', ['F51'], { X: [200, 20, 5], Y: [40000, 5000, 1000] }),
    row('retail', '零售业', 'Retail', ['F52'], { X: [300, 50, 10], Y: [20000, 500, 100] }),
    row('transport', '交通运输业', 'Transport (except railways)', ['G54', 'G55', 'G56', 'G57', 'G58', 'G591'], { X: [1000, 300, 20], Y: [30000, 3000, 200] }),
    row('warehousing', '仓储业', 'Warehousing', ['G592', 'G593', 'G594', 'G595', 'G596', 'G599'], { X: [200, 100, 20], Y: [30000, 1000, 100] }),
    row('postal', '邮政业', 'Postal services', ['G60'], { X: [1000, 300, 20], Y: [30000, 2000, 100] }),
    row('accommodation', '住宿业', 'Accommodation', ['H61'], { X: [300, 100, 10], Y: [10000, 2000, 100] }),
    row('catering', '餐饮业', 'Catering', ['H62'], { X: [300, 100, 10], Y: [10000, 2000, 100] }),
    row('informationTransmission', '信息传输业', 'Information transmission', ['I63', 'I64'], { X: [2000, 100, 10], Y: [100000, 1000, 100] }),
    row('softwareAndIt', '软件和信息技术服务业', 'Software and information technology services', ['I65'], { X: [300, 100, 10], Y: [10000, 1000, 50] }),
    row('realEstateDevelopment', '房地产开发经营', 'Real estate development', ['K701'], { Y: [200000, 1000, 100], Z: [10000, 5000, 2000] }),
    row('propertyManagement', '物业管理', 'Property management', ['K702'], { X: [1000, 300, 100], Y: [5000, 1000, 500] }),
    row('leasingAndBusinessServices', '租赁和商务服务业', 'Leasing and business services', ['L'], { X: [300, 100, 10], Z: [120000, 8000, 100] }),
    row('otherUnlisted', '其他未列明行业', 'Other industries not listed', ['M', 'N', 'O', 'Q85', 'R', 'K703', 'K709'], { X: [300, 100, 10] }),
  ],
})))();

/**
 * Checks size rules — a province's own, say, read from its configuration — and returns them parsed
 * and deeply frozen, ready for {@link classifyEnterpriseSize}, which then finds them compiled in
 * O(1) (a mutable object is compared with what it held on every call).
 *
 * @param input - The rules, e.g. parsed JSON.
 * @returns The rules, frozen; or the errors of {@link EnterpriseSizeRulesSchema} at their paths
 *   (`DUPLICATE_ID` for a row id used twice, `INVALID_INPUT` for a malformed code, a code listed
 *   twice, thresholds that do not fall from large to small, or a row without indicators).
 * @example
 * ```ts
 * const mine = validateEnterpriseSizeRules({ ...nbs2017SizeRules, id: 'province-2026' });
 * mine.ok && Object.isFrozen(mine.value.rows[0]); // true
 * const bad = validateEnterpriseSizeRules({ ...nbs2017SizeRules, rows: [{ ...nbs2017SizeRules.rows[0], thresholds: { operatingRevenue: { large: 500, medium: 20000, small: 50 } } }] });
 * bad.ok || bad.error.path; // ['rows', 0, 'thresholds', 'operatingRevenue']
 * ```
 * @category Enterprise
 */
export function validateEnterpriseSizeRules(input: unknown): Result<EnterpriseSizeRules> {
  const parsed = safeParseWith(EnterpriseSizeRulesSchema, input);
  return parsed.ok ? ok(deepFreeze(parsed.value)) : parsed;
}

/**
 * What {@link classifyEnterpriseSize} looks at: the enterprise's GB/T 4754-2017 industry code and
 * the indicators of its annual statistical report (the 办法's notes: employees at the end of the
 * period, or the year's average; operating revenue — 主营业务收入 where the statistics keep it;
 * total assets — 资产总计). An indicator that is null or absent is unknown. Other keys are
 * ignored, so an {@link Enterprise} with the figures added can be passed as it is.
 *
 * @example
 * ```ts
 * EnterpriseSizeFactsSchema.safeParse({ industry: 'C3411', employees: 250, operatingRevenue: 1800.5 }).success; // true
 * EnterpriseSizeFactsSchema.safeParse({ industry: 'C5123' }).success; // false: division 51 is in section F
 * ```
 * @category Enterprise
 */
export const EnterpriseSizeFactsSchema = /* @__PURE__ */ (() => z.object({
  /** The GB/T 4754-2017 code: `'C3411'`, `'C34'`, `'C'`, or the digits without the letter (`'3411'`). */
  industry: industryCode(true, 'A GB/T 4754-2017 industry code, e.g. "C3411" or "3411"'),
  /** Employees (从业人员), persons: a whole number ≥ 0. */
  employees: z.int().min(0).nullable().optional(),
  /** Operating revenue (营业收入) in 万元 (10,000 yuan), ≥ 0. */
  operatingRevenue: z.number().min(0).nullable().optional(),
  /** Total assets (资产总额) in 万元 (10,000 yuan), ≥ 0. */
  totalAssets: z.number().min(0).nullable().optional(),
}))();

/**
 * What {@link classifyEnterpriseSize} looks at; see {@link EnterpriseSizeFactsSchema}.
 *
 * @category Enterprise
 */
export interface EnterpriseSizeFacts {
  /** The GB/T 4754-2017 code: `'C3411'`, `'C34'`, `'C'`, or the digits without the letter (`'3411'`). */
  readonly industry: string;
  /** Employees (从业人员), persons; null or absent when unknown. */
  readonly employees?: number | null | undefined;
  /** Operating revenue (营业收入) in 万元 (10,000 yuan); null or absent when unknown. */
  readonly operatingRevenue?: number | null | undefined;
  /** Total assets (资产总额) in 万元 (10,000 yuan); null or absent when unknown. */
  readonly totalAssets?: number | null | undefined;
}

/**
 * One indicator of a row, read against its thresholds: the value and the class it reaches alone.
 *
 * @category Enterprise
 */
export interface SizeIndicatorReading {
  /** The indicator. */
  readonly indicator: SizeIndicator;
  /** Its value (persons, or 万元). */
  readonly value: number;
  /** The largest class whose lower bound the value reaches. */
  readonly scale: EnterpriseScale;
  /** That class's lower bound (the value is ≥ it); null for micro. */
  readonly atLeast: number | null;
  /** The next larger class's lower bound (the value is < it); null for large. */
  readonly below: number | null;
}

/**
 * An enterprise's size by the rules, and why.
 *
 * @category Enterprise
 */
export interface EnterpriseSizeClassification {
  /** The size; null when unknown indicators leave more than one class open (see `possible`). */
  readonly scale: EnterpriseScale | null;
  /** The classes the facts leave open, largest first: `[scale]` when decided. */
  readonly possible: readonly EnterpriseScale[];
  /** The row (行业) that applies: its id. */
  readonly group: Id;
  /** The row's name. */
  readonly groupName: BilingualText;
  /** The industry code as read, with its section letter (`'3411'` → `'C3411'`). */
  readonly industry: string;
  /** The code of the row that took it (the longest that the industry code starts with). */
  readonly matchedCode: string;
  /** Every indicator of the row that the facts give, in the order of {@link SizeIndicator}. */
  readonly readings: readonly SizeIndicatorReading[];
  /**
   * The readings that decided: those whose own class is the answer (for micro, each one below
   * the small threshold suffices); with unknown indicators, those that bound the classes open.
   */
  readonly decidedBy: readonly SizeIndicatorReading[];
  /** The indicators of the row that the facts leave unknown (whether or not they matter). */
  readonly missing: readonly SizeIndicator[];
  /**
   * The answer in words: the class each indicator reaches with its thresholds, the rule of
   * combination and what decided. It names the thresholds, not the figures (those are in
   * `readings`), so it is one text, written once, for every enterprise of the row in the same
   * position.
   */
  readonly explanation: BilingualText;
  /** The rules' id. */
  readonly rules: Id;
}

/** The classes in order, largest first. */
const SCALES: readonly EnterpriseScale[] = ['large', 'medium', 'small', 'micro'];
const INDICATORS: readonly SizeIndicator[] = ['employees', 'operatingRevenue', 'totalAssets'];
const LETTER: Readonly<Record<SizeIndicator, string>> = { employees: 'X', operatingRevenue: 'Y', totalAssets: 'Z' };

/** One indicator of a row ready to classify, with the pieces of its explanation written once. */
interface CompiledIndicator {
  readonly indicator: SizeIndicator;
  /** Its place in {@link INDICATORS}, which orders the values read from the facts. */
  readonly slot: number;
  /** The lower bounds of large, medium and small. */
  readonly bounds: readonly [number, number, number];
  /** Per class (large … micro): the class's lower bound, null for micro. */
  readonly atLeast: readonly (number | null)[];
  /** Per class: the next larger class's lower bound, null for large. */
  readonly below: readonly (number | null)[];
  /** `从业人员（X）` / `employees (X)`. */
  readonly label: BilingualText;
  /** Per class: `达中型（300 ≤ X < 1000）` / `reaches medium (300 ≤ X < 1000)`. */
  readonly reach: readonly BilingualText[];
  /** Per class: `从业人员（300 ≤ X < 1000）` / `employees (300 ≤ X < 1000)`. */
  readonly by: readonly BilingualText[];
}

/** A row ready to classify. */
interface CompiledRow {
  readonly id: Id;
  readonly name: BilingualText;
  readonly indicators: readonly CompiledIndicator[];
  /**
   * What follows from each position of the indicators (each at a class, or unknown), written when
   * first met: index Σ position(k) · 5^k over the row's indicators k, position 0–3 a class
   * (large … micro) and 4 unknown. At most 5³ = 125 per row.
   */
  readonly positions: (Position | undefined)[];
}

/** What follows from one position of a row's indicators: shared, frozen, by every enterprise in it. */
interface Position {
  readonly scale: EnterpriseScale | null;
  readonly possible: readonly EnterpriseScale[];
  readonly missing: readonly SizeIndicator[];
  /** The class whose readings decided (those at it are `decidedBy`), or -1 for none. */
  readonly deciding: number;
  readonly explanation: BilingualText;
}

/** Where a code goes: its row and the listed code that took it, with the code as read (section letter added). */
interface Found {
  readonly industry: string;
  readonly row: number;
  readonly code: string;
}

/** Rules ready to classify. */
interface CompiledRules {
  readonly id: Id;
  readonly name: BilingualText;
  readonly rows: readonly CompiledRow[];
  /** Each listed code → its row. */
  readonly byCode: ReadonlyMap<string, number>;
  /** Each code that has listed codes strictly under it → the rows of those codes. */
  readonly under: ReadonlyMap<string, readonly number[]>;
  /** Each well-formed code already looked up, as given → where it goes or why it goes nowhere (at most {@link LOOKUPS_KEPT}). */
  readonly lookups: Map<string, Found | DomainError>;
}

/** The most codes whose lookup a compiled rule set keeps: GB/T 4754-2017 has about 1,400 classes and 600 coarser codes, each in two forms. */
const LOOKUPS_KEPT = 8192;

/** Each rules object compiled, or its problem (path from the rules), while it is unchanged. */
const compiled = /* @__PURE__ */ (() => new ObjectMemo<CompiledRules | DomainError>())();

/** The proper prefixes of a code that are codes: `'G591'` → `['G', 'G59']`. */
function above(code: string): string[] {
  const out = code.length > 1 ? [code.slice(0, 1)] : [];
  for (let n = 3; n < code.length; n++) out.push(code.slice(0, n));
  return out;
}

/** `300 ≤ X < 1000`, `X ≥ 1000`, `X < 20`. */
function rangeText(x: string, atLeast: number | null, below: number | null): string {
  if (atLeast === null) return `${x} < ${String(below)}`;
  if (below === null) return `${x} ≥ ${atLeast}`;
  return `${atLeast} ≤ ${x} < ${below}`;
}

function compileIndicator(indicator: SizeIndicator, t: { readonly large: number; readonly medium: number; readonly small: number }): CompiledIndicator {
  const bounds = [t.large, t.medium, t.small] as const;
  const atLeast = [t.large, t.medium, t.small, null];
  const below = [null, t.large, t.medium, t.small];
  const x = LETTER[indicator];
  const name = SizeIndicator.labels[indicator];
  const ranges = SCALES.map((_, k) => rangeText(x, atLeast[k] ?? null, below[k] ?? null));
  return deepFreeze({
    indicator,
    slot: INDICATORS.indexOf(indicator),
    bounds,
    atLeast,
    below,
    label: { zh: `${name.zh}（${x}）`, en: `${name.en.toLowerCase()} (${x})` },
    reach: SCALES.map((s, k) => ({ zh: `达${EnterpriseScale.labels[s].zh}（${ranges[k] as string}）`, en: `reaches ${EnterpriseScale.labels[s].en.toLowerCase()} (${ranges[k] as string})` })),
    by: ranges.map((r) => ({ zh: `${name.zh}（${r}）`, en: `${name.en.toLowerCase()} (${r})` })),
  });
}

function compile(rules: EnterpriseSizeRules): CompiledRules {
  const rows = rules.rows.map((r): CompiledRow => ({
    id: r.id,
    name: Object.freeze({ zh: r.name.zh, en: r.name.en }),
    indicators: INDICATORS.flatMap((k) => {
      const t = r.thresholds[k];
      return t === undefined ? [] : [compileIndicator(k, t)];
    }),
    positions: [],
  }));
  const byCode = new Map<string, number>();
  const under = new Map<string, number[]>();
  rules.rows.forEach((r, i) => {
    for (const code of r.industries) {
      byCode.set(code, i);
      for (const a of above(code)) {
        const list = under.get(a) ?? [];
        if (!list.includes(i)) list.push(i);
        under.set(a, list);
      }
    }
  });
  return { id: rules.id, name: Object.freeze({ zh: rules.name.zh, en: rules.name.en }), rows, byCode, under, lookups: new Map() };
}

/** The last deeply frozen rule set compiled, with its rules: classifying one enterprise after another by the same rules skips even the lookup. */
let last: { readonly rules: EnterpriseSizeRules; readonly compiled: CompiledRules } | undefined;

function compiledRules(rules: EnterpriseSizeRules): CompiledRules | DomainError {
  if (last !== undefined && last.rules === rules) return last.compiled;
  const known = compiled.get(rules);
  if (known !== undefined) {
    if ('byCode' in known && compiled.frozen(rules)) last = { rules, compiled: known };
    return known;
  }
  const parsed = safeParseWith(EnterpriseSizeRulesSchema, rules);
  const value = parsed.ok ? compile(parsed.value) : parsed.error;
  compiled.set(rules, value);
  return value;
}

/** Where an industry code goes by the rules, or why nowhere; kept per code for the next enterprise of the same industry. */
function lookUp(c: CompiledRules, code: unknown): Found | DomainError {
  if (typeof code === 'string') {
    const kept = c.lookups.get(code);
    if (kept !== undefined) return kept;
  }
  const problem = typeof code === 'string' ? codeProblem(code, true) : { en: `A GB/T 4754-2017 industry code is a string; received ${shown(code)}.`, zh: `GB/T 4754-2017 行业代码应为字符串；实际为 ${shown(code)}。` };
  if (problem !== null || typeof code !== 'string') {
    return domainError('INVALID_ARGUMENT', { en: `facts.industry: ${problem?.en ?? ''}`, zh: `facts.industry：${problem?.zh ?? ''}`, path: ['facts', 'industry'], value: code });
  }
  const industry = code.charCodeAt(0) <= 57 ? `${SECTION_OF[Number(code.slice(0, 2))] as string}${code}` : code;
  const found = deepFreeze(findRow(c, industry));
  if (c.lookups.size < LOOKUPS_KEPT) c.lookups.set(code, found);
  return found;
}

/** The row that takes a code: the longest listed code it starts with, unless codes of other rows lie under it. */
function findRow(c: CompiledRules, industry: string): Found | DomainError {
  let hit = -1;
  let code = '';
  for (let n = industry.length; n >= 1; n--) {
    if (n === 2) continue;
    const candidate = industry.slice(0, n);
    const i = c.byCode.get(candidate);
    if (i !== undefined) {
      hit = i;
      code = candidate;
      break;
    }
  }
  const finer = (c.under.get(industry) ?? []).filter((i) => i !== hit);
  if (finer.length > 0) {
    const rows = [...(hit < 0 ? [] : [hit]), ...finer].map((i) => c.rows[i] as CompiledRow);
    return domainError('SIZE_INDUSTRY_TOO_COARSE', {
      en: `The industry code ${industry} is too coarse for the rules "${c.id}": it may belong to ${rows.map((r) => r.name.en).join(', ')}. Give the group or class (e.g. 4 digits).`,
      zh: `行业代码 ${industry} 过粗，按“${c.name.zh}”可能属于${rows.map((r) => r.name.zh).join('、')}，请提供中类或小类代码（如 4 位）。`,
      path: ['facts', 'industry'],
      value: industry,
    });
  }
  if (hit < 0) {
    return domainError('SIZE_INDUSTRY_NOT_COVERED', {
      en: `The rules "${c.id}" do not cover the industry ${industry}: no row lists it.`,
      zh: `“${c.name.zh}”不适用于行业 ${industry}：没有相应的行业类别。`,
      path: ['facts', 'industry'],
      value: industry,
    });
  }
  return { industry, row: hit, code };
}

/** `facts.<key>` is not a valid indicator: `INVALID_ARGUMENT`. */
function badIndicator(key: SizeIndicator, v: unknown): Result<never> {
  const [en, zh] = key === 'employees'
    ? [`must be a whole number of persons ≥ 0, or null when unknown; received ${shown(v)}.`, `应为不小于 0 的整数（人），未知时为 null；实际为 ${shown(v)}。`]
    : [`must be a finite number of 万元 (10,000 yuan) ≥ 0, or null when unknown; received ${shown(v)}.`, `应为不小于 0 的有限数值（万元），未知时为 null；实际为 ${shown(v)}。`];
  return err(domainError('INVALID_ARGUMENT', { en: `facts.${key} ${en}`, zh: `facts.${key} ${zh}`, path: ['facts', key], value: v }));
}

/** An indicator's value: null when unknown, undefined when invalid. */
function indicatorValue(v: unknown, whole: boolean): number | null | undefined {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !(v >= 0) || v === Infinity || (whole && !Number.isSafeInteger(v))) return undefined;
  return v;
}

/** What follows from one position of a row's indicators (see {@link CompiledRow.positions}), written once. */
function position(row: CompiledRow, key: number, rulesName: BilingualText): Position {
  const classes = row.indicators.map((_, k) => Math.floor(key / 5 ** k) % 5);
  const L = EnterpriseScale.labels;
  const missing: SizeIndicator[] = [];
  let worst = 0;
  let known = 0;
  const readZh: string[] = [];
  const readEn: string[] = [];
  row.indicators.forEach((ind, k) => {
    const cls = classes[k] as number;
    if (cls === 4) {
      missing.push(ind.indicator);
      return;
    }
    known++;
    worst = Math.max(worst, cls);
    readZh.push(`${ind.label.zh}${(ind.reach[cls] as BilingualText).zh}`);
    readEn.push(`${ind.label.en} ${(ind.reach[cls] as BilingualText).en}`);
  });
  const decided = missing.length === 0 || worst === 3;
  const scale = decided ? (SCALES[worst] as EnterpriseScale) : null;
  const possible = decided ? [scale as EnterpriseScale] : SCALES.slice(worst);
  const deciding = known === 0 || (!decided && worst === 0) ? -1 : worst;
  const by = row.indicators.filter((_, k) => classes[k] === deciding).map((ind) => ind.by[deciding] as BilingualText);
  const byZh = by.map((b) => b.zh).join('、');
  const byEn = by.map((b) => b.en).join(', ');
  const missZh = missing.map((k) => SizeIndicator.labels[k].zh).join('、');
  const missEn = missing.map((k) => SizeIndicator.labels[k].en.toLowerCase()).join(', ');
  const openZh = possible.map((p) => L[p].zh).join('、');
  const openEn = possible.map((p) => L[p].en.toLowerCase()).join(', ');
  const top = possible[0] as EnterpriseScale;
  const verdict: BilingualText =
    scale === 'micro'
      ? {
          zh: `微型企业只须满足所列指标中的一项：${byZh}，划为微型${missing.length > 0 ? `（${missZh}未提供，不影响结果）` : ''}`,
          en: `one indicator below the small threshold makes a micro enterprise: ${byEn}, so micro${missing.length > 0 ? ` (${missEn} not given, which does not matter)` : ''}`,
        }
      : scale !== null
        ? known > 1
          ? { zh: `大型、中型和小型企业须同时满足所列指标的下限，否则下划一档：划为${L[scale].zh}，由${byZh}决定`, en: `large, medium and small enterprises must reach every listed lower bound, else they go one class down: ${L[scale].en.toLowerCase()}, decided by ${byEn}` }
          : { zh: `划为${L[scale].zh}（${byZh}）`, en: `${L[scale].en.toLowerCase()} (${byEn})` }
        : deciding < 0
          ? { zh: `${missZh}未提供，尚不能确定（可能为${openZh}）`, en: `${missEn} not given: undetermined (could be ${openEn})` }
          : { zh: `${missZh}未提供，尚不能确定：${byZh}将其限于${L[top].zh}及以下（可能为${openZh}）`, en: `${missEn} not given: undetermined, ${byEn} caps it at ${L[top].en.toLowerCase()} (could be ${openEn})` };
  return deepFreeze({
    scale,
    possible,
    missing,
    deciding,
    explanation: {
      zh: `${row.name.zh}：${known === 0 ? '未提供任何指标' : readZh.join('；')}。${verdict.zh}。（依据：${rulesName.zh}）`,
      en: `${row.name.en}: ${known === 0 ? 'no indicator given' : readEn.join('; ')}. By ${rulesName.en}: ${verdict.en}.`,
    },
  });
}

/**
 * Classifies an enterprise as large, medium, small or micro (大型、中型、小型、微型) by the size
 * rules, and says which thresholds decided. The industry code picks the row (the longest listed
 * code it starts with); each indicator of the row reaches a class alone (large when ≥ `large`,
 * medium when ≥ `medium`, small when ≥ `small`, else micro), and, as the NBS rules say, "large,
 * medium and small enterprises must reach the lower bound of every listed indicator, else they go
 * one class down; a micro enterprise needs to meet only one of them" (大型、中型和小型企业须同时满足
 * 所列指标的下限，否则下划一档；微型企业只须满足所列指标中的一项即可): the size is the smallest of
 * the classes the indicators reach. So more employees, revenue or assets never give a smaller class.
 *
 * An unknown indicator (null or absent) is not guessed: when the known ones already decide — one of
 * them is below its `small` threshold, so the enterprise is micro whatever the others — the size
 * is given; otherwise `scale` is null, `possible` lists the classes still open (from the smallest
 * class the known indicators reach, down to micro) and `missing` names what to ask for.
 *
 * O(1) per call: rules are compiled once per object, and each industry code is looked up once. A
 * deeply frozen rule set (the default, or what {@link validateEnterpriseSizeRules} returns) is
 * found in O(1); a plain mutable one is compared with what it held at each call (tens of
 * microseconds), so freeze a province's rules with {@link validateEnterpriseSizeRules} first.
 *
 * @param facts - The industry code (GB/T 4754-2017, `'C3411'` or `'3411'`) and the indicators:
 *   employees in persons, operating revenue and total assets in 万元 (10,000 yuan); see
 *   {@link EnterpriseSizeFacts}. Other keys are ignored.
 * @param rules - The rules; {@link nbs2017SizeRules} when omitted (checked once per object with
 *   {@link EnterpriseSizeRulesSchema}).
 * @returns The classification; or `INVALID_ARGUMENT` at `facts.<key>` for a malformed code or a
 *   negative, fractional (employees), infinite or non-number indicator; `SIZE_INDUSTRY_NOT_COVERED`
 *   for an industry no row takes (finance, education, railways, …); `SIZE_INDUSTRY_TOO_COARSE` for
 *   a code that rows of different industries lie under (`'G59'`: transport or warehousing); or the
 *   errors of {@link EnterpriseSizeRulesSchema} under `rules`. Messages in English and Chinese.
 * @example
 * ```ts
 * const r = classifyEnterpriseSize({ industry: 'C3411', employees: 500, operatingRevenue: 50000 });
 * r.ok && [r.value.scale, r.value.group, r.value.decidedBy.map((d) => [d.indicator, d.atLeast, d.below])]; // ['medium', 'industry', [['employees', 300, 1000]]]
 * const micro = classifyEnterpriseSize({ industry: 'F5123', employees: 3 });
 * micro.ok && [micro.value.scale, micro.value.missing]; // ['micro', ['operatingRevenue']]
 * const open = classifyEnterpriseSize({ industry: '6510', employees: 150 });
 * open.ok && [open.value.scale, open.value.possible]; // [null, ['medium', 'small', 'micro']]
 * const bank = classifyEnterpriseSize({ industry: 'J6620', employees: 900 });
 * bank.ok || bank.error.code; // 'SIZE_INDUSTRY_NOT_COVERED'
 * ```
 * @category Enterprise
 */
export function classifyEnterpriseSize(facts: EnterpriseSizeFacts, rules: EnterpriseSizeRules = nbs2017SizeRules): Result<EnterpriseSizeClassification> {
  if (facts === null || typeof facts !== 'object') {
    return err(domainError('INVALID_ARGUMENT', { en: `facts must be an object with an industry code; received ${shown(facts)}.`, zh: `facts 应为含行业代码的对象，实际为 ${shown(facts)}。`, path: ['facts'], value: facts }));
  }
  const employees = indicatorValue(facts.employees, true);
  if (employees === undefined) return badIndicator('employees', facts.employees);
  const revenue = indicatorValue(facts.operatingRevenue, false);
  if (revenue === undefined) return badIndicator('operatingRevenue', facts.operatingRevenue);
  const assets = indicatorValue(facts.totalAssets, false);
  if (assets === undefined) return badIndicator('totalAssets', facts.totalAssets);
  const c = compiledRules(rules);
  if (!('byCode' in c)) return err(argumentError(c, ['rules'], { en: 'valid enterprise size rules', zh: '有效的企业规模划分标准' }));
  const found = lookUp(c, facts.industry);
  return 'row' in found ? classified(c, found, employees, revenue, assets) : err(found);
}

function classified(c: CompiledRules, found: Found, e: number | null, y: number | null, z: number | null): Result<EnterpriseSizeClassification> {
  const row = c.rows[found.row] as CompiledRow;
  const readings: SizeIndicatorReading[] = [];
  let key = 0;
  let weight = 1;
  for (const ind of row.indicators) {
    const value = ind.slot === 0 ? e : ind.slot === 1 ? y : z;
    let cls = 4;
    if (value !== null) {
      const b = ind.bounds;
      cls = value >= b[0] ? 0 : value >= b[1] ? 1 : value >= b[2] ? 2 : 3;
      readings.push({ indicator: ind.indicator, value, scale: SCALES[cls] as EnterpriseScale, atLeast: ind.atLeast[cls] ?? null, below: ind.below[cls] ?? null });
    }
    key += cls * weight;
    weight *= 5;
  }
  let p = row.positions[key];
  if (p === undefined) {
    p = position(row, key, c.name);
    row.positions[key] = p;
  }
  const decidedBy: SizeIndicatorReading[] = [];
  if (p.deciding >= 0) {
    const deciding = SCALES[p.deciding];
    for (const r of readings) if (r.scale === deciding) decidedBy.push(r);
  }
  return ok({
    scale: p.scale,
    possible: p.possible,
    group: row.id,
    groupName: row.name,
    industry: found.industry,
    matchedCode: found.code,
    readings,
    decidedBy,
    missing: p.missing,
    explanation: p.explanation,
    rules: c.id,
  });
}
