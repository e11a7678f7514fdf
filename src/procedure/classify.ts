import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { ok, type Result } from '../core/result.js';
import { type BilingualText, CalendarDateSchema, IdSchema, type Id, type Instant } from '../core/schema.js';
import { toDayNumber } from '../internal/days.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { localDay } from '../internal/instant.js';
import { movedPaths, safeParseWith } from '../internal/parse.js';
import { Procedure, type IssueState } from '../vocabulary/issue.js';

/**
 * The kinds of matter the procedure rules look at (000: licensing, approval and consultation are
 * routine business; minor violations are found in market inspection).
 *
 * `MatterKind.values` lists the values in order, `MatterKind.labels` gives each a zh-CN and an
 * English label, and `MatterKind.schema` validates one. The type `MatterKind` is a kind of matter,
 * e.g. `'consultation'`.
 *
 * @example
 * ```ts
 * MatterKind.labels.minorViolation.zh; // '市场巡查发现的轻微违法行为'
 * MatterKind.schema.safeParse('licensing').success; // true
 * ```
 * @category Procedure
 */
export const MatterKind = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    licensing: { zh: '行政许可', en: 'Administrative licensing' },
    approval: { zh: '审批', en: 'Approval' },
    consultation: { zh: '咨询', en: 'Consultation' },
    minorViolation: { zh: '市场巡查发现的轻微违法行为', en: 'Minor violation found in market inspection' },
    other: { zh: '其他', en: 'Other' },
  }),
))();

export type MatterKind = EnumValue<typeof MatterKind>;

/**
 * The rules that decide the procedure (000): three make a matter general, one makes it simple, and
 * `otherwise` covers the rest.
 *
 * `ProcedureRule.values` lists the values in order, `ProcedureRule.labels` gives each a zh-CN and
 * an English label, and `ProcedureRule.schema` validates one. The type `ProcedureRule` is a
 * procedure rule, e.g. `'manyDemands'`.
 *
 * @example
 * ```ts
 * ProcedureRule.labels.industryCommon.zh; // '某一行业的共性问题'
 * ProcedureRule.values[0]; // 'manyDemands'
 * ```
 * @category Procedure
 */
export const ProcedureRule = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    manyDemands: { zh: '诉求较多的企业', en: 'An enterprise with many demands' },
    publicInterest: { zh: '可能影响社会公共利益的企业行为', en: 'Conduct that may affect the public interest' },
    industryCommon: { zh: '某一行业的共性问题', en: 'A problem common to an industry' },
    routineMatter: { zh: '日常业务或轻微违法行为', en: 'A routine matter or minor violation' },
    otherwise: { zh: '其他情形', en: 'Any other matter' },
  }),
))();

export type ProcedureRule = EnumValue<typeof ProcedureRule>;

const window = (count: number, days: number) =>
  z.strictObject({
    /** The threshold. */
    count: z.int().min(1).max(10_000).default(count),
    /** The look-back window in calendar days, ending on the matter's date. */
    windowDays: z.int().min(1).max(3660).default(days),
  });

/**
 * The procedure rules as data (000). The source names the criteria but no thresholds, so the
 * thresholds of {@link xingtaiProcedurePolicy} are qinqing's.
 *
 * @example
 * ```ts
 * ProcedurePolicySchema.parse({}).manyDemands; // { count: 3, windowDays: 90 }
 * safeParse(ProcedurePolicySchema, { manyDemands: { count: 5 } }).ok; // true
 * ```
 * @category Procedure
 */
export const ProcedurePolicySchema = /* @__PURE__ */ (() => z.strictObject({
  /** Where the rules come from. */
  source: z.string().min(1).default('000: 邢台市工商局工商顾问制度（2014），阈值为 qinqing 默认值'),
  /** Kinds of matter served by the simple procedure. */
  simpleKinds: z.array(MatterKind.schema).default(['licensing', 'approval', 'consultation', 'minorViolation']),
  /** Many demands: at least `count` open issues of the enterprise submitted within the window. */
  manyDemands: window(3, 90).default({ count: 3, windowDays: 90 }),
  /** Common to an industry: issues of the same category from at least `count` enterprises of one industry within the window. */
  industryCommon: window(3, 90).default({ count: 3, windowDays: 90 }),
  /** The procedure of a matter that no rule decides. */
  otherwise: Procedure.schema.default('simple'),
}))();

/**
 * The procedure rules; see {@link ProcedurePolicySchema}.
 *
 * @category Procedure
 */
