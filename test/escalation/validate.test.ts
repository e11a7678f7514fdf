import { ladderReport } from './report.js';
import { describe, expect, it } from 'vitest';
import { errorCodes, parse, unwrap } from '../../src/index.js';
import { SupervisionPolicySchema } from '../../src/issue/index.js';
import {
  compileLadder,
  hainingLadder,
  jiaozuoLadder,
  jiaozuoTimeLadder,
  timeLadder,
  validateLadder,
  xingtaiLadder,
  type LadderFinding,
  type LadderReport,
} from '../../src/escalation/index.js';

interface RuleInput {
  readonly id?: string;
  readonly when?: Record<string, unknown>;
  readonly target?: Record<string, unknown>;
  readonly rank?: number;
}

/** A ladder as JSON: rules `r0`, `r1`, … with the given fields; defaults: no conditions, the mayor, ranks falling. */
function ladderJson(rules: readonly RuleInput[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'planted',
    name: { zh: '测试层级', en: 'Test ladder' },
    source: 'test',
    ...extra,
    rules: rules.map((r, i) => ({ id: r.id ?? `r${i}`, when: r.when ?? {}, target: r.target ?? { holder: 'mayor' }, rank: r.rank ?? 100 - i })),
  };
}

const report = (input: unknown): LadderReport => ladderReport(input);

/** The findings of a code, shortened to what tests compare. */
const brief = (fs: readonly LadderFinding[], code?: string) =>
  fs.filter((f) => code === undefined || f.code === code).map((f) => ({ code: f.code, severity: f.severity, ruleId: f.ruleId, path: f.path }));

/** A catch-all last rule, so that no gap is reported. */
const catchAll: RuleInput = { id: 'rest', when: {}, target: { holder: 'departmentHead' }, rank: 0 };

