import { fc, test } from '@fast-check/vitest';
import { ladderReport } from './report.js';
import { describe, expect, it } from 'vitest';
import { unwrap, parse } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import {
  IssueNature,
  IssueScope,
  SupervisionPolicySchema,
  Procedure,
  supervisionStatus,
  SupervisionStep,
  type SupervisionPolicy,
} from '../../src/issue/index.js';
import {
  issueFacts,
  compileLadder,
  EscalationHolder,
  hainingLadder,
  jiaozuoLadder,
  jiaozuoTimeLadder,
  route,
  timeLadder,
  xingtaiLadder,
  type EscalationLadder,
  type IssueFacts,
  type LadderReport,
  type Route,
  type ValidateLadderOptions,
} from '../../src/escalation/index.js';
import { daysFromCivil, fromDayNumber, toDayNumber } from '../../src/internal/days.js';
import { assigned } from '../issue/fixtures.js';

const natures = IssueNature.schema.options;
const scopes = IssueScope.schema.options;
const procedures = Procedure.schema.options;
const steps = SupervisionStep.schema.options;
const categories = ['power', 'land', 'tax'] as const;
const industries = ['C', 'C34', 'C3411', 'A01', 'B'] as const;

/** Issue facts of any kind, classified or not, from a small vocabulary so that rules often hold. */
const factsArb: fc.Arbitrary<IssueFacts> = fc.tuple(fc.record({
  nature: fc.option(fc.constantFrom(...natures), { nil: null, freq: 6 }),
  scope: fc.option(fc.constantFrom(...scopes), { nil: null, freq: 6 }),
  procedure: fc.option(fc.constantFrom(...procedures), { nil: null, freq: 6 }),
  categoryId: fc.option(fc.constantFrom(...categories, 'other'), { nil: null, freq: 6 }),
  industry: fc.option(fc.constantFrom(...industries, 'C35', 'D44'), { nil: null, freq: 4 }),
  enterprisesAffected: fc.oneof(fc.integer({ min: 0, max: 30 }).map((n) => n / 2), fc.integer({ min: 0, max: 10_000 })),
  amountInvolved: fc.oneof(fc.integer({ min: 0, max: 30 }).map((n) => n / 2), fc.double({ min: 0, max: 1e9, noNaN: true })),
  overdueWorkingDays: fc.oneof(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 250 })),
  supervisionStep: fc.constantFrom(...steps),
  reopenCount: fc.integer({ min: 0, max: 5 }),
  declaredUnsolvable: fc.boolean(),
}), fc.integer({ min: 0, max: 4 })).map(([f, redispatched]) => ({ ...f, reworkCount: f.reopenCount + redispatched }));

/** Classified facts: nature, scope, procedure and category set. */
const classifiedArb: fc.Arbitrary<IssueFacts> = fc
  .tuple(factsArb, fc.constantFrom(...natures), fc.constantFrom(...scopes), fc.constantFrom(...procedures), fc.constantFrom(...categories, 'other'))
  .map(([f, nature, scope, procedure, categoryId]) => ({ ...f, nature, scope, procedure, categoryId }));

/** A valid supervision policy: a rising ladder of 0–4 steps. */
const policyArb: fc.Arbitrary<SupervisionPolicy> = fc
  .record({ rungs: fc.subarray(['urge', 'supervision', 'publicListing', 'accountability'] as const), gaps: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 4, maxLength: 4 }) })
  .map(({ rungs, gaps }) => {
    let days = 0;
    return parse(SupervisionPolicySchema, { steps: rungs.map((step, i) => ({ step, overdueDays: (days += gaps[i] ?? 1) })) });
  });

/** The default ladders the monotonicity laws are about, and time ladders of any policy. */
const defaultLadderArb: fc.Arbitrary<EscalationLadder> = fc.oneof(
  fc.constantFrom(jiaozuoTimeLadder, jiaozuoLadder, xingtaiLadder, hainingLadder, unwrap(timeLadder())),
  policyArb.map((p) => unwrap(timeLadder(p))),
);

