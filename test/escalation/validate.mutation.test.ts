import { ladderReport } from './report.js';
import { describe, expect, it } from 'vitest';
import type { validateLadder } from '../../src/escalation/index.js';
import { type LadderFinding, type LadderReport } from '../../src/escalation/index.js';

// What validateLadder decides at the edges, found by mutation testing (npm run mutation): when one
// rule shadows another or takes some of its problems (lists, industry prefixes, ranges that touch,
// supervision steps, declaredUnsolvable), when a condition is a contradiction, where the search for
// gaps looks, and in which order the findings come.

interface RuleInput {
  readonly id?: string;
  readonly when?: Record<string, unknown>;
  readonly target?: Record<string, unknown>;
  readonly rank?: number;
}

function ladder(rules: readonly RuleInput[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'edges',
    name: { zh: '边界层级', en: 'Edge ladder' },
    source: 'test',
    ...extra,
    rules: rules.map((r, i) => ({ id: r.id ?? `r${i}`, when: r.when ?? {}, target: r.target ?? { holder: 'mayor' }, rank: r.rank ?? 100 - i })),
  };
}

const report = (rules: readonly RuleInput[], extra?: Record<string, unknown>, options?: Parameters<typeof validateLadder>[1]): LadderReport =>
  ladderReport(ladder(rules, extra), options);

const codes = (fs: readonly LadderFinding[], code: string) => fs.filter((f) => f.code === code).map((f) => f.ruleId);
const shadowed = (rules: readonly RuleInput[]) => codes(report(rules).warnings, 'LADDER_SHADOWED_RULE');
const inverted = (rules: readonly RuleInput[]) => codes(report(rules).warnings, 'LADDER_RANK_INVERSION');
const contradictions = (rules: readonly RuleInput[]) => report(rules).errors.filter((f) => f.code === 'LADDER_CONTRADICTION');

describe('shadowing: an earlier rule takes every problem of a later one', () => {
  it('industry prefixes: C covers C13 and C14; C13 does not cover C13 and D; no industry condition is not covered', () => {
    expect(shadowed([{ when: { industry: ['C'] } }, { when: { industry: ['C13', 'C14'] } }])).toEqual(['r1']);
    expect(shadowed([{ when: { industry: ['C13'] } }, { when: { industry: ['C13', 'D'] } }])).toEqual([]);
    expect(shadowed([{ when: { industry: ['C13'] } }, { when: { industry: ['C1'] } }])).toEqual([]);
    expect(shadowed([{ when: { industry: ['C'] } }, { when: {} }])).toEqual([]);
  });

  it('supervision steps: the earlier range must contain the later one', () => {
    expect(shadowed([{ when: { supervisionStep: { min: 'urge' } } }, { when: { supervisionStep: { min: 'supervision' } } }])).toEqual(['r1']);
    expect(shadowed([{ when: { supervisionStep: { min: 'supervision' } } }, { when: { supervisionStep: { min: 'urge' } } }])).toEqual([]);
    expect(shadowed([{ when: { supervisionStep: { max: 'publicListing' } } }, { when: {} }])).toEqual([]);
    expect(shadowed([{ when: { supervisionStep: { max: 'accountability' } } }, { when: {} }])).toEqual(['r1']);
    expect(shadowed([{ when: { supervisionStep: { min: 'unsupervised' } } }, { when: {} }])).toEqual(['r1']);
  });

  it('declaredUnsolvable: a rule without the condition covers both values; true does not cover false', () => {
    expect(shadowed([{ when: {} }, { when: { declaredUnsolvable: true } }])).toEqual(['r1']);
    expect(shadowed([{ when: { declaredUnsolvable: true } }, { when: { declaredUnsolvable: true } }])).toEqual(['r1']);
    expect(shadowed([{ when: { declaredUnsolvable: true } }, { when: { declaredUnsolvable: false } }])).toEqual([]);
    expect(shadowed([{ when: { declaredUnsolvable: true } }, { when: {} }])).toEqual([]);
  });

  it('a rule that never applies is reported as a contradiction, not also as shadowed', () => {
    const r = report([{ when: {} }, { when: { nature: [] } }]);
    expect(codes(r.errors, 'LADDER_CONTRADICTION')).toEqual(['r1']);
    expect(codes(r.warnings, 'LADDER_SHADOWED_RULE')).toEqual([]);
  });

  it('a rule that never applies shadows nothing', () => {
    expect(shadowed([{ when: { overdueWorkingDays: { min: 5, max: 3 } } }, { when: { overdueWorkingDays: { min: 4, max: 4 } } }])).toEqual([]);
  });
});