describe('validateLadder: the shape', () => {
  it('bad JSON gives INVALID_INPUT with the path of the problem', () => {
    const r = validateLadder(ladderJson([{ when: { nature: ['big'] } }]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.path).toEqual(['rules', 0, 'when', 'nature', 0]);
      expect(r.error.value).toBe('big');
      expect(r.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('an unknown condition, an empty ladder and a non-object are rejected', () => {
    const unknown = validateLadder(ladderJson([{ when: { colour: ['red'] } }]));
    expect(!unknown.ok && unknown.error.path).toEqual(['rules', 0, 'when']);
    const empty = validateLadder(ladderJson([]));
    expect(!empty.ok && empty.error.path).toEqual(['rules']);
    const text = validateLadder('jiaozuo');
    expect(!text.ok && text.error.code).toBe('INVALID_INPUT');
  });

  it('several shape problems come back together under one INVALID_INPUT', () => {
    const r = validateLadder(ladderJson([{ rank: -1 }, { when: { reopenCount: { min: 'two' } } }]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.map((i) => i.path)).toEqual([
      ['rules', 0, 'rank'],
      ['rules', 1, 'when', 'reopenCount', 'min'],
    ]);
  });

  it('fills in the defaults and freezes the parsed ladder', () => {
    const r = report(ladderJson([{}]));
    expect(r.ladder.holders).toEqual([]);
    expect(Object.isFrozen(r.ladder.rules[0]?.when)).toBe(true);
  });
});

describe('validateLadder: the default ladders (001, 000, 002, 000/003)', () => {
  it.each([
    ['001 jiaozuoLadder', jiaozuoLadder],
    ['000 xingtaiLadder', xingtaiLadder],
    ['002 hainingLadder', hainingLadder],
    ['000/003 unwrap(timeLadder())', unwrap(timeLadder())],
    ['001+000/003 jiaozuoTimeLadder', jiaozuoTimeLadder],
  ])('%s has no errors, no warnings and no gap over classified facts', (_, ladder) => {
    const r = report(ladder);
    expect(r.valid).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.gaps?.total).toBe(0);
    expect(r.ladder).toEqual(ladder);
  });

  it('a time ladder from a custom policy is valid too', () => {
    const r = report(unwrap(timeLadder(parse(SupervisionPolicySchema, { steps: [{ step: 'supervision', overdueDays: 2 }] }))));
    expect([r.valid, r.warnings]).toEqual([true, []]);
  });

  it('checks the boundaries of the time ladder on both sides: 0, 1, 3, 5 and 10 working days overdue', () => {
    const r = report(jiaozuoTimeLadder);
    // 4 natures × 4 scopes × 2 procedures × 2 × 5 steps, at 0, 1, 3, 5 and 10 working days overdue.
    expect(r.gaps?.checked).toBe(320 * 5);
    expect(report(hainingLadder).gaps?.checked).toBe(320 * 2); // reopened 0 and 2 times
  });
});

describe('validateLadder: duplicate ids and unknown holders (errors)', () => {
  it('a duplicate rule id is DUPLICATE_ID at the later rule', () => {
    const r = report(ladderJson([{ id: 'a', when: { nature: ['policy'] } }, { id: 'b' }, { id: 'a', when: { nature: ['major'] } }]));
    expect(r.valid).toBe(false);
    expect(brief(r.errors)).toEqual([{ code: 'DUPLICATE_ID', severity: 'error', ruleId: 'a', path: ['rules', 2, 'id'] }]);
    expect(r.errors[0]?.message).toContain('rules[0]');
  });

  it('a holder neither built in nor declared is LADDER_UNKNOWN_HOLDER at the target’s holder', () => {
    const r = report(ladderJson([{ id: 'vice', when: { nature: ['policy'] }, target: { holder: 'vicePremier' } }, catchAll]));
    expect(brief(r.errors)).toEqual([{ code: 'LADDER_UNKNOWN_HOLDER', severity: 'error', ruleId: 'vice', path: ['rules', 0, 'target', 'holder'] }]);
    expect(r.errors[0]?.value).toBe('vicePremier');
    expect(r.errors[0]?.messageZh).toContain('vicePremier');
  });

  it('a holder the ladder declares is known; a holder declared twice is DUPLICATE_ID', () => {
    const holders = [
      { id: 'parkCommittee', label: { zh: '园区管委会', en: 'Park committee' } },
      { id: 'parkCommittee', label: { zh: '园区管委会', en: 'Park committee' } },
    ];
    const r = report(ladderJson([{ target: { holder: 'parkCommittee' } }], { holders }));
    expect(brief(r.errors)).toEqual([{ code: 'DUPLICATE_ID', severity: 'error', ruleId: null, path: ['holders', 1, 'id'] }]);
    expect(report(ladderJson([{ target: { holder: 'parkCommittee' } }], { holders: holders.slice(0, 1) })).valid).toBe(true);
  });

  it('001: a portfolio belongs to the deputy mayor in charge (分管副市长); elsewhere it is a warning', () => {
    const r = report(ladderJson([{ id: 'm', target: { holder: 'mayor', portfolio: '工业经济' } }, { id: 'd', target: { holder: 'deputyMayorInCharge', portfolio: '工业经济' } }]));
    expect(r.valid).toBe(true);
    expect(brief(r.warnings, 'LADDER_UNEXPECTED_PORTFOLIO')).toEqual([
      { code: 'LADDER_UNEXPECTED_PORTFOLIO', severity: 'warning', ruleId: 'm', path: ['rules', 0, 'target', 'portfolio'] },
    ]);
  });
});

describe('validateLadder: contradictions (errors)', () => {
  it('a range with min above max, an empty list and a backwards supervision-step range, each at its rule and field', () => {
    const r = report(
      ladderJson([
        { id: 'late', when: { overdueWorkingDays: { min: 5, max: 3 } } },
        { id: 'none', when: { nature: [] } },
        { id: 'steps', when: { supervisionStep: { min: 'accountability', max: 'urge' } } },
        catchAll,
      ]),
    );
    expect(r.valid).toBe(false);
    expect(brief(r.errors)).toEqual([
      { code: 'LADDER_CONTRADICTION', severity: 'error', ruleId: 'late', path: ['rules', 0, 'when', 'overdueWorkingDays'] },
      { code: 'LADDER_CONTRADICTION', severity: 'error', ruleId: 'none', path: ['rules', 1, 'when', 'nature'] },
      { code: 'LADDER_CONTRADICTION', severity: 'error', ruleId: 'steps', path: ['rules', 2, 'when', 'supervisionStep'] },
    ]);
    expect(r.errors[0]?.message).toMatch(/min 5 above max 3/);
    expect(r.errors[0]?.messageZh).toMatch(/下限 5 大于上限 3/);
  });

  it('a range no fact can fall in: below 0, or without a whole number for days and reopens', () => {
    const r = report(ladderJson([{ when: { reopenCount: { max: -1 } } }, { when: { overdueWorkingDays: { min: 1.2, max: 1.8 } } }, { when: { amountInvolved: { min: 1.2, max: 1.8 } } }]));
    expect(brief(r.errors).map((e) => e.path)).toEqual([
      ['rules', 0, 'when', 'reopenCount'],
      ['rules', 1, 'when', 'overdueWorkingDays'],
    ]);
  });

  it('returns every finding at once, not only the first', () => {
    const r = report(
      ladderJson([
        { id: 'a', when: { nature: [], scope: [] }, target: { holder: 'nobody' } },
        { id: 'a', when: { reopenCount: { min: 3, max: 2 } } },
      ]),
    );
    expect(brief(r.errors).map((e) => [e.code, e.path.join('.')])).toEqual([
      ['LADDER_UNKNOWN_HOLDER', 'rules.0.target.holder'],
      ['LADDER_CONTRADICTION', 'rules.0.when.nature'],
      ['LADDER_CONTRADICTION', 'rules.0.when.scope'],
      ['DUPLICATE_ID', 'rules.1.id'],
      ['LADDER_CONTRADICTION', 'rules.1.when.reopenCount'],
    ]);
  });

  it('a contradictory rule never fires', () => {
    const r = report(ladderJson([{ when: { overdueWorkingDays: { min: 5, max: 3 } } }, catchAll]));
    const { routeFacts } = compileLadder(r.ladder);
    for (const f of r.gaps?.examples ?? []) expect(routeFacts(f).ruleId).not.toBe('r0');
    expect(r.gaps?.total).toBe(0);
  });
});

describe('validateLadder: shadowed rules (warnings)', () => {
  it('001: a rule for big major problems after the rule for all major and widespread ones never fires, and names the covering rule', () => {
    const r = report(
      ladderJson([
        { id: 'policy', when: { nature: ['policy'] }, rank: 40 },
        { id: 'majorOrWidespread', when: { nature: ['major', 'widespread'] }, rank: 30 },
        { id: 'bigMajor', when: { nature: ['major'], enterprisesAffected: { min: 10 } }, rank: 35 },
        { id: 'ordinary', when: { nature: ['ordinary'] }, rank: 20 },
      ]),
    );
    expect(r.valid).toBe(true);
    expect(brief(r.warnings)).toEqual([{ code: 'LADDER_SHADOWED_RULE', severity: 'warning', ruleId: 'bigMajor', path: ['rules', 2, 'when'] }]);
    expect(r.warnings[0]?.value).toEqual({ coveredBy: 'majorOrWidespread' });
    expect(r.warnings[0]?.message).toContain('"majorOrWidespread"');
    expect(r.warnings[0]?.messageZh).toContain('“majorOrWidespread”');
  });

  it('a narrower earlier rule does not shadow a wider later one', () => {
    const r = report(ladderJson([{ when: { nature: ['major'], enterprisesAffected: { min: 10 } } }, { when: { nature: ['major', 'widespread'] } }, catchAll]));
    expect(brief(r.warnings, 'LADDER_SHADOWED_RULE')).toEqual([]);
  });

  it('compares ranges, industry prefixes, steps and declaredUnsolvable field by field', () => {
    const r = report(
      ladderJson([
        { id: 'wide', when: { industry: ['C'], overdueWorkingDays: { min: 1 }, supervisionStep: { min: 'urge' } } },
        { id: 'inside', when: { industry: ['C34', 'C35'], overdueWorkingDays: { min: 3, max: 9 }, supervisionStep: { min: 'supervision', max: 'publicListing' }, declaredUnsolvable: true } },
        { id: 'otherSection', when: { industry: ['C34', 'D'], overdueWorkingDays: { min: 3 } } },
        { id: 'onTimeToo', when: { industry: ['C34'], overdueWorkingDays: { min: 0 } } },
        { id: 'noIndustry', when: { overdueWorkingDays: { min: 2 }, supervisionStep: { min: 'urge' } } },
        catchAll,
      ]),
    );
    expect(brief(r.warnings, 'LADDER_SHADOWED_RULE').map((w) => w.ruleId)).toEqual(['inside']);
  });

  it('an absent condition is wider than any list, since it also holds for null facts; a range over all values covers it', () => {
    const r = report(
      ladderJson([
        { id: 'allNatures', when: { nature: ['ordinary', 'major', 'widespread', 'policy'] } },
        { id: 'any', when: {} },
        { id: 'late', when: { overdueWorkingDays: { min: 0 } } },
      ]),
    );
    expect(r.warnings.filter((w) => w.code === 'LADDER_SHADOWED_RULE').map((w) => [w.ruleId, w.value])).toEqual([['late', { coveredBy: 'any' }]]);
  });

  it('reports only coverage by one earlier rule: a rule covered by two earlier rules together is not reported (documented)', () => {
    const r = report(ladderJson([{ when: { nature: ['ordinary', 'major'] } }, { when: { nature: ['widespread', 'policy'] } }, { id: 'classified', when: { nature: ['ordinary', 'policy'] } }, catchAll]));
    expect(brief(r.warnings, 'LADDER_SHADOWED_RULE')).toEqual([]);
  });
});

describe('validateLadder: gaps (warnings)', () => {
  it('001 without its policy rule: every classified policy problem is a gap, with examples that route nowhere', () => {
    const r = report(ladderJson([{ when: { nature: ['major', 'widespread'] } }, { when: { nature: ['ordinary'] } }]));
    expect(r.valid).toBe(true);
    expect(brief(r.warnings)).toEqual([{ code: 'LADDER_GAP', severity: 'warning', ruleId: null, path: ['rules'] }]);
    expect(r.gaps).toMatchObject({ checked: 320, total: 80 });
    expect(r.gaps?.examples).toHaveLength(20);
    const { routeFacts } = compileLadder(r.ladder);
    for (const f of r.gaps?.examples ?? []) {
      expect(f.nature).toBe('policy');
      expect(routeFacts(f).target).toBeNull();
    }
    expect(r.warnings[0]?.message).toMatch(/^80 of 320 combinations of classified facts reach no rule, e\.g\. nature=policy/);
    expect(r.warnings[0]?.messageZh).toMatch(/^320 种已分类情形组合中有 80 种没有适用的规则/);
  });

  it('finds a gap between two ranges on both sides of their boundaries', () => {
    const r = report(ladderJson([{ when: { overdueWorkingDays: { max: 4 } } }, { when: { overdueWorkingDays: { min: 6 } } }]));
    // Overdue 0, 5 (the gap) and 6 (just past max 4 is 5; min 6) are tried.
    expect(r.gaps?.checked).toBe(320 * 3);
    expect(r.gaps?.total).toBe(320);
    expect(new Set(r.gaps?.examples.map((f) => f.overdueWorkingDays))).toEqual(new Set([5]));
  });

  it('finds a gap between real-valued ranges, and past the open end', () => {
    const r = report(ladderJson([{ when: { amountInvolved: { max: 100 } } }, { when: { amountInvolved: { min: 100.5, max: 1000 } } }]));
    // Tried: 0, 50, 100, 100.25, 100.5, 550.25, 1000 and 2000 yuan.
    expect(r.gaps?.checked).toBe(320 * 8);
    expect(r.gaps?.total).toBe(320 * 2);
    expect(new Set(r.gaps?.examples.map((f) => f.amountInvolved))).toEqual(new Set([100.25, 2000]));
  });

  it('counts unknown industries and categories the rules do not name, and ignores unclassified facts', () => {
    const r = report(ladderJson([{ when: { industry: ['C'] } }, { when: { categoryId: ['power'] } }]));
    const kinds = new Set(r.gaps?.examples.map((f) => `${f.industry}/${f.categoryId}`));
    expect(kinds).toEqual(new Set(['null/(other)', 'A/(other)']));
    expect(r.gaps?.examples.every((f) => f.nature !== null && f.scope !== null && f.procedure !== null)).toBe(true);
  });

  it('000: scope alone leaves no gap once all four scopes have a rule', () => {
    const scopes = ['ownFunction', 'otherSections', 'outsideBureau', 'multiDepartment'];
    expect(report(ladderJson(scopes.map((s) => ({ when: { scope: [s] } })))).warnings).toEqual([]);
    expect(report(ladderJson(scopes.slice(1).map((s) => ({ when: { scope: [s] } })))).gaps?.total).toBe(80);
  });

  it('keeps as many examples as asked, and skips the search when there are too many combinations', () => {
    const input = ladderJson([{ when: { nature: ['ordinary'] } }]);
    expect(ladderReport(input, { maxGapExamples: 3 }).gaps?.examples).toHaveLength(3);
    const skipped = ladderReport(input, { maxGapChecks: 100 });
    expect(skipped.gaps).toBeNull();
    expect(brief(skipped.warnings)).toEqual([{ code: 'LADDER_GAPS_UNCHECKED', severity: 'warning', ruleId: null, path: ['rules'] }]);
  });
});

describe('validateLadder: rank inversions (warnings)', () => {
  it('a higher rule placed after a lower one that takes some of its problems', () => {
    const r = report(ladderJson([{ id: 'late', when: { overdueWorkingDays: { min: 1 } }, rank: 20 }, { id: 'policy', when: { nature: ['policy'] }, rank: 40 }, catchAll]));
    expect(brief(r.warnings)).toEqual([{ code: 'LADDER_RANK_INVERSION', severity: 'warning', ruleId: 'policy', path: ['rules', 1, 'rank'] }]);
    expect(r.warnings[0]?.value).toEqual({ earlierRule: 'late' });
  });

  it('not when the two rules never hold together', () => {
    const r = report(ladderJson([{ when: { nature: ['ordinary'] }, rank: 20 }, { when: { nature: ['policy'] }, rank: 40 }, catchAll]));
    expect(brief(r.warnings, 'LADDER_RANK_INVERSION')).toEqual([]);
  });
});

describe('validateLadder: findings are plain data', () => {
  it('every finding code is in errorCodes, and the report survives JSON', () => {
    const r = report(
      ladderJson([
        { id: 'a', when: { nature: [] }, target: { holder: 'nobody', portfolio: 'x' } },
        { id: 'a', when: { nature: ['major'] }, rank: 200 },
        { when: { nature: ['major'] } },
        { when: { scope: ['ownFunction'] }, rank: 300 },
      ]),
    );
    for (const f of [...r.errors, ...r.warnings]) {
      expect(Object.hasOwn(errorCodes, f.code)).toBe(true);
      expect(f.messageZh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(new Set([...r.errors, ...r.warnings].map((f) => f.code))).toEqual(
      new Set(['LADDER_UNKNOWN_HOLDER', 'LADDER_UNEXPECTED_PORTFOLIO', 'LADDER_CONTRADICTION', 'DUPLICATE_ID', 'LADDER_RANK_INVERSION', 'LADDER_SHADOWED_RULE', 'LADDER_GAP']),
    );
  });
});

describe('Part 9 (issue 14): validateLadder within stated budgets', () => {
  it('rules are compared with earlier ones within maxRuleComparisons steps; beyond, LADDER_RULES_UNCOMPARED names the first rule left out', () => {
    // A list condition on every rule, so that the rules are compared (a range-only ladder is swept, within no budget: Part 11);
    // a pair costs 3 steps (1, and the one entry of each rule's nature list): r1 takes 6 (a cover and a rank test), r2 runs out.
    const rules = Array.from({ length: 6 }, (_, i) => ({ when: { nature: ['major'], overdueWorkingDays: { min: i, max: i } }, rank: 10 + i }));
    expect(brief(report(ladderJson(rules)).warnings, 'LADDER_RULES_UNCOMPARED')).toEqual([]);
    const r = ladderReport(ladderJson(rules), { maxRuleComparisons: 7 });
    expect(brief(r.warnings, 'LADDER_RULES_UNCOMPARED')).toEqual([{ code: 'LADDER_RULES_UNCOMPARED', severity: 'warning', ruleId: 'r2', path: ['rules', 2] }]);
  });

  it('the pairs still compared are reported as before', () => {
    const rules = [{ when: { nature: ['major'] } }, { when: { nature: ['major'], overdueWorkingDays: { min: 3 } } }, { when: { nature: ['major'], overdueWorkingDays: { min: 5 } } }];
    const r = ladderReport(ladderJson(rules), { maxRuleComparisons: 3 });
    expect(brief(r.warnings, 'LADDER_SHADOWED_RULE').map((f) => f.ruleId)).toEqual(['r1']);
    expect(brief(r.warnings, 'LADDER_RULES_UNCOMPARED').map((f) => f.ruleId)).toEqual(['r2']);
  });

  it('Part 11 (issue 16): a range-only ladder is swept, not compared, so no budget runs out: 10,000 rules by days overdue, each shadowed by the one before', () => {
    // Rule i holds from i + 1 days overdue: the rule before it holds from i, so it takes every problem rule i would take.
    const rules = Array.from({ length: 10_000 }, (_, i) => ({ when: { overdueWorkingDays: { min: i + 1 } }, rank: 10 + (i % 7) }));
    const r = ladderReport(ladderJson(rules), { maxRuleComparisons: 10 });
    expect(brief(r.warnings, 'LADDER_RULES_UNCOMPARED')).toEqual([]);
    expect(brief(r.warnings, 'LADDER_SHADOWED_RULE')).toHaveLength(9_999);
  });

  it('10,000 rules shadowed by the first: compared until the budget runs out, then one warning', () => {
    const rules = Array.from({ length: 10_000 }, (_, i) => ({ when: i === 0 ? {} : { overdueWorkingDays: { min: i } }, rank: 10 }));
    const r = report(ladderJson(rules));
    expect(r.warnings.filter((w) => w.code === 'LADDER_SHADOWED_RULE')).toHaveLength(9_999);
    expect(r.warnings.some((w) => w.code === 'LADDER_RULES_UNCOMPARED')).toBe(false);
  });

  it('the gap search is skipped beyond 10 × maxGapChecks rule tests (combinations × rules that can apply)', () => {
    const rules = Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, when: { categoryId: [`cat${i}`] } }));
    const r = ladderReport(ladderJson(rules), { maxGapChecks: 20_000 }); // 16,320 combinations × 50 rules
    const skipped = r.warnings.find((w) => w.code === 'LADDER_GAPS_UNCHECKED');
    expect(skipped?.message).toMatch(/combinations of facts against its rules make \d+ rule tests, more than 200000/);
    expect(r.gaps).toBeNull();
  });

  it('industry lists of 20,000 prefixes are compared through their prefixes, not pair by pair', () => {
    const codes = Array.from({ length: 20_000 }, (_, i) => `X${i}`);
    const r = report(ladderJson([{ when: { industry: ['X'] } }, { when: { industry: codes } }]));
    expect(brief(r.warnings, 'LADDER_SHADOWED_RULE').map((f) => f.ruleId)).toEqual(['r1']);
  });

  it('LADDER_INVALID lists the first 20 errors and counts the rest; the report keeps them all', () => {
    const r = validateLadder(ladderJson(Array.from({ length: 100 }, () => ({ when: { nature: [] } }))));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues).toHaveLength(20);
    expect(r.error.moreIssues).toBe(80);
    expect(r.error.report?.errors).toHaveLength(100);
  });
});
