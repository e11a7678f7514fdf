import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { appraisalGrades, PersonnelProposalPolicySchema, proposePersonnelDecisions, tallyOutcomes, xingtaiOutcomeMeasures, type OutcomeRecord } from '../../src/scoring/index.js';

const measure = fc.constantFrom(...xingtaiOutcomeMeasures.measures.map((m) => m.key));
const records: fc.Arbitrary<OutcomeRecord[]> = fc
  .array(
    fc.record(
      {
        measure,
        value: fc.oneof(fc.nat({ max: 50 }), fc.double({ min: 0, max: 20, noNaN: true })),
        on: fc.constantFrom('2013-01-05', '2013-04-30', '2013-07-01', '2013-12-31', '2014-02-14'),
        adviserId: fc.constantFrom('a1', 'a2', 'a3'),
        departmentId: fc.constantFrom('d1', 'd2'),
        enterpriseId: fc.constantFrom('e1', 'e2'),
      },
      { requiredKeys: ['measure', 'value', 'on'] },
    ),
    { maxLength: 30 },
  )
  .map((rs) => rs.map((r, i) => ({ ...r, id: `r${i}`, value: r.measure === 'financingAmount' ? r.value : Math.round(r.value) })));
const grouping = fc.record({ by: fc.constantFrom('adviser', 'department', 'enterprise', 'none'), per: fc.constantFrom('month', 'quarter', 'year', 'period') } as const);
const period = { from: '2013-01-01', to: '2014-12-31' };

describe('000 Xingtai: laws of outcome tallies', () => {
  test.prop([records, grouping])('the rows add up exactly to the totals, however they are grouped', (rs, g) => {
    const t = unwrap(tallyOutcomes(rs, xingtaiOutcomeMeasures, { period, ...g }));
    for (const m of xingtaiOutcomeMeasures.measures) {
      const units = 10 ** (m.kind === 'count' ? 0 : m.decimals);
      const sum = t.rows.reduce((s, r) => s + Math.round((r.values[m.key] ?? 0) * units), 0);
      expect(sum).toBe(Math.round((t.totals[m.key] ?? 0) * units));
    }
    expect(t.rows.reduce((s, r) => s + r.records, 0)).toBe(rs.length);
  });

  test.prop([records, grouping])('the tally does not depend on the order of the records', (rs, g) => {
    expect(unwrap(tallyOutcomes([...rs].reverse(), xingtaiOutcomeMeasures, { period, ...g }))).toEqual(unwrap(tallyOutcomes(rs, xingtaiOutcomeMeasures, { period, ...g })));
  });

  test.prop([fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), score: fc.integer({ min: 30, max: 100 }), seconded: fc.boolean() }), { selector: (p) => p.id, maxLength: 40 }), fc.option(fc.nat({ max: 10 }))])(
    'proposals do not depend on the order of the appraisal, and never promote more than the cap',
    (people, cap) => {
      const policy = PersonnelProposalPolicySchema.parse({ maxPromotions: cap });
      const a = unwrap(appraisalGrades(people));
      const p = unwrap(proposePersonnelDecisions(a, policy));
      expect(unwrap(proposePersonnelDecisions({ ...a, grades: [...a.grades].reverse() }, policy))).toEqual(p);
      const promoted = p.proposals.filter((x) => x.kind === 'promotion').length;
      expect(promoted).toBe(Math.min(cap ?? Infinity, a.pools.regular.excellent + a.pools.seconded.excellent));
    },
  );
});