describe('rank inversion: an earlier lower rule takes some problems of a later higher one', () => {
  const low = 10;
  const high = 50;

  it('ranges that touch at one value overlap; ranges that do not, do not', () => {
    expect(inverted([{ when: { overdueWorkingDays: { max: 5 } }, rank: low }, { when: { overdueWorkingDays: { min: 5 } }, rank: high }])).toEqual(['r1']);
    expect(inverted([{ when: { overdueWorkingDays: { max: 4 } }, rank: low }, { when: { overdueWorkingDays: { min: 5 } }, rank: high }])).toEqual([]);
    expect(inverted([{ when: { amountInvolved: { min: 100 } }, rank: low }, { when: { amountInvolved: { max: 100 } }, rank: high }])).toEqual(['r1']);
    expect(inverted([{ when: { amountInvolved: { min: 100 } }, rank: low }, { when: { amountInvolved: { max: 99.5 } }, rank: high }])).toEqual([]);
  });

  it('lists overlap only when they share a value', () => {
    expect(inverted([{ when: { nature: ['major'] }, rank: low }, { when: { nature: ['ordinary'] }, rank: high }])).toEqual([]);
    expect(inverted([{ when: { nature: ['major', 'ordinary'], scope: ['outsideBureau'] }, rank: low }, { when: { nature: ['ordinary'] }, rank: high }])).toEqual(['r1']);
  });

  it('industries overlap when one is a prefix of the other, either way', () => {
    expect(inverted([{ when: { industry: ['C13'] }, rank: low }, { when: { industry: ['C'] }, rank: high }])).toEqual(['r1']);
    expect(inverted([{ when: { industry: ['C'] }, rank: low }, { when: { industry: ['D', 'C13'] }, rank: high }])).toEqual(['r1']);
    expect(inverted([{ when: { industry: ['C13'] }, rank: low }, { when: { industry: ['D'] }, rank: high }])).toEqual([]);
  });

  it('supervision steps overlap when the ranges share a step', () => {
    expect(inverted([{ when: { supervisionStep: { max: 'urge' } }, rank: low }, { when: { supervisionStep: { min: 'urge' } }, rank: high }])).toEqual(['r1']);
    expect(inverted([{ when: { supervisionStep: { max: 'urge' } }, rank: low }, { when: { supervisionStep: { min: 'supervision' } }, rank: high }])).toEqual([]);
  });

  it('declaredUnsolvable overlaps unless the two rules ask for different values', () => {
    expect(inverted([{ when: { declaredUnsolvable: true }, rank: low }, { when: { declaredUnsolvable: false }, rank: high }])).toEqual([]);
    // The earlier rules are narrowed to major problems so that they overlap the later ones without covering them.
    expect(inverted([{ when: { declaredUnsolvable: true, nature: ['major'] }, rank: low }, { when: { declaredUnsolvable: true }, rank: high }])).toEqual(['r1']);
    expect(inverted([{ when: { nature: ['major'] }, rank: low }, { when: { declaredUnsolvable: false }, rank: high }])).toEqual(['r1']);
    expect(inverted([{ when: { declaredUnsolvable: false }, rank: low }, { when: {}, rank: high }])).toEqual(['r1']);
  });

  it('names both rules with their places and ranks, in both languages', () => {
    const [f] = report([{ id: 'lo', when: { nature: ['major'] }, rank: low }, { id: 'hi', when: {}, rank: high }]).warnings.filter((w) => w.code === 'LADDER_RANK_INVERSION');
    expect(f?.message).toContain('Rule "hi" (rules[1], rank 50)');
    expect(f?.message).toContain('"lo" (rules[0], rank 10)');
    expect(f?.messageZh).toContain('规则“hi”（第 2 条，层级 50）');
    expect(f?.messageZh).toContain('第 1 条');
  });
});

