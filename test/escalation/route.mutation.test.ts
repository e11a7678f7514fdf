import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { IssueNature, IssueScope, Procedure, SupervisionStep } from '../../src/issue/index.js';
import {
  compileLadder,
  EscalationLadderSchema,
  type EscalationLadder,
  type FactName,
  type IssueFacts,
  type Route,
} from '../../src/escalation/index.js';
import { factNames } from '../../src/escalation/schema.js';

// compileLadder flattens rules into specs, shares the lists of skipped rules between routes and
// caches ladders; mutation testing (npm run mutation) showed that the behaviour tests do not pin
// which condition each skipped rule failed on, nor the open ends of ranges. Here every route of many
// generated ladders is compared with a plain reading of the rules (a reference router).

const natures = IssueNature.schema.options;
const scopes = IssueScope.schema.options;
const procedures = Procedure.schema.options;
const steps = SupervisionStep.schema.options;

type When = EscalationLadder['rules'][number]['when'];

const rangeArb = (max: number, step: number) =>
  fc
    .record({ min: fc.integer({ min: 0, max }).map((n) => n * step), max: fc.integer({ min: 0, max }).map((n) => n * step) }, { requiredKeys: [] })
    .filter((r) => r.min === undefined || r.max === undefined || r.min <= r.max);