/** ordinary < widespread = major < policy; unclassified lowest. */
const level = (n: IssueNature | null): number => (n === null ? -1 : n === 'ordinary' ? 0 : n === 'policy' ? 2 : 1);
/** A route's rank, a gap lowest. */
const rankOf = (r: Route): number => r.rank ?? -1;
const routeFacts = (ladder: EscalationLadder, f: IssueFacts): Route => compileLadder(ladder).routeFacts(f);

describe('routing laws on the default ladders (001, 000, 002, 000/003)', () => {
  test.prop([defaultLadderArb, factsArb])('routing is deterministic: equal facts give deep-equal routes, on the ladder or a JSON copy of it', (ladder, f) => {
    const copy = JSON.parse(JSON.stringify(ladder)) as EscalationLadder;
    const r = routeFacts(ladder, f);
    expect(routeFacts(ladder, structuredClone(f))).toEqual(r);
    expect(routeFacts(copy, f)).toEqual(r);
  });

  test.prop([defaultLadderArb, factsArb, fc.constantFrom(...natures)])(
    '001: raising the nature (ordinary < widespread = major < policy) never routes to a lower rank',
    (ladder, f, other) => {
      const [lo, hi] = level(f.nature) <= level(other) ? [f.nature, other] : [other, f.nature];
      expect(rankOf(routeFacts(ladder, { ...f, nature: hi }))).toBeGreaterThanOrEqual(rankOf(routeFacts(ladder, { ...f, nature: lo })));
    },
  );

  test.prop([defaultLadderArb, factsArb, fc.integer({ min: 0, max: 20 })])('000/003: more working days overdue never routes to a lower rank', (ladder, f, more) => {
    expect(rankOf(routeFacts(ladder, { ...f, overdueWorkingDays: f.overdueWorkingDays + more }))).toBeGreaterThanOrEqual(rankOf(routeFacts(ladder, f)));
  });

  test.prop([defaultLadderArb, factsArb, fc.integer({ min: 0, max: 5 })])('002: more reopens never route to a lower rank', (ladder, f, more) => {
    expect(rankOf(routeFacts(ladder, { ...f, reopenCount: f.reopenCount + more }))).toBeGreaterThanOrEqual(rankOf(routeFacts(ladder, f)));
  });

  test.prop([defaultLadderArb, classifiedArb])('a classified issue always reaches a rule of a default ladder', (ladder, f) => {
    expect(routeFacts(ladder, f).target).not.toBeNull();
  });

  it('every rule of every default ladder can fire (searched over 3,000 generated facts)', () => {
    const sample = fc.sample(factsArb, { numRuns: 3000, seed: 20261001 });
    for (const ladder of [jiaozuoLadder, xingtaiLadder, hainingLadder, unwrap(timeLadder()), jiaozuoTimeLadder]) {
      const fired = new Set(sample.map((f) => routeFacts(ladder, f).ruleId));
      expect(ladder.rules.filter((r) => !fired.has(r.id)).map((r) => r.id), ladder.id).toEqual([]);
    }
  });
});

/** An assigned issue (2024–2025, 1–30 working days) and a date 0–120 days after its assignment. */
const assignedArb = fc
  .record({ day: fc.integer({ min: daysFromCivil(2024, 1, 1), max: daysFromCivil(2025, 12, 31) }), workingDays: fc.integer({ min: 1, max: 30 }), later: fc.integer({ min: 0, max: 120 }) })
  .map(({ day, workingDays, later }) => ({ issue: assigned({ date: fromDayNumber(day), workingDays }), asOf: fromDayNumber(toDayNumber(fromDayNumber(day)) + later) }));

