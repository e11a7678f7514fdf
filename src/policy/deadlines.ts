import * as z from 'zod';
import type { WorkCalendar } from '../calendar/schema.js';
import { deadlineAfter, isWorkingDay, type CalendarResult } from '../calendar/working-days.js';
import type { DomainError } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { BilingualTextSchema, IdSchema, type BilingualText, type CalendarDate, type Id } from '../core/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { argumentError, checkedOnce, movedPaths } from '../internal/parse.js';
import { PolicySchema, type Policy, type PolicyMode } from './schema.js';

const limit = /* @__PURE__ */ (() => z.int().min(1).max(250))();

/**
 * The time limits of the 直达快享 work on a policy, in working days: the handbook and guide
 * (兑现工作手册、申兑指南) after a new policy is published, the list of its items (事项清单) after
 * publication, and the redemption (兑现) of its benefit per mode — null where the rules set no
 * limit (the policy's own `redemptionWorkingDays`, or its own procedure, applies). Working days
 * count as `deadlineAfter` counts them: the day of publication (or of acceptance) does not count.
 *
 * @example
 * ```ts
 * PolicyDeadlineRulesSchema.safeParse({ ...sichuanPolicyDeadlines, handbookWorkingDays: 0 }).success; // false
 * ```
 * @category Policy
 */
export const PolicyDeadlineRulesSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The rules' id. */
  id: IdSchema,
  /** Their name in both languages. */
  name: BilingualTextSchema,
  /** Where the figures come from. */
  source: z.string().min(1).max(2000),
  /** Working days after publication to publish the handbook and guide (工作手册和申兑指南). */
  handbookWorkingDays: limit,
  /** Working days after publication to publish the list of items (事项清单), when the rules set it. */
  itemListWorkingDays: limit.optional(),
  /** Working days to redeem the benefit, per mode, from acceptance; null: no limit set here. */
  redemptionWorkingDays: z.strictObject({
    /** 免申即享. */
    noApplication: limit.nullable(),
    /** 快申快享. */
    quickApplication: limit.nullable(),
    /** 依申请. */
    application: limit.nullable(),
  }),
}))();

/**
 * Time limits of the 直达快享 work; see {@link PolicyDeadlineRulesSchema}.
 *
 * @category Policy
 */
export type PolicyDeadlineRules = DeepReadonly<z.infer<typeof PolicyDeadlineRulesSchema>>;

const SICHUAN_SOURCE =
  '四川省人民政府办公厅《四川省惠企政策“直达快享”实施方案》（川办函〔2024〕17号，2024年3月23日），落实国务院《关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》（国发〔2024〕3号）：' +
  '“对暂时难以数据化的惠企政策实行‘快申快享’，原则上60个工作日内兑现”；“新出台的惠企政策应在7个工作日内梳理发布工作手册和申兑指南”；“新出台的惠企政策应在7个工作日内发布事项清单”。' +
  '免申即享与依申请兑现未规定统一时限（“对有特定兑现程序、时限要求的惠企政策，按照相关规定兑现”）。兑现时限自受理起算，为 qinqing 的理解。';

/**
 * The limits of Sichuan's 惠企政策“直达快享” plan (川办函〔2024〕17号, 2024, which carries out the
 * State Council's 国发〔2024〕3号): quick application (快申快享) redeemed within 60 working days, in
 * principle; the handbook and guide of a new policy within 7 working days of its publication, and
 * its list of items within 7. No-application (免申即享) and ordinary application set no limit here
 * (a policy with its own procedure follows it). The national guideline asks for 免申即享 and
 * 直达快享 but names no figure; the figures are Sichuan's, the only text of them found, and other
 * provinces' plans may differ: build your own with {@link PolicyDeadlineRulesSchema}. That the
 * redemption limit runs from acceptance (受理) of the application is qinqing's reading: the source
 * says only "within 60 working days". Frozen.
 *
 * @example
 * ```ts
 * sichuanPolicyDeadlines.redemptionWorkingDays; // { noApplication: null, quickApplication: 60, application: null }
 * sichuanPolicyDeadlines.handbookWorkingDays; // 7
 * ```
 * @category Policy
 */
export const sichuanPolicyDeadlines: PolicyDeadlineRules = /* @__PURE__ */ (() => deepFreeze(PolicyDeadlineRulesSchema.parse({
  id: 'sichuan-zhida-kuaixiang-2024',
  name: { zh: '四川省惠企政策“直达快享”时限', en: 'Sichuan 直达快享 time limits for policies' },
  source: SICHUAN_SOURCE,
  handbookWorkingDays: 7,
  itemListWorkingDays: 7,
  redemptionWorkingDays: { noApplication: null, quickApplication: 60, application: null },
})))();

