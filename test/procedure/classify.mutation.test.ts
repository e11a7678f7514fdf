import { describe, expect, it } from 'vitest';
import { unwrap, parse } from '../../src/index.js';
import { classifyProcedure, MatterSchema, ProcedurePolicySchema, type Matter, type ProcedureDecision } from '../../src/procedure/index.js';

// The explanations of classifyProcedure at their edges, found by mutation testing (npm run mutation):
// each reason's text says whether it held, and an uncategorised matter has no industry peers.

const matter = (overrides: Partial<Matter> = {}): Matter =>
  MatterSchema.parse({ enterpriseId: 'e1', industry: 'C3411', categoryId: 'financing', kind: 'other', affectsPublicInterest: false, on: '2026-10-09', ...overrides });

const text = (d: ProcedureDecision, rule: string) => d.reasons.find((r) => r.rule === rule)?.text;
const none = { issues: [], industryOf: {} };

describe('classifyProcedure explains each rule in both languages', () => {
  it('routineMatter: a simple kind is one, any other kind is "not" one', () => {
    expect(text(unwrap(classifyProcedure(matter({ kind: 'licensing' }), none)), 'routineMatter')?.en).toMatch(/ is a simple-procedure kind\.$/);
    expect(text(unwrap(classifyProcedure(matter({ kind: 'licensing' }), none)), 'routineMatter')?.zh).toMatch(/[^不]属于简易程序事项。$/);
    expect(text(unwrap(classifyProcedure(matter({ kind: 'other' }), none)), 'routineMatter')?.en).toMatch(/ is not a simple-procedure kind\.$/);
    expect(text(unwrap(classifyProcedure(matter({ kind: 'other' }), none)), 'routineMatter')?.zh).toMatch(/不属于简易程序事项。$/);
  });

  it('otherwise names the procedure it falls back to', () => {
    const simple = unwrap(classifyProcedure(matter(), none));
    expect(text(simple, 'otherwise')).toEqual({ en: 'No rule applies: the simple procedure.', zh: '无规则适用，按简易程序。' });
    const general = unwrap(classifyProcedure(matter(), none, parse(ProcedurePolicySchema, { otherwise: 'general' })));
    expect(text(general, 'otherwise')).toEqual({ en: 'No rule applies: the general procedure.', zh: '无规则适用，按一般程序。' });
  });

  it('industryCommon counts the enterprise itself when it has a category, and no one without one', () => {
    expect(text(unwrap(classifyProcedure(matter(), none)), 'industryCommon')?.en).toMatch(/^1 enterprise\(s\)/);
    expect(text(unwrap(classifyProcedure(matter(), none)), 'industryCommon')?.zh).toContain('有 1 家企业');
    const uncategorised = unwrap(classifyProcedure(matter({ categoryId: null }), none));
    expect(text(uncategorised, 'industryCommon')?.en).toMatch(/^0 enterprise\(s\)/);
    expect(text(uncategorised, 'industryCommon')?.zh).toContain('有 0 家企业');
  });
});