export type ProcedurePolicy = DeepReadonly<z.output<typeof ProcedurePolicySchema>>;

/**
 * Xingtai's procedure rules (000) with qinqing's thresholds: licensing, approval, consultation and
 * minor violations are simple; 3 open issues of one enterprise within 90 days are "many demands";
 * one category from 3 enterprises of one industry within 90 days is an industry's common problem;
 * anything else is simple. Frozen.
 *
 * @example
 * ```ts
 * xingtaiProcedurePolicy.simpleKinds.length; // 4
 * ```
 * @category Procedure
 */
export const xingtaiProcedurePolicy: ProcedurePolicy = /* @__PURE__ */ (() => deepFreeze(ProcedurePolicySchema.parse({})))();

/**
 * A matter to sort into a procedure: whose it is, what kind, its category, whether the enterprise's
 * conduct may affect the public interest, and the local date.
 *
 * @example
 * ```ts
 * MatterSchema.parse({ enterpriseId: 'e1', industry: 'C3411', categoryId: 'financing', kind: 'other',
 *   affectsPublicInterest: false, on: '2026-10-09' }).kind; // 'other'
 * ```
 * @category Procedure
 */
export const MatterSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The enterprise. */
  enterpriseId: IdSchema,
  /** The enterprise's industry code. */
  industry: z.string().min(1).max(32),
  /** The category id, if known. */
  categoryId: IdSchema.nullable(),
  /** The kind of matter. */
  kind: MatterKind.schema,
  /** Whether the enterprise's conduct may affect the public interest. */
  affectsPublicInterest: z.boolean(),
  /** The local date the matter is sorted on. */
  on: CalendarDateSchema,
}))();

/**
 * A matter to sort; see {@link MatterSchema}.
 *
 * @category Procedure
 */
export type Matter = DeepReadonly<z.infer<typeof MatterSchema>>;

/**
 * What {@link classifyProcedure} reads of an issue raised earlier (an `Issue` will do).
 *
 * @category Procedure
 */
export interface RaisedIssue {
  /** The enterprise that raised it. */
  readonly enterpriseId: Id;
  /** Its lifecycle state. */
  readonly state: IssueState;
  /** When it was submitted. */
  readonly submittedAt: Instant;
  /** Its category, or null. */
  readonly categoryId: Id | null;
}

/**
 * What the rules look at besides the matter: the issues raised so far and each enterprise's industry.
 *
 * @category Procedure
 */
export interface ProcedureContext {
  /** Issues raised so far (any state); withdrawn ones are ignored. */
  readonly issues: readonly RaisedIssue[];
  /** The industry code of each enterprise, by id. */
  readonly industryOf: Readonly<Record<Id, string>>;
}

/**
 * One rule as it was checked: whether it held and why, in both languages.
 *
 * @category Procedure
 */
export interface ProcedureReason {
  /** The rule. */
  readonly rule: ProcedureRule;
  /** Whether it held. */
  readonly holds: boolean;
  /** Why, with the figures. */
  readonly text: BilingualText;
}

/**
 * The procedure chosen for a matter, the rule that decided it, and every rule checked.
 *
 * @category Procedure
 */
export interface ProcedureDecision {
  /** Simple or general. */
  readonly procedure: Procedure;
  /** The rule that decided. */
  readonly decidedBy: ProcedureRule;
  /** Every rule checked, in order: the general rules first, then the simple one. */
  readonly reasons: readonly ProcedureReason[];
}

/** Day number of an issue's local submission date. */
const submittedDay = (issue: RaisedIssue): number => {
  const day = localDay(issue.submittedAt, 480);
  return day.ok ? toDayNumber(day.value) : NaN;
};

