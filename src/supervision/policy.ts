import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { SupervisionStep, supervisionStepRank } from '../vocabulary/issue.js';

/**
 * The colours of the three-colour supervision slip (三色督办单), in rising order: green (on track), blue
 * (a set share of the working-day budget is used), yellow (behind schedule: a larger share is used)
 * and red (overdue, 逾期) — the matters the efficiency office and the leading-group office supervise
 * jointly (003).
 *
 * `SupervisionColour.values` lists the values in order, `SupervisionColour.labels` gives each a
 * zh-CN and an English label, and `SupervisionColour.schema` validates one. The type
 * `SupervisionColour` is a colour of the supervision slip, e.g. `'red'`.
 *
 * @example
 * ```ts
 * SupervisionColour.labels.yellow.zh; // '黄色预警'
 * SupervisionColour.values; // ['green', 'blue', 'yellow', 'red']
 * ```
 * @category Issue
 */
export const SupervisionColour = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    green: { zh: '正常', en: 'On track' },
    blue: { zh: '蓝色预警', en: 'Blue warning: time is running' },
    yellow: { zh: '黄色预警', en: 'Yellow warning: behind schedule' },
    red: { zh: '红色：已逾期', en: 'Red: overdue' },
  }),
))();

export type SupervisionColour = EnumValue<typeof SupervisionColour>;

const colourRank: ReadonlyMap<string, number> = /* @__PURE__ */ (() => new Map(SupervisionColour.schema.options.map((c, i) => [c, i])))();


/**
 * The rank of a supervision colour: 0 for `'green'` up to 3 for `'red'`.
 *
 * @param colour - The colour.
 * @returns Its position in {@link SupervisionColour}'s options.
 * @example
 * ```ts
 * supervisionColourRank('red'); // 3
 * ```
 * @category Issue
 */
export function supervisionColourRank(colour: SupervisionColour): number {
  return colourRank.get(colour) as number;
}

const share = /* @__PURE__ */ (() => z.number().gt(0).max(1))();

const SupervisionLadderStepSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The step that falls due. */
  step: SupervisionStep.schema.exclude(['unsupervised']),
  /** It falls due once the issue is this many working days overdue. */
  overdueDays: z.int().min(1).max(250),
}))();

/**
 * The rules of the supervision slip and ladder: when the colours change and after how many working
 * days overdue each supervision step falls due. The sources name the ladder — urge (催办) and
 * administrative accountability (行政问责) in 000, joint supervision (督办) and public listing
 * online (网上挂牌) of overdue matters in 003 — but give no figures, so the numbers are qinqing's
 * defaults (see {@link defaultSupervisionPolicy}). Shares satisfy 0 < blue ≤ yellow ≤ 1; the steps
 * rise strictly in both step and days.
 *
 * @example
 * ```ts
 * SupervisionPolicySchema.parse({}).yellowAtShare; // 0.8
 * safeParse(SupervisionPolicySchema, { blueAtShare: 0.9, yellowAtShare: 0.8 }).ok; // false: path ['blueAtShare']
 * ```
 * @category Issue
 */
export const SupervisionPolicySchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** Where the rules come from. */
    source: z.string().min(1).default('qinqing defaults'),
    /** Blue once this share of the working-day budget is used (0 < share ≤ 1). */
    blueAtShare: share.default(0.5),
    /** Yellow once this share of the working-day budget is used (blueAtShare ≤ share ≤ 1). */
    yellowAtShare: share.default(0.8),
    /** The ladder: each step and the working days overdue at which it falls due, rising strictly. */
    steps: z.array(SupervisionLadderStepSchema).max(4).default(() => [
      { step: 'urge' as const, overdueDays: 1 },
      { step: 'supervision' as const, overdueDays: 3 },
      { step: 'publicListing' as const, overdueDays: 5 },
      { step: 'accountability' as const, overdueDays: 10 },
    ]),
  })
  .check((ctx) => {
    const { blueAtShare, yellowAtShare, steps } = ctx.value;
    if (typeof blueAtShare === 'number' && typeof yellowAtShare === 'number' && blueAtShare > yellowAtShare) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['blueAtShare'],
        message: `The blue warning cannot come after the yellow one: blueAtShare ${blueAtShare} > yellowAtShare ${yellowAtShare}.`,
        params: {
          code: 'INVALID_ARGUMENT',
          messageZh: `蓝色预警不能晚于黄色预警：blueAtShare ${blueAtShare} 大于 yellowAtShare ${yellowAtShare}。`,
        },
      });
    }
    if (!Array.isArray(steps)) return;
    for (let i = 1; i < steps.length; i++) {
      const prev = steps[i - 1];
      const cur = steps[i];
      if (prev === undefined || cur === undefined) continue;
      if (supervisionStepRank(cur.step) <= supervisionStepRank(prev.step)) {
        ctx.issues.push({
          code: 'custom',
          input: cur.step,
          path: ['steps', i, 'step'],
          message: `The ladder must rise: steps[${i}] "${cur.step}" does not come after steps[${i - 1}] "${prev.step}".`,
          params: { code: 'INVALID_ARGUMENT', messageZh: `督办阶梯须逐级上升：第 ${i + 1} 级“${cur.step}”不高于第 ${i} 级“${prev.step}”。` },
        });
      }
      if (cur.overdueDays <= prev.overdueDays) {
        ctx.issues.push({
          code: 'custom',
          input: cur.overdueDays,
          path: ['steps', i, 'overdueDays'],
          message: `The ladder must rise: steps[${i}] falls due at ${cur.overdueDays} working days overdue, which is not after steps[${i - 1}] (${prev.overdueDays}).`,
          params: {
            code: 'INVALID_ARGUMENT',
            messageZh: `督办阶梯须逐级上升：第 ${i + 1} 级的逾期工作日数 ${cur.overdueDays} 不大于第 ${i} 级的 ${prev.overdueDays}。`,
          },
        });
      }
    }
  }))();

/**
 * The rules of the supervision slip and ladder; see {@link SupervisionPolicySchema}.
 *
 * @category Issue
 */
export type SupervisionPolicy = DeepReadonly<z.output<typeof SupervisionPolicySchema>>;

/**
 * qinqing's default supervision policy: blue at half the working-day budget, yellow at 80 %, red
 * when overdue; urge after 1 working day overdue, supervision after 3, public listing after 5,
 * accountability after 10. The sources give no figures (000, 003). Frozen: parse a copy to change it.
 *
 * @example
 * ```ts
 * defaultSupervisionPolicy.steps.map((s) => s.overdueDays); // [1, 3, 5, 10]
 * ```
 * @category Issue
 */
export const defaultSupervisionPolicy: SupervisionPolicy = /* @__PURE__ */ (() => deepFreeze(SupervisionPolicySchema.parse({})))();