describe('contradictions: a condition no fact can meet', () => {
  it('min above max is one; min equal to max is not', () => {
    expect(contradictions([{ when: { amountInvolved: { min: 5, max: 4 } } }])).toHaveLength(1);
    expect(contradictions([{ when: { amountInvolved: { min: 5, max: 5 } } }])).toEqual([]);
  });

  it('an integer fact with no whole number in its range is one, named as a whole number', () => {
    const [f] = contradictions([{ when: { overdueWorkingDays: { min: 2.2, max: 2.8 } } }]);
    expect(f).toMatchObject({ code: 'LADDER_CONTRADICTION', severity: 'error', ruleId: 'r0', path: ['rules', 0, 'when', 'overdueWorkingDays'] });
    expect(f?.message).toContain('never applies');
    expect(f?.message).toContain('a whole number');
    expect(f?.messageZh).toContain('整数');
    expect(contradictions([{ when: { overdueWorkingDays: { min: 2.2, max: 3 } } }])).toEqual([]);
    expect(contradictions([{ when: { amountInvolved: { max: -1 } } }])[0]?.messageZh).toContain('不小于 0 的数');
  });

  it('a supervision step range from above to below is one; a single step is not', () => {
    const [f] = contradictions([{ when: { supervisionStep: { min: 'supervision', max: 'urge' } } }]);
    expect(f?.path).toEqual(['rules', 0, 'when', 'supervisionStep']);
    expect(f?.message).toContain('"supervision"');
    expect(f?.messageZh).toContain('“supervision”');
    expect(contradictions([{ when: { supervisionStep: { min: 'urge', max: 'urge' } } }])).toEqual([]);
  });

  it('an empty list names the fact in both languages and the rule by its place (counted from 1 in Chinese)', () => {
    const [f] = report([{ id: 'a' }, { id: 'b', when: { scope: [] } }]).errors;
    expect(f?.message).toContain('Rule "b" (rules[1]) never applies: its ');
    expect(f?.message).toContain('(scope) list is empty');
    expect(f?.messageZh).toContain('规则“b”（第 2 条）');
    expect(f?.messageZh).toContain('（scope）');
    expect(f?.value).toEqual([]);
  });
});

