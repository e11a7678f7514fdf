import { describe, expect, it } from 'vitest';
import {
  classifyEnterpriseSize,
  EnterpriseSizeFactsSchema,
  EnterpriseSizeRulesSchema,
  nbs2017SizeRules,
  validateEnterpriseSizeRules,
  type EnterpriseScale,
  type EnterpriseSizeClassification,
  type EnterpriseSizeFacts,
  type EnterpriseSizeRules,
  type SizeIndicator,
} from '../../src/enterprise/index.js';
import { safeParse } from '../../src/index.js';

/** The source every row test names. */
const NBS = '国统字〔2017〕213号 附表';

const value = (facts: EnterpriseSizeFacts, rules?: EnterpriseSizeRules): EnterpriseSizeClassification => {
  const r = rules === undefined ? classifyEnterpriseSize(facts) : classifyEnterpriseSize(facts, rules);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const scaleOf = (facts: EnterpriseSizeFacts): EnterpriseScale | null => value(facts).scale;

/**
 * The 附表 of 统计上大中小微型企业划分办法（2017）, typed again here from the source (not read from
 * `nbs2017SizeRules`): per industry, a code of it, and the lower bounds of large, medium and small
 * on each indicator listed (X 从业人员 persons, Y 营业收入 万元, Z 资产总额 万元).
 */
const TABLE: readonly {
  readonly id: string;
  readonly zh: string;
  readonly codes: readonly string[];
  readonly X?: readonly [number, number, number];
  readonly Y?: readonly [number, number, number];
  readonly Z?: readonly [number, number, number];
}[] = [
  { id: 'agriculture', zh: '农、林、牧、渔业', codes: ['A0111', 'A0511'], Y: [20000, 500, 50] },
  { id: 'industry', zh: '工业', codes: ['B0610', 'C3411', 'D4411'], X: [1000, 300, 20], Y: [40000, 2000, 300] },
  { id: 'construction', zh: '建筑业', codes: ['E4710', 'E5011'], Y: [80000, 6000, 300], Z: [80000, 5000, 300] },
  { id: 'wholesale', zh: '批发业', codes: ['F5123'], X: [200, 20, 5], Y: [40000, 5000, 1000] },
  { id: 'retail', zh: '零售业', codes: ['F5211'], X: [300, 50, 10], Y: [20000, 500, 100] },
  { id: 'transport', zh: '交通运输业', codes: ['G5430', 'G5511', 'G5611', 'G5710', 'G5821', 'G5910'], X: [1000, 300, 20], Y: [30000, 3000, 200] },
  { id: 'warehousing', zh: '仓储业', codes: ['G5920', 'G5930', 'G5941', 'G5951', 'G5960', 'G5990'], X: [200, 100, 20], Y: [30000, 1000, 100] },
  { id: 'postal', zh: '邮政业', codes: ['G6010', 'G6020'], X: [1000, 300, 20], Y: [30000, 2000, 100] },
  { id: 'accommodation', zh: '住宿业', codes: ['H6110'], X: [300, 100, 10], Y: [10000, 2000, 100] },
  { id: 'catering', zh: '餐饮业', codes: ['H6210'], X: [300, 100, 10], Y: [10000, 2000, 100] },
  { id: 'informationTransmission', zh: '信息传输业', codes: ['I6311', 'I6421'], X: [2000, 100, 10], Y: [100000, 1000, 100] },
  { id: 'softwareAndIt', zh: '软件和信息技术服务业', codes: ['I6510', 'I6540'], X: [300, 100, 10], Y: [10000, 1000, 50] },
  { id: 'realEstateDevelopment', zh: '房地产开发经营', codes: ['K7010'], Y: [200000, 1000, 100], Z: [10000, 5000, 2000] },
  { id: 'propertyManagement', zh: '物业管理', codes: ['K7020'], X: [1000, 300, 100], Y: [5000, 1000, 500] },
  { id: 'leasingAndBusinessServices', zh: '租赁和商务服务业', codes: ['L7111', 'L7211'], X: [300, 100, 10], Z: [120000, 8000, 100] },
  { id: 'otherUnlisted', zh: '其他未列明行业', codes: ['M7320', 'N7721', 'O8010', 'Q8521', 'R8810', 'K7030', 'K7090'], X: [300, 100, 10] },
];

const LETTERS = { X: 'employees', Y: 'operatingRevenue', Z: 'totalAssets' } as const;
const SCALES: readonly EnterpriseScale[] = ['large', 'medium', 'small', 'micro'];

describe(`${NBS}: the table, row by row, at every threshold`, () => {
  it(`${NBS}: the default has the 16 rows of the table, with its figures`, () => {
    expect(nbs2017SizeRules.rows.map((r) => r.id)).toEqual(TABLE.map((t) => t.id));
    for (const t of TABLE) {
      const row = nbs2017SizeRules.rows.find((r) => r.id === t.id);
      expect(row?.name.zh, t.id).toBe(t.zh);
      for (const [letter, key] of Object.entries(LETTERS) as [keyof typeof LETTERS, SizeIndicator][]) {
        const b = t[letter];
        expect(row?.thresholds[key], `${t.id} ${letter}`).toEqual(b === undefined ? undefined : { large: b[0], medium: b[1], small: b[2] });
      }
    }
  });

  for (const t of TABLE) {
    const present = (Object.entries(LETTERS) as [keyof typeof LETTERS, SizeIndicator][]).filter(([letter]) => t[letter] !== undefined);
    /** Facts with every indicator of the row at `large`, so that the one under test decides. */
    const high = (): Record<string, number> => Object.fromEntries(present.map(([letter, key]) => [key, (t[letter] as readonly number[])[0] as number]));
    for (const [letter, key] of present) {
      const bounds = t[letter] as readonly [number, number, number];
      const step = key === 'employees' ? 1 : 0.01;
      bounds.forEach((bound, k) => {
        it(`${NBS}: ${t.zh} ${letter} ${k === 2 ? `${bound} is small, just below micro` : `≥ ${bound} is ${SCALES[k] as string}`} (${t.codes.join(', ')})`, () => {
          for (const industry of t.codes) {
            const facts = (v: number) => ({ industry, ...high(), [key]: v });
            expect(scaleOf(facts(bound)), `${industry} ${letter}=${bound}`).toBe(SCALES[k]);
            expect(scaleOf(facts(bound + step)), `${industry} ${letter}=${bound + step}`).toBe(SCALES[k]);
            expect(scaleOf(facts(bound - step)), `${industry} ${letter}=${bound - step}`).toBe(SCALES[k + 1]);
            expect(value(facts(bound)).group).toBe(t.id);
          }
        });
      });
    }
  }
});

describe(`${NBS} 说明 1: large, medium and small reach every lower bound; micro needs one indicator`, () => {
  it(`${NBS} 工业: 大型 X ≥ 1000 and Y ≥ 40000; one short of either goes one class down`, () => {
    expect(scaleOf({ industry: 'C3411', employees: 1000, operatingRevenue: 40000 })).toBe('large');
    expect(scaleOf({ industry: 'C3411', employees: 999, operatingRevenue: 40000 })).toBe('medium');
    expect(scaleOf({ industry: 'C3411', employees: 1000, operatingRevenue: 39999.99 })).toBe('medium');
  });

  it('stats.gov.cn 答问 (2024-05-24): "若一项不满足则下划一档，直至完全满足为止" — down as many classes as it takes', () => {
    // X reaches large, Y only small: not medium (Y < 2000), so small.
    expect(scaleOf({ industry: 'C3411', employees: 5000, operatingRevenue: 500 })).toBe('small');
    const r = value({ industry: 'C3411', employees: 5000, operatingRevenue: 500 });
    expect(r.decidedBy.map((d) => [d.indicator, d.atLeast, d.below])).toEqual([['operatingRevenue', 300, 2000]]);
  });

  it(`${NBS} 说明 1: small needs both lower bounds too (小型 X ≥ 20 and Y ≥ 300), micro only one (X < 20 or Y < 300)`, () => {
    expect(scaleOf({ industry: 'C3411', employees: 20, operatingRevenue: 300 })).toBe('small');
    expect(scaleOf({ industry: 'C3411', employees: 19, operatingRevenue: 39999 })).toBe('micro');
    expect(scaleOf({ industry: 'C3411', employees: 999, operatingRevenue: 299 })).toBe('micro');
    expect(scaleOf({ industry: 'C3411', employees: 5000, operatingRevenue: 100 })).toBe('micro');
  });

  it(`${NBS} 建筑业: revenue and assets (Y, Z), no employees: a large builder needs both 80000`, () => {
    expect(scaleOf({ industry: 'E4710', operatingRevenue: 80000, totalAssets: 80000 })).toBe('large');
    expect(scaleOf({ industry: 'E4710', operatingRevenue: 80000, totalAssets: 79999 })).toBe('medium');
    expect(value({ industry: 'E4710', employees: 5, operatingRevenue: 80000, totalAssets: 80000 }).readings.map((r) => r.indicator)).toEqual(['operatingRevenue', 'totalAssets']);
  });

  it(`${NBS} 房地产开发经营: Y ≥ 200000 and Z ≥ 10000 for large; Z < 2000 alone makes micro`, () => {
    expect(scaleOf({ industry: 'K7010', operatingRevenue: 200000, totalAssets: 10000 })).toBe('large');
    expect(scaleOf({ industry: 'K7010', operatingRevenue: 300000, totalAssets: 1999 })).toBe('micro');
  });

  it(`${NBS} 农、林、牧、渔业 and 其他未列明行业: one indicator decides alone`, () => {
    expect(scaleOf({ industry: 'A0111', operatingRevenue: 20000 })).toBe('large');
    expect(scaleOf({ industry: 'A0111', employees: 5000, operatingRevenue: 49 })).toBe('micro');
    expect(scaleOf({ industry: 'M7320', employees: 300, operatingRevenue: 1 })).toBe('large');
  });
});

describe(`${NBS} 说明 2: the industries, by GB/T 4754-2017 code`, () => {
  const group = (industry: string): string => value({ industry, employees: 50 }).group;
  const code = (industry: string): string | null => {
    const r = classifyEnterpriseSize({ industry, employees: 50 });
    return r.ok ? null : r.error.code;
  };

  it(`${NBS} 说明 2: 工业 is mining (B), manufacturing (C) and utilities (D)`, () => {
    expect(['B0610', 'B1200', 'C1311', 'C4390', 'D4411', 'D4620'].map(group)).toEqual(Array(6).fill('industry'));
  });

  it(`${NBS} 说明 2: 交通运输业 is road, water, air, pipeline, multimodal and forwarding (54–58) and 装卸搬运 (591), not railways (53)`, () => {
    expect(['G5410', 'G5521', 'G5631', 'G5710', 'G5810', 'G5821', 'G5910'].map(group)).toEqual(Array(7).fill('transport'));
    expect(code('G5310')).toBe('SIZE_INDUSTRY_NOT_COVERED');
    expect(code('G53')).toBe('SIZE_INDUSTRY_NOT_COVERED');
  });

  it(`${NBS} 说明 2: 仓储业 is the storage groups of 59 (592–599), 邮政业 is 60`, () => {
    expect(['G5920', 'G5930', 'G5942', 'G5952', 'G5960', 'G5990'].map(group)).toEqual(Array(6).fill('warehousing'));
    expect(group('G6010')).toBe('postal');
  });

  it(`${NBS} 说明 2: 信息传输业 is 63 and 64; 软件和信息技术服务业 is 65`, () => {
    expect(['I6311', 'I6321', 'I6410', 'I6450'].map(group)).toEqual(Array(4).fill('informationTransmission'));
    expect(group('I6510')).toBe('softwareAndIt');
  });

  it(`${NBS} 说明 2: 其他未列明行业 is M, N, O, 社会工作 (85), R, 房地产中介服务 (703) and 其他房地产业 (709); not 房地产租赁经营 (704)`, () => {
    expect(['M7310', 'N7610', 'O8010', 'Q8510', 'R9011', 'K7030', 'K7090'].map(group)).toEqual(Array(7).fill('otherUnlisted'));
    expect(code('K7040')).toBe('SIZE_INDUSTRY_NOT_COVERED');
  });

  it(`${NBS} 第三条: finance, education, health, public administration and international organisations are not covered`, () => {
    expect(['J6620', 'J6810', 'P8310', 'Q8411', 'S9221', 'T9700'].map(code)).toEqual(Array(6).fill('SIZE_INDUSTRY_NOT_COVERED'));
    const r = classifyEnterpriseSize({ industry: 'J6620', employees: 900 });
    expect(r.ok || r.error).toMatchObject({ code: 'SIZE_INDUSTRY_NOT_COVERED', path: ['facts', 'industry'], value: 'J6620' });
    expect(r.ok || r.error.messageZh).toMatch(/不适用于行业 J6620/);
  });

  it('a code too coarse to pick one row is refused with the rows it could be, a code under one row is taken', () => {
    for (const c of ['G', 'G59', 'K', 'K70', 'I', 'F']) expect(code(c), c).toBe('SIZE_INDUSTRY_TOO_COARSE');
    const r = classifyEnterpriseSize({ industry: 'G59', employees: 50 });
    expect(r.ok || r.error.message).toMatch(/Transport \(except railways\), Warehousing/);
    expect(r.ok || r.error.messageZh).toMatch(/交通运输业、仓储业/);
    expect(['C', 'C34', 'C341', 'F51', 'G591', 'K701', 'L'].map(group)).toEqual(['industry', 'industry', 'industry', 'wholesale', 'transport', 'realEstateDevelopment', 'leasingAndBusinessServices']);
  });

  it('the digits without the section letter are read with it', () => {
    const r = value({ industry: '3411', employees: 500, operatingRevenue: 50000 });
    expect([r.industry, r.matchedCode, r.group, r.scale]).toEqual(['C3411', 'C', 'industry', 'medium']);
    expect(value({ industry: '6510', employees: 5 }).industry).toBe('I6510');
  });
});

describe('unknown indicators', () => {
  it('a micro indicator decides whatever the others: micro, with the others listed as missing', () => {
    const r = value({ industry: 'F5123', employees: 3 });
    expect([r.scale, r.possible, r.missing, r.decidedBy.map((d) => d.indicator)]).toEqual(['micro', ['micro'], ['operatingRevenue'], ['employees']]);
    expect(r.explanation.zh).toContain('营业收入未提供，不影响结果');
  });

  it('otherwise the size is null, with the classes still open and what to ask for', () => {
    const r = value({ industry: 'I6510', employees: 150 });
    expect([r.scale, r.possible, r.missing]).toEqual([null, ['medium', 'small', 'micro'], ['operatingRevenue']]);
    expect(r.decidedBy.map((d) => [d.indicator, d.atLeast, d.below])).toEqual([['employees', 100, 300]]);
    expect(r.explanation.en).toContain('operating revenue not given: undetermined');
  });

  it('null is unknown, like absent; nothing known leaves every class open', () => {
    const r = value({ industry: 'C3411', employees: null, operatingRevenue: null });
    expect([r.scale, r.possible, r.missing, r.readings, r.decidedBy]).toEqual([null, ['large', 'medium', 'small', 'micro'], ['employees', 'operatingRevenue'], [], []]);
    const large = value({ industry: 'C3411', employees: 5000 });
    expect([large.scale, large.possible, large.decidedBy]).toEqual([null, ['large', 'medium', 'small', 'micro'], []]);
  });

  it('an indicator the row does not list is ignored, even when given', () => {
    const r = value({ industry: 'A0111', employees: 2, operatingRevenue: 20000, totalAssets: 1 });
    expect([r.scale, r.readings.map((x) => x.indicator), r.missing]).toEqual(['large', ['operatingRevenue'], []]);
  });
});

describe('the answer explains itself', () => {
  it('names each indicator with its class and thresholds, the rule of combination, and what decided', () => {
    const r = value({ industry: 'C3411', employees: 500, operatingRevenue: 50000 });
    expect(r.explanation.zh).toBe('工业：从业人员（X）达中型（300 ≤ X < 1000）；营业收入（Y）达大型（Y ≥ 40000）。大型、中型和小型企业须同时满足所列指标的下限，否则下划一档：划为中型，由从业人员（300 ≤ X < 1000）决定。（依据：统计上大中小微型企业划分办法（2017））');
    expect(r.explanation.en).toBe('Industry (mining, manufacturing, utilities): employees (X) reaches medium (300 ≤ X < 1000); operating revenue (Y) reaches large (Y ≥ 40000). By NBS statistical classification of enterprise size (2017): large, medium and small enterprises must reach every listed lower bound, else they go one class down: medium, decided by employees (300 ≤ X < 1000).');
    expect(r.readings).toEqual([
      { indicator: 'employees', value: 500, scale: 'medium', atLeast: 300, below: 1000 },
      { indicator: 'operatingRevenue', value: 50000, scale: 'large', atLeast: 40000, below: null },
    ]);
  });

  it('a micro answer quotes "只须满足所列指标中的一项"', () => {
    const r = value({ industry: 'C3411', employees: 10, operatingRevenue: 100 });
    expect(r.decidedBy.map((d) => d.indicator)).toEqual(['employees', 'operatingRevenue']);
    expect(r.explanation.zh).toContain('微型企业只须满足所列指标中的一项：从业人员（X < 20）、营业收入（Y < 300），划为微型');
  });
});

describe('bad input is refused with INVALID_ARGUMENT, its path and both languages', () => {
  const refused = (facts: unknown) => {
    const r = classifyEnterpriseSize(facts as EnterpriseSizeFacts);
    if (r.ok) throw new Error('accepted');
    return r.error;
  };

  it('negative, fractional (employees), infinite, NaN or non-number indicators', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ employees: -1 }, 'employees'],
      [{ employees: 12.5 }, 'employees'],
      [{ employees: Number.NaN }, 'employees'],
      [{ operatingRevenue: -0.01 }, 'operatingRevenue'],
      [{ operatingRevenue: Number.POSITIVE_INFINITY }, 'operatingRevenue'],
      [{ totalAssets: '300' }, 'totalAssets'],
    ];
    for (const [bad, key] of cases) {
      const e = refused({ industry: 'C3411', ...bad });
      expect(e, key).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['facts', key] });
      expect(e.messageZh, key).toMatch(/[\u4e00-\u9fff]/);
      expect(e.message, key).toContain(`facts.${key}`);
    }
  });

  it('industry codes of the wrong shape, with the reason when the letter and the division disagree', () => {
    for (const industry of ['', 'c3411', 'C3', 'C341111', 'X12', 'C00', '98', 'C 3411', 3411]) {
      expect(refused({ industry }), String(industry)).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['facts', 'industry'] });
    }
    const e = refused({ industry: 'C5123' });
    expect(e.message).toContain('division 51 belongs to section F, not C');
    expect(e.messageZh).toContain('大类 51 属于门类 F，不属于 C');
  });

  it('facts that are not an object', () => {
    for (const facts of [null, undefined, 'C3411', 7]) expect(refused(facts)).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['facts'] });
  });

  it('the facts schema refuses what the function refuses, and ignores other keys', () => {
    expect(EnterpriseSizeFactsSchema.safeParse({ industry: 'C3411', employees: 12.5 }).success).toBe(false);
    expect(EnterpriseSizeFactsSchema.safeParse({ industry: 'C5123' }).success).toBe(false);
    const withEnterprise = { id: 'e1', name: '某公司', industry: 'C3411', countyId: 'c1', employees: 30, operatingRevenue: 400 };
    expect(EnterpriseSizeFactsSchema.safeParse(withEnterprise).success).toBe(true);
    expect(scaleOf(withEnterprise)).toBe('small');
  });
});

