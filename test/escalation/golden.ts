/**
 * Golden routes (Part 14, issue 19): the routes, explanations and validation reports of the
 * built-in ladders and of 30 generated ladders on 2,000 seeded facts, as qinqing gave them before
 * holder choices existed, hashed. A ladder without holder choices must route, explain and validate
 * exactly as it did: test/escalation/holder-choice.test.ts compares the hash.
 */

/** The hash computed before holder choices existed (branch p14-rules, before its escalation commit). */
export const GOLDEN_HASH = 'f893a271facf42420e8883eaf2d3b1820898e39b3d38ed78e757a833321d9f26';
import { createHash } from 'node:crypto';
import { fc } from '@fast-check/vitest';
import { unwrap } from '../../src/index.js';
import {
  compileLadder,
  explainRoute,
  hainingLadder,
  jiaozuoLadder,
  jiaozuoTimeLadder,
  timeLadder,
  validateLadder,
  xingtaiLadder,
  type EscalationLadder,
  type IssueFacts,
} from '../../src/escalation/index.js';
import { IssueNature, IssueScope, Procedure, SupervisionStep } from '../../src/issue/index.js';
import { arbLadder } from '../../src/testing/index.js';

/** Facts from a small vocabulary, so that rules and alternatives often hold. */
export const factsArb: fc.Arbitrary<IssueFacts> = fc.record({
  nature: fc.option(fc.constantFrom(...IssueNature.schema.options), { nil: null, freq: 6 }),
  scope: fc.option(fc.constantFrom(...IssueScope.schema.options), { nil: null, freq: 6 }),
  procedure: fc.option(fc.constantFrom(...Procedure.schema.options), { nil: null, freq: 6 }),
  categoryId: fc.option(fc.constantFrom('financing', 'marketEntry', 'lawfulOperation', 'innovation', 'other'), { nil: null, freq: 6 }),
  industry: fc.option(fc.constantFrom('C', 'C34', 'C3411', 'F', 'I65', 'D44'), { nil: null, freq: 4 }),
  enterprisesAffected: fc.constantFrom(0, 1, 2, 5, 9, 10, 11, 20, 50, 500),
  amountInvolved: fc.constantFrom(0, 100_000, 1_000_000, 10_000_000, 99_999_999, 100_000_000, 1e9),
  overdueWorkingDays: fc.integer({ min: 0, max: 15 }),
  supervisionStep: fc.constantFrom(...SupervisionStep.schema.options),
  reopenCount: fc.integer({ min: 0, max: 4 }),
  reworkCount: fc.integer({ min: 0, max: 6 }),
  declaredUnsolvable: fc.boolean(),
});

/** The seeded facts. */
export const goldenFacts: readonly IssueFacts[] = fc.sample(factsArb, { seed: 20260419, numRuns: 2000 });

/** A ladder without its holder choices (Part 14): what the built-in Jiaozuo ladders were before them. */
export function withoutHolderChoices(ladder: EscalationLadder): EscalationLadder {
  return { ...ladder, rules: ladder.rules.map(({ holderChoice: _, ...rule }) => rule) };
}

/** The ladders: the built-in ones (Jiaozuo's without their holder choice) and 30 generated ones. */
export function goldenLadders(): readonly EscalationLadder[] {
  return [
    withoutHolderChoices(jiaozuoLadder),
    withoutHolderChoices(jiaozuoTimeLadder),
    xingtaiLadder,
    hainingLadder,
    unwrap(timeLadder()),
    ...fc.sample(arbLadder({ maxRules: 8 }), { seed: 20260420, numRuns: 30 }),
  ];
}

/** The hash of every route, its explanation in both languages, and every ladder's validation report. */
export function goldenHash(ladders: readonly EscalationLadder[]): string {
  const h = createHash('sha256');
  for (const ladder of ladders) {
    const r = validateLadder(ladder);
    h.update(JSON.stringify(r.ok ? r.value : r.error));
    const routeFacts = compileLadder(ladder).routeFacts;
    for (const f of goldenFacts) {
      const route = routeFacts(f);
      h.update(JSON.stringify(route));
      h.update(explainRoute(route, ladder, 'en').join('\n'));
      h.update(explainRoute(route, ladder, 'zh-CN').join('\n'));
    }
  }
  return h.digest('hex');
}