/**
 * A redemption limit: how many working days, and who set it — the policy itself (`'policy'`),
 * the rules for its mode (`'rules'`), or nobody (`null`, with `workingDays` null).
 *
 * @category Policy
 */
export interface RedemptionLimit {
  /** Working days, or null when no limit is set. */
  readonly workingDays: number | null;
  /** Who set it. */
  readonly setBy: 'policy' | 'rules' | null;
}

/**
 * The deadlines of a newly published policy: the handbook and guide, the list of items (when the
 * rules set it), the redemption limit of its mode, and the rules' source.
 *
 * @category Policy
 */
export interface PolicyDeadlines {
  /** The policy. */
  readonly policyId: Id;
  /** Its mode. */
  readonly mode: PolicyMode;
  /** The day it was published. */
  readonly publishedOn: CalendarDate;
  /** The last day to publish its handbook and guide (工作手册和申兑指南). */
  readonly handbookDue: CalendarDate;
  /** The last day to publish its list of items (事项清单), or null when the rules set no limit. */
  readonly itemListDue: CalendarDate | null;
  /** How long redeeming its benefit may take after acceptance. */
  readonly redemption: RedemptionLimit;
  /** The deadlines in one sentence. */
  readonly reason: BilingualText;
  /** Where the rules' figures come from. */
  readonly source: string;
}

/** The rules' or the policy's problem, or null. */
function argumentsProblem(policy: Policy, rules: PolicyDeadlineRules): DomainError | null {
  const badPolicy = checkedOnce(PolicySchema, policy);
  if (badPolicy !== null) return argumentError(badPolicy, ['policy'], { en: 'a valid policy', zh: '有效的惠企政策' });
  const badRules = checkedOnce(PolicyDeadlineRulesSchema, rules);
  return badRules === null ? null : argumentError(badRules, ['rules'], { en: 'valid deadline rules', zh: '有效的时限规则' });
}

function redemptionOf(policy: Policy, rules: PolicyDeadlineRules): RedemptionLimit {
  if (policy.redemptionWorkingDays !== undefined) return { workingDays: policy.redemptionWorkingDays, setBy: 'policy' };
  const days = rules.redemptionWorkingDays[policy.mode];
  return days === null ? { workingDays: null, setBy: null } : { workingDays: days, setBy: 'rules' };
}

/**
 * A calendar answer about one date argument, its error named after the caller's parameter `name`
 * (the calendar names its own, `date` or `received`); a problem of the calendar itself keeps its
 * path under `calendar`.
 */
function renamed<T>(r: CalendarResult<T>, name: string): CalendarResult<T> {
  if (r.ok) return r;
  const own = r.error.path?.[0];
  if (own !== 'date' && own !== 'received') return r;
  const reword = (text: string): string => (text.startsWith(`${own} `) ? `${name}${text.slice(own.length)}` : text);
  return { ok: false, error: { ...movedPaths(r.error, () => [name]), message: reword(r.error.message), messageZh: reword(r.error.messageZh) } };
}

/**
 * The deadlines a newly published policy sets its department (惠企政策直达快享): the handbook and
 * guide within `handbookWorkingDays` working days of publication, the list of items within
 * `itemListWorkingDays`, and the redemption limit of its mode (the policy's own
 * `redemptionWorkingDays` first). Working days are counted with the calendar, as `deadlineAfter`
 * counts them: the day of publication does not count.
 *
 * @param policy - The policy.
 * @param publishedOn - The day it was published, `YYYY-MM-DD`.
 * @param calendar - The working-day calendar, e.g. `chinaCalendar`.
 * @param rules - The limits (default {@link sichuanPolicyDeadlines}: 7 working days, quick application 60).
 * @returns The deadlines, `provisional` when a day counted lies in a provisional year; or the
 *   schema errors under `['policy']` or `['rules']`, or a calendar error at `['publishedOn']` or
 *   under `['calendar']`.
 * @example
 * ```ts
 * const rd = examplePolicies.policies[1]!;
 * // Published on Monday 28 September 2026: National Day 1–7 October is off, Saturday 10 October is worked.
 * const d = unwrap(policyDeadlines(rd, '2026-09-28', chinaCalendar));
 * d.handbookDue; // '2026-10-13'
 * d.redemption; // { workingDays: 60, setBy: 'rules' }
 * ```
 * @category Policy
 */