describe("a province's own rules", () => {
  const province = {
    id: 'province-2026',
    name: { zh: '某省企业规模划分', en: 'A province’s enterprise sizes' },
    source: '某省（示例）',
    rows: [
      { id: 'transportAll', name: { zh: '交通运输仓储邮政业', en: 'Transport, storage and post' }, industries: ['G'], thresholds: { employees: { large: 500, medium: 100, small: 10 } } },
      { id: 'handling', name: { zh: '装卸搬运', en: 'Loading and unloading' }, industries: ['G591'], thresholds: { operatingRevenue: { large: 10000, medium: 1000, small: 100 } } },
    ],
  };

  it('the longest listed code takes an enterprise; a code both rows lie under is too coarse', () => {
    const rules = validateEnterpriseSizeRules(province);
    if (!rules.ok) throw new Error(rules.error.message);
    expect(value({ industry: 'G5910', employees: 600, operatingRevenue: 500 }, rules.value)).toMatchObject({ group: 'handling', scale: 'small', matchedCode: 'G591' });
    expect(value({ industry: 'G5430', employees: 600 }, rules.value)).toMatchObject({ group: 'transportAll', scale: 'large', matchedCode: 'G' });
    const coarse = classifyEnterpriseSize({ industry: 'G59', employees: 600 }, rules.value);
    expect(coarse.ok || coarse.error.code).toBe('SIZE_INDUSTRY_TOO_COARSE');
    expect(classifyEnterpriseSize({ industry: 'G5430', employees: 600 }, province).ok).toBe(true);
  });

  it('validateEnterpriseSizeRules freezes what it returns and leaves the input alone', () => {
    const input = structuredClone(province);
    const r = validateEnterpriseSizeRules(input);
    expect(r.ok && Object.isFrozen(r.value.rows[1]?.thresholds)).toBe(true);
    expect(Object.isFrozen(input.rows[1])).toBe(false);
    expect(input).toEqual(province);
  });

  it('refuses thresholds that do not fall, codes listed twice, repeated row ids and rows without indicators, at their paths under rules', () => {
    const bad: [unknown, (string | number)[], string][] = [
      [{ ...province, rows: [{ ...province.rows[0], thresholds: { employees: { large: 100, medium: 100, small: 10 } } }] }, ['rows', 0, 'thresholds', 'employees'], 'INVALID_INPUT'],
      [{ ...province, rows: [province.rows[0], { ...province.rows[1], industries: ['G591', 'G'] }] }, ['rows', 1, 'industries', 1], 'INVALID_INPUT'],
      [{ ...province, rows: [province.rows[0], { ...province.rows[1], id: 'transportAll' }] }, ['rows', 1, 'id'], 'DUPLICATE_ID'],
      [{ ...province, rows: [{ ...province.rows[0], thresholds: {} }] }, ['rows', 0, 'thresholds'], 'INVALID_INPUT'],
      [{ ...province, rows: [{ ...province.rows[0], industries: ['G5'] }] }, ['rows', 0, 'industries', 0], 'INVALID_INPUT'],
    ];
    for (const [rules, path, code] of bad) {
      const v = validateEnterpriseSizeRules(rules);
      expect(v.ok || v.error, JSON.stringify(path)).toMatchObject({ code, path });
      const r = classifyEnterpriseSize({ industry: 'G5430', employees: 5 }, rules as EnterpriseSizeRules);
      expect(r.ok || r.error, JSON.stringify(path)).toMatchObject({ code, path: ['rules', ...path] });
      expect(r.ok || r.error.messageZh).toMatch(/^rules 不是有效的企业规模划分标准/);
    }
  });

  it('a rules object changed after a call is checked again', () => {
    const rules = structuredClone(province);
    const employees = rules.rows[0]?.thresholds.employees as { large: number };
    expect(value({ industry: 'G5430', employees: 600 }, rules).scale).toBe('large');
    employees.large = 1000;
    expect(value({ industry: 'G5430', employees: 600 }, rules).scale).toBe('medium');
    employees.large = 50;
    expect(classifyEnterpriseSize({ industry: 'G5430', employees: 600 }, rules).ok).toBe(false);
  });
});

describe('plain data', () => {
  it('the default is frozen and valid; the answer survives JSON and leaves the facts alone', () => {
    expect(Object.isFrozen(nbs2017SizeRules.rows[5]?.industries)).toBe(true);
    expect(safeParse(EnterpriseSizeRulesSchema, nbs2017SizeRules).ok).toBe(true);
    const facts = { industry: '3411', employees: 500, operatingRevenue: 50000 };
    const copy = structuredClone(facts);
    const r = value(facts);
    expect(facts).toEqual(copy);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('an answer changed by the app does not change the next one', () => {
    const a = value({ industry: 'C3411', employees: 500, operatingRevenue: 50000 });
    expect(() => {
      (a.possible as EnterpriseScale[]).push('large');
    }).toThrow();
    const b = value({ industry: 'C3411', employees: 500, operatingRevenue: 50000 });
    expect(b.possible).toEqual(['medium']);
    const e1 = classifyEnterpriseSize({ industry: 'J6620' });
    expect(() => {
      if (!e1.ok) (e1.error as { message: string }).message = 'x';
    }).toThrow();
  });
});