/** Conditions over a small vocabulary, so that rules often hold and often fail. */
const whenArb: fc.Arbitrary<When> = fc.record(
  {
    nature: fc.subarray([...natures], { minLength: 1 }),
    scope: fc.subarray([...scopes], { minLength: 1 }),
    procedure: fc.subarray([...procedures], { minLength: 1 }),
    categoryId: fc.subarray(['power', 'land', 'tax'], { minLength: 1 }),
    industry: fc.subarray(['C', 'C34', 'A01', 'B'], { minLength: 1 }),
    enterprisesAffected: rangeArb(6, 1),
    amountInvolved: rangeArb(6, 0.5),
    overdueWorkingDays: rangeArb(6, 1),
    supervisionStep: fc.record({ min: fc.constantFrom(...steps), max: fc.constantFrom(...steps) }, { requiredKeys: [] }),
    reopenCount: rangeArb(3, 1),
    declaredUnsolvable: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** Ladders of 1–6 rules, often with a single condition each (the case whose skipped lists are shared). */
const ladderArb: fc.Arbitrary<EscalationLadder> = fc
  .array(
    fc.oneof(
      whenArb,
      whenArb.map((w) => {
        const [first] = Object.entries(w);
        return (first === undefined ? {} : Object.fromEntries([first])) as When;
      }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .chain((whens) =>
    fc.tuple(fc.constant(whens), fc.array(fc.integer({ min: 0, max: 100 }), { minLength: whens.length, maxLength: whens.length })),
  )
  .map(([whens, ranks]) =>
    EscalationLadderSchema.parse({
      id: 'generated',
      name: { zh: '生成的层级', en: 'Generated ladder' },
      source: 'test',
      rules: whens.map((when, i) => ({ id: `r${i}`, when, target: { holder: 'mayor' }, rank: ranks[i] })),
    }),
  );

const factsArb: fc.Arbitrary<IssueFacts> = fc.record({
  nature: fc.option(fc.constantFrom(...natures), { nil: null, freq: 6 }),
  scope: fc.option(fc.constantFrom(...scopes), { nil: null, freq: 6 }),
  procedure: fc.option(fc.constantFrom(...procedures), { nil: null, freq: 6 }),
  categoryId: fc.option(fc.constantFrom('power', 'land', 'tax', 'other'), { nil: null, freq: 6 }),
  industry: fc.option(fc.constantFrom('C', 'C34', 'C3411', 'A01', 'A', 'B2', 'D'), { nil: null, freq: 4 }),
  enterprisesAffected: fc.integer({ min: 0, max: 7 }),
  amountInvolved: fc.integer({ min: 0, max: 8 }).map((n) => n / 2),
  overdueWorkingDays: fc.integer({ min: 0, max: 7 }),
  supervisionStep: fc.constantFrom(...steps),
  reopenCount: fc.integer({ min: 0, max: 4 }),
  reworkCount: fc.integer({ min: 0, max: 6 }),
  declaredUnsolvable: fc.boolean(),
});

const order = factNames;

const inRange = (v: number, r: { min?: number | undefined; max?: number | undefined }) => (r.min === undefined || v >= r.min) && (r.max === undefined || v <= r.max);

/** Whether the condition on `name` holds for the facts, read straight off the rule. */
function holds(when: When, name: FactName, f: IssueFacts): boolean {
  switch (name) {
    case 'nature':
    case 'scope':
    case 'procedure':
    case 'categoryId':
      return (when[name] as readonly (string | null)[]).includes(f[name]);
    case 'industry':
      return f.industry !== null && (when.industry ?? []).some((p) => (f.industry as string).startsWith(p));
    case 'enterprisesAffected':
    case 'amountInvolved':
    case 'overdueWorkingDays':
    case 'reopenCount':
    case 'reworkCount':
      return inRange(f[name], when[name] ?? {});
    case 'supervisionStep': {
      const s = when.supervisionStep ?? {};
      const rank = steps.indexOf(f.supervisionStep);
      return (s.min === undefined || rank >= steps.indexOf(s.min)) && (s.max === undefined || rank <= steps.indexOf(s.max));
    }
    case 'declaredUnsolvable':
      return f.declaredUnsolvable === when.declaredUnsolvable;
    default: {
      const never: never = name;
      throw new Error(`unknown fact ${String(never)}`);
    }
  }
}

/** The reference router: the first rule all of whose conditions hold; each earlier one with its first failing condition. */
function reference(ladder: EscalationLadder, f: IssueFacts): Route {
  const skipped: { ruleId: string; failedOn: FactName }[] = [];
  for (const rule of ladder.rules) {
    const held = order.filter((name) => rule.when[name] !== undefined);
    const failedOn = held.find((name) => !holds(rule.when, name, f));
    if (failedOn === undefined) return { ladderId: ladder.id, ruleId: rule.id, target: rule.target, rank: rule.rank, held, skipped };
    skipped.push({ ruleId: rule.id, failedOn });
  }
  return { ladderId: ladder.id, ruleId: null, target: null, rank: null, held: [], skipped };
}

describe('compileLadder routes exactly like a plain reading of the rules', () => {
  const ladders = fc.sample(ladderArb, { numRuns: 150, seed: 20261124 });
  const facts = fc.sample(factsArb, { numRuns: 40, seed: 11 });

  it('the same rule, target, rank, held conditions and skipped rules with their failing condition', () => {
    for (const ladder of ladders) {
      const compiled = compileLadder(ladder);
      for (const f of facts) expect(compiled.routeFacts(f), JSON.stringify({ when: ladder.rules.map((r) => r.when), f })).toEqual(reference(ladder, f));
    }
  });

  it('after other ladders were compiled in between (the one-ladder cache and the weak cache)', () => {
    const [a, b] = ladders;
    if (a === undefined || b === undefined) throw new Error('no ladders');
    const f = facts[0] as IssueFacts;
    expect(compileLadder(a).routeFacts(f)).toEqual(reference(a, f));
    expect(compileLadder(b).routeFacts(f)).toEqual(reference(b, f));
    expect(compileLadder(a)).toBe(compileLadder(a));
    expect(compileLadder(a).routeFacts(f)).toEqual(reference(a, f));
  });

  it('open range ends: a max alone has no lower bound and a min alone no upper bound', () => {
    const ladder = EscalationLadderSchema.parse({
      id: 'ends',
      name: { zh: '端点', en: 'Ends' },
      source: 'test',
      rules: [
        { id: 'few', when: { enterprisesAffected: { max: 2 }, reopenCount: { max: 1 } }, target: { holder: 'mayor' }, rank: 9 },
        { id: 'many', when: { enterprisesAffected: { min: 3 }, reopenCount: { min: 2 }, supervisionStep: { max: 'urge' } }, target: { holder: 'mayor' }, rank: 8 },
        { id: 'unsolvable', when: { declaredUnsolvable: true }, target: { holder: 'mayor' }, rank: 7 },
      ],
    });
    const f = facts[0] as IssueFacts;
    const base = { ...f, enterprisesAffected: 0, reopenCount: 0, supervisionStep: 'unsupervised', declaredUnsolvable: false } as const;
    expect(compileLadder(ladder).routeFacts(base).ruleId).toBe('few');
    expect(compileLadder(ladder).routeFacts({ ...base, enterprisesAffected: 1e9, reopenCount: 1e9 }).ruleId).toBe('many');
    expect(compileLadder(ladder).routeFacts({ ...base, enterprisesAffected: 3, reopenCount: 1 }).skipped).toEqual([
      { ruleId: 'few', failedOn: 'enterprisesAffected' },
      { ruleId: 'many', failedOn: 'reopenCount' },
      { ruleId: 'unsolvable', failedOn: 'declaredUnsolvable' },
    ]);
    expect(compileLadder(ladder).routeFacts({ ...base, enterprisesAffected: 3, reopenCount: 2, supervisionStep: 'supervision' }).skipped[1]).toEqual({
      ruleId: 'many',
      failedOn: 'supervisionStep',
    });
  });
});