describe('the time ladder and the supervision slip (000, 003)', () => {
  test.prop([assignedArb, policyArb], { numRuns: 60 })('the time ladder sends an assigned issue to the step the supervision slip says is due', ({ issue, asOf }, policy) => {
    const status = unwrap(supervisionStatus(issue, asOf, chinaCalendar, policy));
    const r = unwrap(route(issue, unwrap(timeLadder(policy)), asOf, chinaCalendar));
    expect(r.target?.step ?? 'unsupervised').toBe(status?.dueStep);
    expect(unwrap(issueFacts(issue, asOf, chinaCalendar)).overdueWorkingDays).toBe(status?.overdueWorkingDays);
  });
});

const bound = fc.integer({ min: -2, max: 24 }).map((n) => n / 2);
const rangeArb = fc.record({ min: bound, max: bound }, { requiredKeys: [] });
const conditionArbs = {
  nature: fc.subarray([...natures]),
  scope: fc.subarray([...scopes]),
  procedure: fc.subarray([...procedures]),
  categoryId: fc.subarray([...categories]),
  industry: fc.subarray([...industries]),
  enterprisesAffected: rangeArb,
  amountInvolved: rangeArb,
  overdueWorkingDays: rangeArb,
  reopenCount: rangeArb,
  reworkCount: rangeArb,
  supervisionStep: fc.record({ min: fc.constantFrom(...steps), max: fc.constantFrom(...steps) }, { requiredKeys: [] }),
  declaredUnsolvable: fc.boolean(),
} as const;
type ConditionKey = keyof typeof conditionArbs;

/** Conditions on up to three facts. */
const whenArb = fc
  .subarray(Object.keys(conditionArbs) as ConditionKey[], { maxLength: 3 })
  .chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, conditionArbs[k]])) as Record<ConditionKey, fc.Arbitrary<unknown>>));

const holders = Object.keys(EscalationHolder.labels);

/** A ladder as JSON: 1–5 rules with distinct ids, any holders (a few unknown), portfolios, ranks. */
const ladderJsonArb = fc.array(
  fc.record({
    when: whenArb,
    holder: fc.constantFrom(...holders, 'nobody'),
    portfolio: fc.constantFrom(undefined, undefined, undefined, '工业经济', '城建'),
    rank: fc.integer({ min: 0, max: 60 }),
  }),
  { minLength: 1, maxLength: 5 },
).map((rules) => ({
  id: 'generated',
  name: { zh: '生成的层级', en: 'Generated ladder' },
  source: 'fast-check',
  rules: rules.map((r, i) => ({
    id: `r${i}`,
    when: r.when,
    target: r.portfolio === undefined ? { holder: r.holder } : { holder: r.holder, portfolio: r.portfolio },
    rank: r.rank,
  })),
}));

/** A ladder of 1–4 rules that each hold on one range of one number (often the same one), to the mayor: gaps between ranges. */
const rangeLadderArb = fc
  .tuple(fc.constantFrom('enterprisesAffected', 'amountInvolved', 'overdueWorkingDays', 'reopenCount', 'reworkCount'), fc.array(fc.tuple(fc.boolean(), fc.constantFrom('enterprisesAffected', 'amountInvolved', 'overdueWorkingDays', 'reopenCount', 'reworkCount'), rangeArb), { minLength: 1, maxLength: 4 }))
  .map(([main, rules]) => ({
    id: 'ranges',
    name: { zh: '区间层级', en: 'Ranges' },
    source: 'fast-check',
    rules: rules.map(([same, key, range], i) => ({ id: `r${i}`, when: { [same ? main : key]: range }, target: { holder: 'mayor' }, rank: 10 })),
  }));