describe('the search for gaps', () => {
  const base = report([{ when: {} }]).gaps?.checked ?? NaN;

  it('tries one value in each stretch of a range fact that the rules cut', () => {
    expect(report([{ when: {} }]).gaps).toEqual({ checked: base, total: 0, examples: [] });
    // Whole numbers: 0 and 3 (min 3); 0 and 6 (max 5); 0, 2 and 5 (2..4).
    expect(report([{ when: { overdueWorkingDays: { min: 3 } } }]).gaps?.checked).toBe(base * 2);
    expect(report([{ when: { overdueWorkingDays: { max: 5 } } }]).gaps?.checked).toBe(base * 2);
    expect(report([{ when: { reopenCount: { min: 2, max: 4 } } }]).gaps?.checked).toBe(base * 3);
    // Real numbers: each cut, a point between two cuts and one beyond: 0, 50, 100, 200.
    expect(report([{ when: { amountInvolved: { min: 100 } } }]).gaps?.checked).toBe(base * 4);
    // enterprisesAffected's usual value is 1 when no rule looks at it.
    expect(report([{ when: { nature: ['major'] } }]).gaps?.examples[0]?.enterprisesAffected).toBe(1);
  });

  it('finds the values below a min and above a max', () => {
    const below = report([{ when: { overdueWorkingDays: { min: 3 } } }]).gaps;
    expect(below?.total).toBe(base);
    expect(below?.examples.every((f) => f.overdueWorkingDays === 0)).toBe(true);
    const above = report([{ when: { reopenCount: { max: 5 } } }]).gaps;
    expect(above?.examples.every((f) => f.reopenCount === 6)).toBe(true);
    const real = report([{ when: { amountInvolved: { max: 100 } } }]).gaps;
    expect(real?.examples.every((f) => f.amountInvolved === 200)).toBe(true);
    const realMin = report([{ when: { amountInvolved: { min: 100 } } }]).gaps;
    expect(new Set(realMin?.examples.map((f) => f.amountInvolved))).toEqual(new Set([0, 50]));
    expect(realMin?.total).toBe(base * 2);
  });

  it('tries a category and an industry that no rule names, and no industry at all', () => {
    const cat = report([{ when: { categoryId: ['a', '(other)'] } }]).gaps;
    expect(cat?.examples[0]?.categoryId).toBe('(other 2)');
    expect(report([{ when: { categoryId: ['a'] } }]).gaps?.examples[0]?.categoryId).toBe('(other)');
    const ind = report([{ when: { industry: ['A', 'B'] } }]).gaps;
    expect(new Set(ind?.examples.map((f) => f.industry))).toEqual(new Set([null, 'C']));
  });

  it('tries both values of declaredUnsolvable', () => {
    const g = report([{ when: { declaredUnsolvable: true } }]).gaps;
    expect(g?.total).toBe(base / 2);
    expect(g?.examples.every((f) => f.declaredUnsolvable === false)).toBe(true);
    expect(report([{ when: { declaredUnsolvable: false } }]).gaps?.examples.every((f) => f.declaredUnsolvable === true)).toBe(true);
  });

  it('describes the first gap with every fact, category and industry included when set', () => {
    const [f] = report([{ when: { categoryId: ['a'], industry: ['A'] } }]).warnings.filter((w) => w.code === 'LADDER_GAP');
    for (const part of ['nature=', 'scope=', 'procedure=', 'declaredUnsolvable=', 'supervisionStep=', 'overdueWorkingDays=', 'reopenCount=', 'enterprisesAffected=', 'amountInvolved=']) {
      expect(f?.message).toContain(part);
    }
    // The first gap has no industry: the industry is left out.
    expect(f?.message).toMatch(/amountInvolved=0, categoryId=a\.$/);
    expect(f?.value).toMatchObject({ total: expect.any(Number), examples: expect.any(Array) });
    const [none] = report([{ when: { nature: ['major'] } }]).warnings.filter((w) => w.code === 'LADDER_GAP');
    expect(none?.message).not.toContain('categoryId=');
    expect(none?.message).not.toContain('industry=');
    expect(none?.message).toMatch(/amountInvolved=0\.$/);
  });

  it('is skipped above maxGapChecks (and done at exactly it), saying how many combinations there were', () => {
    const rules = [{ when: { overdueWorkingDays: { min: 3 } } }];
    expect(report(rules, {}, { maxGapChecks: base * 2 }).gaps?.checked).toBe(base * 2);
    const skipped = report(rules, {}, { maxGapChecks: base * 2 - 1 });
    expect(skipped.gaps).toBeNull();
    const [f] = skipped.warnings;
    expect(f).toMatchObject({ code: 'LADDER_GAPS_UNCHECKED', value: base * 2, path: ['rules'], ruleId: null });
    expect(f?.message).toContain(`make ${base * 2} combinations of facts, more than ${base * 2 - 1}.`);
    expect(f?.messageZh).toContain(`${base * 2} 种情形组合，超过上限 ${base * 2 - 1}`);
  });
});