export function policyDeadlines(policy: Policy, publishedOn: CalendarDate, calendar: WorkCalendar, rules: PolicyDeadlineRules = sichuanPolicyDeadlines): CalendarResult<PolicyDeadlines> {
  const bad = argumentsProblem(policy, rules);
  if (bad !== null) return { ok: false, error: bad };
  const handbook = renamed(deadlineAfter(publishedOn, rules.handbookWorkingDays, calendar), 'publishedOn');
  if (!handbook.ok) return handbook;
  let itemListDue: CalendarDate | null = null;
  let provisional = handbook.provisional;
  if (rules.itemListWorkingDays !== undefined) {
    const list = renamed(deadlineAfter(publishedOn, rules.itemListWorkingDays, calendar), 'publishedOn');
    if (!list.ok) return list;
    itemListDue = list.value;
    provisional ||= list.provisional;
  }
  const redemption = redemptionOf(policy, rules);
  const red: BilingualText =
    redemption.workingDays === null
      ? { zh: '兑现时限按政策自身规定', en: 'redemption as the policy itself provides' }
      : { zh: `受理后 ${redemption.workingDays} 个工作日内兑现`, en: `redemption within ${redemption.workingDays} working days of acceptance` };
  const reason: BilingualText = {
    zh: `${publishedOn} 发布：${handbook.value} 前发布工作手册和申兑指南${itemListDue === null ? '' : `，${itemListDue} 前发布事项清单`}；${red.zh}。`,
    en: `Published on ${publishedOn}: handbook and guide by ${handbook.value}${itemListDue === null ? '' : `, list of items by ${itemListDue}`}; ${red.en}.`,
  };
  return {
    ok: true,
    value: { policyId: policy.id, mode: policy.mode, publishedOn, handbookDue: handbook.value, itemListDue, redemption, reason, source: rules.source },
    provisional,
  };
}

/**
 * When a benefit must be redeemed (兑现) at the latest.
 *
 * @category Policy
 */
export interface RedemptionDeadline {
  /** The policy. */
  readonly policyId: Id;
  /** Its mode. */
  readonly mode: PolicyMode;
  /** The day the application was accepted (or, without application, the enterprise found eligible). */
  readonly acceptedOn: CalendarDate;
  /** The limit and who set it. */
  readonly limit: RedemptionLimit;
  /** The last day, or null when no limit is set. */
  readonly due: CalendarDate | null;
  /** Where the rules' figures come from. */
  readonly source: string;
}

/**
 * The last day to redeem a policy's benefit for one enterprise: `acceptedOn` plus the redemption
 * limit in working days — the policy's own `redemptionWorkingDays`, else the rules' limit for its
 * mode (快申快享: 60 working days in {@link sichuanPolicyDeadlines}); `due` is null when neither
 * sets one. The day of acceptance does not count.
 *
 * @param policy - The policy.
 * @param acceptedOn - The day the application was accepted (受理); for a policy without application, the day the enterprise was found eligible.
 * @param calendar - The working-day calendar, e.g. `chinaCalendar`.
 * @param rules - The limits (default {@link sichuanPolicyDeadlines}).
 * @returns The deadline, `provisional` when it lies in a provisional year; or the schema errors
 *   under `['policy']` or `['rules']`, or a calendar error at `['acceptedOn']` or under `['calendar']`.
 * @example
 * ```ts
 * const hiring = examplePolicies.policies[4]!;
 * unwrap(redemptionDeadline(hiring, '2026-03-02', chinaCalendar)).due; // '2026-05-28'
 * unwrap(redemptionDeadline(examplePolicies.policies[0]!, '2026-03-02', chinaCalendar)).due; // null
 * ```
 * @category Policy
 */
export function redemptionDeadline(policy: Policy, acceptedOn: CalendarDate, calendar: WorkCalendar, rules: PolicyDeadlineRules = sichuanPolicyDeadlines): CalendarResult<RedemptionDeadline> {
  const bad = argumentsProblem(policy, rules);
  if (bad !== null) return { ok: false, error: bad };
  const limit = redemptionOf(policy, rules);
  if (limit.workingDays === null) {
    // Still a real date the calendar covers: check it like any other.
    const check = renamed(isWorkingDay(acceptedOn, calendar), 'acceptedOn');
    if (!check.ok) return check;
    return { ok: true, value: { policyId: policy.id, mode: policy.mode, acceptedOn, limit, due: null, source: rules.source }, provisional: check.provisional };
  }
  const due = renamed(deadlineAfter(acceptedOn, limit.workingDays, calendar), 'acceptedOn');
  if (!due.ok) return due;
  return { ok: true, value: { policyId: policy.id, mode: policy.mode, acceptedOn, limit, due: due.value, source: rules.source }, provisional: due.provisional };
}
