import * as fc from 'fast-check';
import type { Id } from '../core/schema.js';
import { EscalationHolder, factNames, type EscalationLadder, type EscalationRule, type FactName, type RuleConditions } from '../escalation/schema.js';
import { IssueNature, IssueScope, Procedure, SupervisionStep } from '../vocabulary/issue.js';
import { supervisionStepRank } from '../vocabulary/issue.js';

/**
 * Options of {@link arbLadder}.
 *
 * @category Testing
 */
export interface ArbLadderOptions {
  /** The most rules (default 5), the catch-all of `gapFree` not included. */
  readonly maxRules?: number;
  /**
   * The holders rules send problems to (default a few built-in ones, from the adviser to the
   * executive meeting). Holders that are not built in are declared in the ladder's `holders`.
   */
  readonly holders?: readonly string[];
  /** The category ids `categoryId` conditions draw from (default a few of Xingtai's). */
  readonly categoryIds?: readonly Id[];
  /** When true, the ladder ends with a rule without conditions, so that no issue falls through a gap. */
  readonly gapFree?: boolean;
}

const defaultHolders = ['adviser', 'departmentHead', 'bureauLeader', 'deputyMayorInCharge', 'executiveDeputyMayor', 'mayor', 'executiveMeeting'] as const;

/**
 * An inclusive range with ends drawn from a few round values (as ladders write them, and so that
 * the search for gaps stays small), each end present or open, never empty.
 */
const rangeArb = (values: readonly number[]): fc.Arbitrary<{ min?: number; max?: number }> =>
  fc
    .tuple(fc.option(fc.constantFrom(...values), { nil: undefined }), fc.option(fc.constantFrom(...values), { nil: undefined }))
    .map(([a, b]) => {
      if (a === undefined && b === undefined) return {};
      if (a === undefined) return { max: b as number };
      if (b === undefined) return { min: a };
      return { min: Math.min(a, b), max: Math.max(a, b) };
    });

const stepRangeArb = fc
  .tuple(fc.option(fc.constantFrom(...SupervisionStep.schema.options), { nil: undefined }), fc.option(fc.constantFrom(...SupervisionStep.schema.options), { nil: undefined }))
  .map(([a, b]) => {
    if (a !== undefined && b !== undefined && supervisionStepRank(a) > supervisionStepRank(b)) return { min: b, max: a };
    return { ...(a === undefined ? {} : { min: a }), ...(b === undefined ? {} : { max: b }) };
  });

/** The conditions of one rule: up to three, none contradictory. */
function conditionsArb(categoryIds: readonly Id[]): fc.Arbitrary<RuleConditions> {
  const some = <T>(items: readonly T[], max: number): fc.Arbitrary<T[]> => fc.uniqueArray(fc.constantFrom(...items), { minLength: 1, maxLength: Math.min(max, items.length) });
  const each: { readonly [K in FactName]: fc.Arbitrary<RuleConditions[K]> } = {
    nature: some(IssueNature.schema.options, 2),
    scope: some(IssueScope.schema.options, 2),
    procedure: some(Procedure.schema.options, 1),
    categoryId: some(categoryIds, 2),
    industry: some(['C', 'C34', 'F', 'I65'], 2),
    enterprisesAffected: rangeArb([1, 2, 5, 10, 20]),
    amountInvolved: rangeArb([0, 100_000, 1_000_000, 10_000_000]),
    overdueWorkingDays: rangeArb([0, 1, 3, 5, 10]),
    supervisionStep: stepRangeArb,
    reopenCount: rangeArb([0, 1, 2]),
    reworkCount: rangeArb([0, 1, 3, 5]),
    declaredUnsolvable: fc.boolean(),
  };
  return fc
    .uniqueArray(fc.constantFrom(...factNames), { maxLength: 3 })
    .chain((names) => fc.record(Object.fromEntries(names.map((n) => [n, each[n]])) as { [K in keyof RuleConditions]: fc.Arbitrary<RuleConditions[K]> }))
    .map((when) => when as RuleConditions);
}

const isBuiltIn = (holder: string): boolean => Object.hasOwn(EscalationHolder.labels, holder);

/**
 * An arbitrary of escalation ladders (协调层级) that `validateLadder` finds valid (no errors): one to
 * `maxRules` rules with unique ids, each with up to three conditions that can hold (non-empty
 * lists, ranges that some fact falls in), a target among the holders (a portfolio only for the
 * deputy mayor in charge; holders that are not built in are declared) and a rank. The ladders may
 * carry warnings — shadowed rules, rank inversions, gaps — as real ones do; with `gapFree` they end
 * with a rule without conditions, so every issue reaches a rule.
 *
 * @param options - The number of rules, the holders, the category ids, and whether to close the gaps.
 * @returns An arbitrary of ladders that `validateLadder` parses unchanged and reports `valid`.
 * @example
 * ```ts
 * fc.assert(fc.property(arbLadder({ gapFree: true }), (ladder) => {
 *   const report = unwrap(validateLadder(ladder));
 *   return report.valid && report.warnings.every((w) => w.code !== 'LADDER_GAP');
 * }));
 * ```
 * @category Testing
 */