describe('findings: order and messages', () => {
  it('declared holders first, then rule by rule, then the whole ladder; errors and warnings apart', () => {
    const r = report(
      [
        { id: 'x', when: { nature: ['major'] }, rank: 10 },
        { id: 'y', when: { nature: [] } },
        { id: 'x', when: { nature: ['major'] }, rank: 50 },
      ],
      { holders: [{ id: 'h', label: { zh: '甲', en: 'H' } }, { id: 'h', label: { zh: '乙', en: 'H2' } }] },
    );
    expect(r.errors.map((f) => [f.code, f.path[0], f.path[1]])).toEqual([
      ['DUPLICATE_ID', 'holders', 1],
      ['LADDER_CONTRADICTION', 'rules', 1],
      ['DUPLICATE_ID', 'rules', 2],
    ]);
    expect(r.warnings.map((f) => f.code)).toEqual(['LADDER_SHADOWED_RULE', 'LADDER_GAP']);
    expect(r.warnings.every((f) => f.severity === 'warning')).toBe(true);
    const [holder, , rule] = r.errors;
    expect(holder?.message).toBe('Holder "h" (holders[1]) is declared already as holders[0].');
    expect(holder?.messageZh).toBe('协调主体“h”（第 2 个）与第 1 个重复声明。');
    expect(rule?.messageZh).toContain('第 3 条规则的编号“x”与第 1 条重复');
  });

  it('sorted by place whatever order they were found in: holders before rule 0, then by rule, found order within a rule', () => {
    const r = report(
      [
        { id: 'z', when: { nature: [] } },
        { id: 'x', when: { nature: ['major'] }, rank: 10 },
        { id: 'y', when: { scope: [] }, target: { holder: 'nobody' } },
        { id: 'x', when: { nature: ['major'] }, rank: 50 },
      ],
      {
        holders: [
          { id: 'h', label: { zh: '甲', en: 'H' } },
          { id: 'g', label: { zh: '乙', en: 'G' } },
          { id: 'k', label: { zh: '丙', en: 'K' } },
          { id: 'h', label: { zh: '丁', en: 'H2' } },
        ],
      },
    );
    expect(r.errors.map((f) => [f.code, f.path[0], f.path[1]])).toEqual([
      ['DUPLICATE_ID', 'holders', 3],
      ['LADDER_CONTRADICTION', 'rules', 0],
      ['LADDER_UNKNOWN_HOLDER', 'rules', 2],
      ['LADDER_CONTRADICTION', 'rules', 2],
      ['DUPLICATE_ID', 'rules', 3],
    ]);
    expect(r.warnings.map((f) => f.code)).toEqual(['LADDER_SHADOWED_RULE', 'LADDER_GAP']);
  });

  it('an unknown holder and a misplaced portfolio name the rule by its place', () => {
    const r = report([{ id: 'a' }, { id: 'b', target: { holder: 'nobody' } }, { id: 'c', target: { holder: 'mayor', portfolio: '工业' } }]);
    const unknown = r.errors.find((f) => f.code === 'LADDER_UNKNOWN_HOLDER');
    expect(unknown?.message).toContain('Rule "b" (rules[1]) sends problems to "nobody"');
    expect(unknown?.messageZh).toContain('规则“b”（第 2 条）');
    const portfolio = r.warnings.find((f) => f.code === 'LADDER_UNEXPECTED_PORTFOLIO');
    expect(portfolio?.message).toContain('Rule "c" (rules[2]) gives the portfolio "工业" to "mayor"');
    expect(portfolio?.messageZh).toContain('规则“c”（第 3 条）');
  });

  it('a shadowed rule names itself and the earlier rule, counted from 1 in Chinese', () => {
    const [f] = report([{ id: 'a' }, { id: 'b' }, { id: 'c', when: { nature: ['major'] } }]).warnings;
    expect(f?.messageZh).toContain('规则“b”（第 2 条）永不适用');
    expect(f?.messageZh).toContain('“a”（第 1 条）');
  });
});
