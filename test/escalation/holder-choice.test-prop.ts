import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import {
  compileLadder,
  explainRoute,
  jiaozuoLadder,
  jiaozuoTimeLadder,
  validateLadder,
  type EscalationLadder,
  type EscalationRule,
  type FactName,
  type HolderChoice,
  type IssueFacts,
  type Route,
  type RuleConditions,
} from '../../src/escalation/index.js';
import { supervisionStepRank } from '../../src/vocabulary/issue.js';
import { arbLadder } from '../../src/testing/index.js';
import { factsArb, withoutHolderChoices } from './golden.js';

const factOrder: readonly FactName[] = ['nature', 'scope', 'procedure', 'categoryId', 'industry', 'enterprisesAffected', 'amountInvolved', 'overdueWorkingDays', 'supervisionStep', 'reopenCount', 'reworkCount', 'declaredUnsolvable'];

/** The first condition of `when` that the facts fail, in the order of the conditions, or null when all hold: a plain reading of the rules. */
function failing(when: RuleConditions, f: IssueFacts): FactName | null {
  const inRange = (v: number, r: { readonly min?: number; readonly max?: number }): boolean => v >= (r.min ?? -Infinity) && v <= (r.max ?? Infinity);
  for (const k of factOrder) {
    const c = when[k];
    if (c === undefined) continue;
    let holds: boolean;
    switch (k) {
      case 'nature':
      case 'scope':
      case 'procedure':
      case 'categoryId':
        holds = (c as readonly string[]).includes(f[k] as string);
        break;
      case 'industry':
        holds = f.industry !== null && (c as readonly string[]).some((p) => (f.industry as string).startsWith(p));
        break;
      case 'supervisionStep': {
        const s = c as RuleConditions['supervisionStep'] & object;
        const r = supervisionStepRank(f.supervisionStep);
        holds = r >= (s.min === undefined ? -Infinity : supervisionStepRank(s.min)) && r <= (s.max === undefined ? Infinity : supervisionStepRank(s.max));
        break;
      }
      case 'declaredUnsolvable':
        holds = f.declaredUnsolvable === c;
        break;
      default:
        holds = inRange(f[k], c as { min?: number; max?: number });
    }
    if (!holds) return k;
  }
  return null;
}

/** The route a plain reading of the ladder gives: the first rule whose conditions hold, then the first alternative whose conditions hold. */
function plainRoute(ladder: EscalationLadder, f: IssueFacts): Route {
  const skipped: { ruleId: string; failedOn: FactName }[] = [];
  for (const rule of ladder.rules) {
    const failed = failing(rule.when, f);
    if (failed !== null) {
      skipped.push({ ruleId: rule.id, failedOn: failed });
      continue;
    }
    const held = factOrder.filter((k) => rule.when[k] !== undefined);
    const base = { ladderId: ladder.id, ruleId: rule.id, target: rule.target, rank: rule.rank, held, skipped };
    const choice = rule.holderChoice;
    if (choice === undefined) return base;
    const altSkipped: { alternativeId: string; failedOn: FactName }[] = [];
    for (const a of choice.alternatives) {
      const f2 = failing(a.when, f);
      if (f2 === null) return { ...base, target: a.target, choice: { alternativeId: a.id, held: factOrder.filter((k) => a.when[k] !== undefined), skipped: altSkipped, reason: a.reason } };
      altSkipped.push({ alternativeId: a.id, failedOn: f2 });
    }
    return { ...base, choice: { alternativeId: null, held: [], skipped: altSkipped, reason: choice.otherwise } };
  }
  return { ladderId: ladder.id, ruleId: null, target: null, rank: null, held: [], skipped };
}

/** A holder choice whose alternatives take the conditions and targets of a generated ladder's rules. */
const choiceArb: fc.Arbitrary<HolderChoice> = arbLadder({ maxRules: 4 }).map((l) => ({
  alternatives: l.rules.map((r, k) => ({ id: `alt${k}`, when: r.when, target: r.target, reason: { zh: `备选${k}`, en: `Alternative ${k}` } })),
  otherwise: { zh: '其余', en: 'Otherwise' },
}));