export function arbLadder(options: ArbLadderOptions = {}): fc.Arbitrary<EscalationLadder> {
  const holders = options.holders ?? defaultHolders;
  if (holders.length === 0) throw new Error('qinqing/testing: arbLadder needs at least one holder.');
  const categoryIds = options.categoryIds ?? ['financing', 'marketEntry', 'lawfulOperation', 'innovation'];
  const maxRules = options.maxRules ?? 5;
  if (!Number.isInteger(maxRules) || maxRules < 1) throw new Error(`qinqing/testing: maxRules must be a whole number ≥ 1; received ${maxRules}.`);
  const declared = [...new Set(holders.filter((h) => !isBuiltIn(h)))].map((id) => ({ id, label: { zh: `协调主体${id}`, en: `Holder ${id}` } }));
  const targetArb = fc.constantFrom(...holders).chain((holder) =>
    holder === 'deputyMayorInCharge'
      ? fc.option(fc.constantFrom('工业经济', '城建交通', '财政金融'), { nil: undefined }).map((portfolio) => (portfolio === undefined ? { holder } : { holder, portfolio }))
      : fc.constant({ holder }),
  );
  const ruleArb = fc.record(
    {
      when: conditionsArb(categoryIds),
      target: targetArb,
      rank: fc.integer({ min: 0, max: 100 }),
      description: fc.constant({ zh: '生成的规则', en: 'A generated rule' }),
      source: fc.constant('qinqing/testing'),
    },
    { requiredKeys: ['when', 'target', 'rank'] },
  );
  return fc
    .record({
      id: fc.nat({ max: 99 }).map((n) => `ladder-${n}`),
      rules: fc.array(ruleArb, { minLength: 1, maxLength: maxRules }),
      fallback: fc.record({ holder: fc.constantFrom(...holders.filter((h) => h !== 'deputyMayorInCharge'), 'deputyMayorInCharge'), rank: fc.integer({ min: 0, max: 100 }) }),
    })
    .map(({ id, rules, fallback }) => ({
      id,
      name: { zh: '生成的协调层级', en: 'A generated ladder' },
      source: 'qinqing/testing',
      holders: declared,
      rules: [
        ...rules.map((rule, i): EscalationRule => ({ id: `r${i + 1}`, ...rule })),
        ...(options.gapFree === true ? [{ id: 'otherwise', when: {}, target: { holder: fallback.holder }, rank: fallback.rank }] : []),
      ],
    }));
}

/**
 * An arbitrary of ladders that are not valid: a rule id or a declared holder used twice, a target
 * that is neither built in nor declared, a condition that can never hold (an empty list, a range
 * with its minimum above its maximum or below 0, a supervision range running backwards), or a
 * shape the schema refuses (no rules, a rank out of range, an unknown condition).
 *
 * @param options - As for {@link arbLadder}.
 * @returns An arbitrary of values that `validateLadder` refuses (a wrong shape, or `LADDER_INVALID`).
 * @example
 * ```ts
 * fc.assert(fc.property(arbInvalidLadder(), (x) => !validateLadder(x).ok));
 * ```
 * @category Testing
 */
export function arbInvalidLadder(options: ArbLadderOptions = {}): fc.Arbitrary<unknown> {
  const valid = arbLadder(options);
  const first = (l: EscalationLadder): EscalationRule => l.rules[0] as EscalationRule;
  const withRule = (l: EscalationLadder, rule: object): object => ({ ...l, rules: [...l.rules, { id: 'broken', target: { holder: 'mayor' }, rank: 50, when: {}, ...rule }] });
  const contradictions: readonly RuleConditions[] = [
    { nature: [] },
    { categoryId: [] },
    { industry: [] },
    { overdueWorkingDays: { min: 5, max: 2 } },
    { reopenCount: { max: -1 } },
    { amountInvolved: { min: 100, max: 10 } },
    { supervisionStep: { min: 'accountability', max: 'urge' } },
  ];
  return fc.oneof(
    valid.map((l) => ({ ...l, rules: [...l.rules, { ...first(l) }] })),
    valid.map((l) => ({ ...l, holders: [...l.holders, { id: 'dup', label: { zh: '重复', en: 'Twice' } }, { id: 'dup', label: { zh: '重复', en: 'Twice' } }] })),
    fc.tuple(valid, fc.constantFrom('nobody', 'cityCouncil', 'Mayor')).map(([l, holder]) => withRule(l, { target: { holder } })),
    fc.tuple(valid, fc.constantFrom(...contradictions)).map(([l, when]) => withRule(l, { when })),
    valid.map((l) => ({ ...l, rules: [] })),
    fc.tuple(valid, fc.constantFrom(-1, 1001, 2.5)).map(([l, rank]) => withRule(l, { rank })),
    valid.map((l) => withRule(l, { when: { priority: ['high'] } })),
  );
}
