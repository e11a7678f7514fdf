import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { decideFaultTolerance, exampleFaultTolerancePolicy, FaultTolerancePolicySchema, type FaultToleranceFacts, type FaultTolerancePolicy } from '../../src/scoring/index.js';
import { shuffled } from '../../bench/seeded.js';

/** Facts the situations may name, and two that no situation names. */
const used = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
const unrelated = ['u1', 'u2'] as const;

/** A situation: required facts and excluded ones, disjoint. */
const situation = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...used), { minLength: 1, maxLength: 3 }), fc.uniqueArray(fc.constantFrom(...used), { maxLength: 3 }))
  .map(([all, none]) => ({ all, none: none.filter((x) => !all.includes(x)) }));

/** A list of 0–5 situations on each side over the facts above. */
const policy: fc.Arbitrary<FaultTolerancePolicy> = fc.tuple(fc.array(situation, { maxLength: 5 }), fc.array(situation, { maxLength: 5 })).map(([ex, ac]) =>
  FaultTolerancePolicySchema.parse({
    id: 'p',
    name: { zh: '清单', en: 'List' },
    source: 'test',
    facts: [...used, ...unrelated].map((key) => ({ key, label: { zh: `事实${key}`, en: `Fact ${key}` } })),
    exemptions: ex.map((when, i) => ({ id: `e${i}`, label: { zh: `免${i}`, en: `Exempt ${i}` }, when })),
    accountabilities: ac.map((when, i) => ({ id: `x${i}`, label: { zh: `追${i}`, en: `Accountable ${i}` }, when })),
  }),
);

/** Facts of a case: each used fact true, false, null or absent. */
const facts: fc.Arbitrary<FaultToleranceFacts> = fc.dictionary(fc.constantFrom(...used), fc.constantFrom(true, false, null), { maxKeys: used.length });
/** Facts of the example list. */
const exampleFacts: fc.Arbitrary<FaultToleranceFacts> = fc.dictionary(fc.constantFrom(...exampleFaultTolerancePolicy.facts.map((f) => f.key)), fc.constantFrom(true, false, null));

describe('002 Haining: laws of the fault-tolerance decision', () => {
  test.prop([policy, facts, fc.nat()])('the decision does not depend on the order of the situations or of the facts', (p, f, seed) => {
    const again: FaultTolerancePolicy = { ...p, exemptions: shuffled(p.exemptions, seed), accountabilities: shuffled(p.accountabilities, seed + 1) };
    const reordered = Object.fromEntries(shuffled(Object.entries(f), seed + 2));
    expect(unwrap(decideFaultTolerance(reordered, again))).toEqual(unwrap(decideFaultTolerance(f, p)));
  });

  test.prop([policy, facts, fc.constantFrom(...unrelated), fc.constantFrom(true, false, null)])('adding a fact no situation names never changes the decision', (p, f, key, value) => {
    expect(unwrap(decideFaultTolerance({ ...f, [key]: value }, p))).toEqual(unwrap(decideFaultTolerance(f, p)));
  });

  test.prop([policy, facts, fc.dictionary(fc.constantFrom(...used), fc.boolean())])('an exempt or accountable outcome, or a conflict, stands when more facts become known', (p, f, more) => {
    const d = unwrap(decideFaultTolerance(f, p));
    fc.pre(d.outcome !== 'toBeDecided' || d.conflict);
    const unknown = Object.fromEntries(Object.entries(more).filter(([k]) => f[k] === undefined || f[k] === null));
    const later = unwrap(decideFaultTolerance({ ...f, ...unknown }, p));
    expect([later.outcome, later.conflict]).toEqual([d.outcome, d.conflict]);
  });

  test.prop([exampleFacts])('on the example list: exempt means an exemption applies and every accountability situation is ruled out (and the other way round)', (f) => {
    const d = unwrap(decideFaultTolerance(f, exampleFaultTolerancePolicy));
    const side = (s: string) => d.findings.filter((x) => x.side === s);
    const applies = (s: string) => side(s).some((x) => x.status === 'applies');
    const ruledOut = (s: string) => side(s).every((x) => x.status === 'doesNotApply');
    expect(d.outcome === 'exempt').toBe(applies('exempt') && ruledOut('accountable'));
    expect(d.outcome === 'accountable').toBe(applies('accountable') && ruledOut('exempt'));
    expect(d.conflict).toBe(applies('exempt') && applies('accountable'));
    expect(d.missingFacts.every((k) => f[k] === undefined || f[k] === null)).toBe(true);
  });
});