/** A generated ladder with holder choices on some of its rules. */
const ladderWithChoicesArb: fc.Arbitrary<EscalationLadder> = fc
  .tuple(arbLadder({ maxRules: 6, gapFree: true }), fc.array(fc.option(choiceArb, { nil: undefined, freq: 2 }), { minLength: 7, maxLength: 7 }))
  .map(([l, choices]) => ({ ...l, rules: l.rules.map((r, i): EscalationRule => (choices[i] === undefined ? r : { ...r, holderChoice: choices[i] })) }));

const routeOf = (ladder: EscalationLadder, f: IssueFacts): Route => compileLadder(ladder).routeFacts(f);

describe('laws of holder choices (Part 14, 001 Jiaozuo: 由常务副市长或市长协调解决)', () => {
  test.prop([arbLadder({ maxRules: 8 }), factsArb])('a ladder without holder choices routes as a plain reading of its rules, and no route carries a choice', (ladder, f) => {
    const r = routeOf(ladder, f);
    expect(r).toEqual(plainRoute(ladder, f));
    expect('choice' in r).toBe(false);
  });

  test.prop([ladderWithChoicesArb, factsArb])('a ladder with holder choices routes as a plain reading: the first rule that holds, then its first alternative that holds', (ladder, f) => {
    expect(routeOf(ladder, f)).toEqual(plainRoute(ladder, f));
  });

  test.prop([ladderWithChoicesArb, factsArb])('a holder choice changes only the target: the rule, rank, conditions held and skipped rules are those of the ladder without choices', (ladder, f) => {
    const { choice, target, ...rest } = routeOf(ladder, f);
    const { target: plainTarget, ...plainRest } = routeOf(withoutHolderChoices(ladder), f);
    expect(rest).toEqual(plainRest);
    if (choice === undefined || choice.alternativeId === null) expect(target).toEqual(plainTarget);
    else expect(target).toEqual(ladder.rules.find((r) => r.id === rest.ruleId)?.holderChoice?.alternatives.find((a) => a.id === choice.alternativeId)?.target);
  });

  test.prop([fc.constantFrom(jiaozuoLadder, jiaozuoTimeLadder), factsArb])(
    '001: Jiaozuo’s ladders route as before their choice, except that the mayor takes a major problem when an alternative holds',
    (ladder, f) => {
      const now = routeOf(ladder, f);
      const before = routeOf(withoutHolderChoices(ladder), f);
      const mayor = now.ruleId === 'majorOrWidespread' && (f.declaredUnsolvable || f.amountInvolved >= 100_000_000 || f.enterprisesAffected >= 10);
      expect(now.target).toEqual(mayor ? { holder: 'mayor' } : before.target);
      expect(now.rank).toBe(before.rank);
      expect(now.ruleId).toBe(before.ruleId);
    },
  );

  test.prop([ladderWithChoicesArb, factsArb])('routing with choices is deterministic, and the explanation names the holder chosen and its reason', (ladder, f) => {
    const r = routeOf(ladder, f);
    expect(routeOf(JSON.parse(JSON.stringify(ladder)) as EscalationLadder, f)).toEqual(r);
    const last = explainRoute(r, ladder, 'en').at(-1) ?? '';
    if (r.choice !== undefined) expect(last.endsWith(r.choice.reason.en.endsWith('.') ? r.choice.reason.en : `${r.choice.reason.en}.`)).toBe(true);
  });

  test.prop([ladderWithChoicesArb])('validateLadder accepts generated ladders with holder choices (warnings allowed)', (ladder) => {
    const r = validateLadder(ladder);
    expect(r.ok).toBe(true);
    expect(unwrap(r).errors).toEqual([]);
  });
});