/** A ladder of 2–5 rules whose conditions are all on the same one or two facts, so that rules often cover each other. */
const narrowLadderArb = fc
  .subarray(Object.keys(conditionArbs) as ConditionKey[], { minLength: 1, maxLength: 2 })
  .chain((keys) =>
    fc.array(
      fc.subarray(keys).chain((mine) => fc.record(Object.fromEntries(mine.map((k) => [k, conditionArbs[k]])) as Record<ConditionKey, fc.Arbitrary<unknown>>)),
      { minLength: 2, maxLength: 5 },
    ),
  )
  .map((whens) => ({
    id: 'narrow',
    name: { zh: '窄层级', en: 'Narrow' },
    source: 'fast-check',
    rules: whens.map((when, i) => ({ id: `r${i}`, when, target: { holder: 'mayor' }, rank: 50 - i })),
  }));

/** Classified facts with numbers on the grid of the generated ladders' bounds, where gaps hide. */
const gridFactsArb: fc.Arbitrary<IssueFacts> = fc
  .tuple(classifiedArb, fc.integer({ min: 0, max: 52 }), fc.integer({ min: 0, max: 52 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 13 }))
  .map(([f, ea, amount, overdueWorkingDays, reopenCount, redispatched]) => ({ ...f, enterprisesAffected: ea / 4, amountInvolved: amount / 4, overdueWorkingDays, reopenCount, reworkCount: reopenCount + redispatched }));

const options: ValidateLadderOptions = { maxGapChecks: 100_000 };
const validate = (input: unknown): LadderReport => ladderReport(input, options);

describe('validateLadder laws', () => {
  test.prop([ladderJsonArb])('a ladder survives JSON, and validateLadder gives the same report before and after', (input) => {
    const before = validate(input);
    const copy: unknown = JSON.parse(JSON.stringify(input));
    expect(copy).toEqual(input);
    expect(validate(copy)).toEqual(before);
    expect(JSON.parse(JSON.stringify(before))).toEqual(before);
  });

  test.prop([ladderJsonArb])('validating the parsed ladder again gives the same report', (input) => {
    const before = validate(input);
    expect(validate(before.ladder)).toEqual(before);
  });

  test.prop([fc.oneof(ladderJsonArb, narrowLadderArb), fc.array(fc.oneof(factsArb, gridFactsArb), { minLength: 100, maxLength: 100 })], { numRuns: 200 })(
    'a rule reported shadowed or contradictory never fires',
    (input, sample) => {
      const report = validate(input);
      const dead = new Set([...report.errors, ...report.warnings].filter((f) => f.code === 'LADDER_SHADOWED_RULE' || f.code === 'LADDER_CONTRADICTION').map((f) => f.ruleId));
      for (const f of sample) expect(dead.has(routeFacts(report.ladder, f).ruleId)).toBe(false);
    },
  );

  test.prop([fc.oneof(ladderJsonArb, rangeLadderArb, narrowLadderArb), fc.array(fc.oneof(gridFactsArb, classifiedArb), { minLength: 300, maxLength: 300 })], { numRuns: 200 })(
    'the gap search is exact: classified facts reach no rule only if gaps were reported, and every example reaches none',
    (input, sample) => {
      const report = validate(input);
      if (report.gaps === null) return;
      for (const f of report.gaps.examples) expect(routeFacts(report.ladder, f).ruleId).toBeNull();
      if (report.gaps.total === 0) for (const f of sample) expect(routeFacts(report.ladder, f).ruleId).not.toBeNull();
      expect(report.warnings.some((w) => w.code === 'LADDER_GAP')).toBe(report.gaps.total > 0);
    },
  );

  test.prop([ladderJsonArb])('valid means no errors, and every finding is at a real place in the ladder', (input) => {
    const report = validate(input);
    expect(report.valid).toBe(report.errors.length === 0);
    for (const f of [...report.errors, ...report.warnings]) {
      let at: unknown = report.ladder;
      for (const key of f.path) at = (at as Record<string | number, unknown>)[key];
      expect(at, f.path.join('.')).toBeDefined();
      if (f.ruleId !== null && f.path[0] === 'rules') expect(report.ladder.rules[f.path[1] as number]?.id).toBe(f.ruleId);
    }
  });
});