/**
 * Decides whether a matter takes the simple or the general procedure, and says why (000). The
 * general procedure applies to an enterprise with many demands, to conduct that may affect the
 * public interest, and to a problem common to a whole industry; those rules come first, so a
 * routine licensing matter from an enterprise with many open demands is general. Routine licensing,
 * approval, consultation and minor violations found in inspection are simple; anything else takes
 * the policy's `otherwise`.
 *
 * @param matter - The matter (checked with {@link MatterSchema}: it comes from the app).
 * @param context - The issues raised so far and the enterprises' industries.
 * @param policy - The rules; {@link xingtaiProcedurePolicy} by default.
 * @returns The procedure, the deciding rule and every rule with its figures; or the matter's
 *   problem (`INVALID_INPUT`, `INVALID_DATE`) at its path under `matter`.
 * @example
 * ```ts
 * unwrap(classifyProcedure({ enterpriseId: 'e1', industry: 'C3411', categoryId: null, kind: 'consultation',
 *   affectsPublicInterest: false, on: '2026-10-09' }, { issues: [], industryOf: {} })).procedure; // 'simple'
 * classifyProcedure({ enterpriseId: 'e1', industry: 'C3411', categoryId: null, kind: 'fishing',
 *   affectsPublicInterest: false, on: '2026-10-09' } as unknown as Matter, { issues: [], industryOf: {} }).ok; // false: an unknown kind
 * ```
 * @category Procedure
 */
export function classifyProcedure(
  matter: Matter,
  context: ProcedureContext,
  policy: ProcedurePolicy = xingtaiProcedurePolicy,
): Result<ProcedureDecision> {
  const checked = safeParseWith(MatterSchema, matter);
  if (!checked.ok) return { ok: false, error: movedPaths(checked.error, (path) => ['matter', ...path]) };
  return ok(decide(checked.value, context, policy));
}

/** {@link classifyProcedure} on a matter already checked. */
function decide(matter: Matter, context: ProcedureContext, policy: ProcedurePolicy): ProcedureDecision {
  const today = toDayNumber(matter.on);
  const within = (issue: RaisedIssue, days: number): boolean => {
    const d = submittedDay(issue);
    return d <= today && d > today - days;
  };
  const open = context.issues.filter(
    (i) => i.enterpriseId === matter.enterpriseId && i.state !== 'closed' && i.state !== 'withdrawn' && within(i, policy.manyDemands.windowDays),
  ).length;
  const peers = new Set<string>([matter.enterpriseId]);
  if (matter.categoryId !== null) {
    for (const i of context.issues) {
      if (i.categoryId === matter.categoryId && i.state !== 'withdrawn' && context.industryOf[i.enterpriseId] === matter.industry && within(i, policy.industryCommon.windowDays)) {
        peers.add(i.enterpriseId);
      }
    }
  }
  const { manyDemands: md, industryCommon: ic } = policy;
  const simple = policy.simpleKinds.includes(matter.kind);
  const kindText = MatterKind.labels[matter.kind];
  const reasons: ProcedureReason[] = [
    {
      rule: 'manyDemands',
      holds: open >= md.count,
      text: {
        en: `${open} open issue(s) of the enterprise in the last ${md.windowDays} days (threshold ${md.count}).`,
        zh: `该企业近 ${md.windowDays} 天内未办结诉求 ${open} 件（阈值 ${md.count} 件）。`,
      },
    },
    {
      rule: 'publicInterest',
      holds: matter.affectsPublicInterest,
      text: matter.affectsPublicInterest
        ? { en: 'The conduct may affect the public interest.', zh: '该企业行为可能影响社会公共利益。' }
        : { en: 'The conduct does not affect the public interest.', zh: '该企业行为不涉及社会公共利益。' },
    },
    {
      rule: 'industryCommon',
      holds: matter.categoryId !== null && peers.size >= ic.count,
      text: {
        en: `${matter.categoryId === null ? 0 : peers.size} enterprise(s) of industry ${matter.industry} raised this category in the last ${ic.windowDays} days (threshold ${ic.count}).`,
        zh: `近 ${ic.windowDays} 天内行业 ${matter.industry} 有 ${matter.categoryId === null ? 0 : peers.size} 家企业反映同类问题（阈值 ${ic.count} 家）。`,
      },
    },
    {
      rule: 'routineMatter',
      holds: simple,
      text: {
        en: `${kindText.en} is ${simple ? '' : 'not '}a simple-procedure kind.`,
        zh: `${kindText.zh}${simple ? '' : '不'}属于简易程序事项。`,
      },
    },
  ];
  const decisive = reasons.find((r) => r.holds);
  if (decisive === undefined) {
    const text = { en: `No rule applies: the ${policy.otherwise} procedure.`, zh: `无规则适用，按${policy.otherwise === 'simple' ? '简易' : '一般'}程序。` };
    return { procedure: policy.otherwise, decidedBy: 'otherwise', reasons: [...reasons, { rule: 'otherwise', holds: true, text }] };
  }
  return { procedure: decisive.rule === 'routineMatter' ? 'simple' : 'general', decidedBy: decisive.rule, reasons };
}
