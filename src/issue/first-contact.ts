import * as z from 'zod';
import type { WorkCalendar } from '../calendar/schema.js';
import type { EnumValue } from '../core/enum.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { BilingualTextSchema, IdSchema, InstantSchema, type BilingualText, type Id, type Instant } from '../core/schema.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { instantMs, invalidInstant } from '../internal/instant.js';
import { argumentError, checkedOnce, movedPaths, safeParseWith } from '../internal/parse.js';
import { ClockLimitSchema, dueAt } from '../procedure/limits.js';

/**
 * What the first-contact responsibility rule (首问责任制) finds wrong with how an enterprise's matter
 * was taken up:
 * - `noResponse` (逾期未答复也未转交): the one responsible neither answered the enterprise nor handed
 *   the matter over within the limit;
 * - `lateResponse` (超时答复或转交): it did, after the limit;
 * - `handoverWithoutRecord` (转交无记录): it handed the matter over without a record (登记、转交记录);
 * - `redirected` (推诿): the enterprise had to ask elsewhere before the one responsible answered or
 *   handed the matter over — sent away instead of helped.
 *
 * `FirstContactViolation.values` lists the values in order, `FirstContactViolation.labels` gives
 * each a zh-CN and an English label, and `FirstContactViolation.schema` validates one.
 *
 * @example
 * ```ts
 * FirstContactViolation.labels.redirected.zh; // '推诿，让企业另找他处'
 * ```
 * @category Issue
 */
export const FirstContactViolation = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    noResponse: { zh: '逾期未答复也未转交', en: 'Neither answered nor handed over in time' },
    lateResponse: { zh: '超时答复或转交', en: 'Answered or handed over late' },
    handoverWithoutRecord: { zh: '转交无记录', en: 'Handed over without a record' },
    redirected: { zh: '推诿，让企业另找他处', en: 'Sent the enterprise elsewhere' },
  }),
))();

export type FirstContactViolation = EnumValue<typeof FirstContactViolation>;

/**
 * Where an enterprise's matter stands under the first-contact rule: nobody asked yet (`notAsked`),
 * someone responsible for the reply (`open`), or answered (`settled`).
 *
 * `FirstContactStatus.values` lists the values in order, `FirstContactStatus.labels` gives each a
 * zh-CN and an English label, and `FirstContactStatus.schema` validates one.
 *
 * @example
 * ```ts
 * FirstContactStatus.labels.replyOwned.zh; // '首问办理中'
 * ```
 * @category Issue
 */
export const FirstContactStatus = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    notAsked: { zh: '尚无首问', en: 'Not asked yet' },
    replyOwned: { zh: '首问办理中', en: 'Someone owns the reply' },
    settled: { zh: '已答复企业', en: 'The enterprise was answered' },
  }),
))();

export type FirstContactStatus = EnumValue<typeof FirstContactStatus>;

/**
 * The first-contact responsibility rule (首问责任制) as data: its id, name and source, the limit
 * within which whoever owns the reply answers the enterprise or hands the matter over to the
 * responsible department (a clock limit: working days or hours, see `ClockLimitSchema` in
 * `qinqing/procedure`), and whether a handover needs a record.
 *
 * @example
 * ```ts
 * FirstContactRuleSchema.safeParse({ ...jiaozuoFirstContactRule, respondWithin: { workingDays: 0 } }).success; // false
 * ```
 * @category Issue
 */
export const FirstContactRuleSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The rule's id. */
  id: IdSchema,
  /** Its name in both languages. */
  name: BilingualTextSchema,
  /** Where it and its figures come from. */
  source: z.string().min(1).max(2000),
  /** The limit for the owner of the reply to answer or hand over, from the moment it became the owner. */
  respondWithin: ClockLimitSchema,
  /** Whether a handover needs a record (登记、转交记录): a handover with an empty record is then a violation. */
  handoverNeedsRecord: z.boolean(),
}))();

/**
 * A first-contact rule; see {@link FirstContactRuleSchema}.
 *
 * @category Issue
 */
export type FirstContactRule = DeepReadonly<z.infer<typeof FirstContactRuleSchema>>;

/**
 * Jiaozuo's first-contact responsibility (001: 全面落实企业办事首问责任制、限时办理责任制、责任追究制): the
 * department or official an enterprise asks first owns the reply until it answers or hands the
 * matter over, with a record, to the responsible department, which then owns it. The source names
 * the rule, not its limit: 1 working day is qinqing's figure, after Shandong's enterprise
 * 接诉即办 (a department starts on a matter within 1 working day; see `shandongEnterpriseTimeLimits`).
 * Frozen.
 *
 * @example
 * ```ts
 * jiaozuoFirstContactRule.respondWithin; // { workingDays: 1 }
 * ```
 * @category Issue
 */
export const jiaozuoFirstContactRule: FirstContactRule = /* @__PURE__ */ (() => deepFreeze(FirstContactRuleSchema.parse({
  id: 'jiaozuo-first-contact',
  name: { zh: '企业办事首问责任制', en: 'First-contact responsibility' },
  source: '001 焦作：全面落实企业办事首问责任制、限时办理责任制、责任追究制。时限 1 个工作日为 qinqing 默认值（参照山东省企业诉求“接诉即办”：1 个工作日内启动）。',
  respondWithin: { workingDays: 1 },
  handoverNeedsRecord: true,
})))();

/**
 * Who an enterprise asks, who answers or hands over: a department and, when known, the official.
 * The rule binds departments: two parties are the same when their departments are.
 *
 * @example
 * ```ts
 * FirstContactPartySchema.parse({ departmentId: 'd-tax', officialId: 'o-7' }).departmentId; // 'd-tax'
 * ```
 * @category Issue
 */
export const FirstContactPartySchema = /* @__PURE__ */ (() => z.strictObject({
  /** The department. */
  departmentId: IdSchema,
  /** The official, when known. */
  officialId: IdSchema.optional(),
}))();

/**
 * A party; see {@link FirstContactPartySchema}.
 *
 * @category Issue
 */
export type FirstContactParty = DeepReadonly<z.infer<typeof FirstContactPartySchema>>;

/**
 * One step of an enterprise's matter, as the first-contact ledger (首问登记) records it:
 * - `asked`: the enterprise asks a party (at a counter, by phone, by letter);
 * - `answered`: a party answers the enterprise (答复);
 * - `handedOver`: a party hands the matter over to another (转交), with the record it made.
 *
 * @example
 * ```ts
 * FirstContactStepSchema.parse({ type: 'handedOver', at: '2026-03-02T10:00:00+08:00', party: { departmentId: 'd-ind' },
 *   to: { departmentId: 'd-land' }, record: '转交市自然资源局，已告知企业' }).type; // 'handedOver'
 * ```
 * @category Issue
 */
export const FirstContactStepSchema = /* @__PURE__ */ (() => z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('asked'),
    /** When. */
    at: InstantSchema,
    /** Who the enterprise asked. */
    party: FirstContactPartySchema,
  }),
  z.strictObject({
    type: z.literal('answered'),
    /** When. */
    at: InstantSchema,
    /** Who answered. */
    party: FirstContactPartySchema,
  }),
  z.strictObject({
    type: z.literal('handedOver'),
    /** When. */
    at: InstantSchema,
    /** Who handed the matter over. */
    party: FirstContactPartySchema,
    /** To whom. */
    to: FirstContactPartySchema,
    /** The record of the handover (登记、转交记录); may be empty, which the rule may refuse. */
    record: z.string().max(2000),
  }),
]))();

/**
 * A step of a matter; see {@link FirstContactStepSchema}.
 *
 * @category Issue
 */
export type FirstContactStep = DeepReadonly<z.infer<typeof FirstContactStepSchema>>;

/**
 * An enterprise's matter as the first-contact ledger holds it: the enterprise, optionally the issue
 * it became, and its steps (any order: they are read in the order of their instants, ties in the
 * order given; at most 1,000, qinqing's bound).
 *
 * @example
 * ```ts
 * FirstContactCaseSchema.safeParse({ enterpriseId: 'e1', steps: [] }).success; // true
 * ```
 * @category Issue
 */
export const FirstContactCaseSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The enterprise. */
  enterpriseId: IdSchema,
  /** The issue the matter became, if any. */
  issueId: IdSchema.optional(),
  /** The steps. */
  steps: z.array(FirstContactStepSchema).max(1000),
}))();

/**
 * An enterprise's matter; see {@link FirstContactCaseSchema}.
 *
 * @category Issue
 */
export type FirstContactCase = DeepReadonly<z.infer<typeof FirstContactCaseSchema>>;

/**
 * One party's time as owner of the reply: since when, until when it had to respond, and how it
 * ended — answered, handed over (to whom), answered by another party, or not yet (null).
 *
 * @category Issue
 */
export interface FirstContactOwnership {
  /** The owner. */
  readonly party: FirstContactParty;
  /** Since when: the first question, or the handover to it. */
  readonly since: Instant;
  /** When its limit runs out. */
  readonly due: Instant;
  /** How its time ended, or null while it lasts. */
  readonly ended: 'answered' | 'handedOver' | 'answeredByOther' | null;
  /** When it ended, or null. */
  readonly endedAt: Instant | null;
  /** Whom it handed the matter to, or null. */
  readonly handedTo: FirstContactParty | null;
}

/**
 * A violation of the first-contact rule: what, by whom, when, and why in both languages.
 *
 * @category Issue
 */
export interface FirstContactBreach {
  /** What; see {@link FirstContactViolation}. */
  readonly code: FirstContactViolation;
  /** The party that breached the rule. */
  readonly party: FirstContactParty;
  /** When: the step that shows it, or the due instant of a limit that ran out. */
  readonly at: Instant;
  /** Why, in both languages. */
  readonly reason: BilingualText;
}

/**
 * What {@link checkFirstContact} found: the first contact (首问) and when it was asked, each owner of
 * the reply in turn, where the matter stands, and the violations, in the order they happened.
 *
 * @category Issue
 */
export interface FirstContactReport {
  /** The rule's id. */
  readonly ruleId: Id;
  /** Where the matter stands. */
  readonly status: FirstContactStatus;
  /** The party first asked, or null when nobody was. */
  readonly firstContact: FirstContactParty | null;
  /** When it was asked, or null. */
  readonly askedAt: Instant | null;
  /** Each owner of the reply in turn. */
  readonly owners: readonly FirstContactOwnership[];
  /** The violations. */
  readonly violations: readonly FirstContactBreach[];
  /** True when a due instant rests on a provisional year of the calendar. */
  readonly provisional: boolean;
}

const who = (p: FirstContactParty): string => (p.officialId === undefined ? p.departmentId : `${p.departmentId}/${p.officialId}`);

/**
 * Checks an enterprise's matter against the first-contact responsibility rule (首问责任制, 001): the
 * department first asked owns the reply; it must, within the rule's limit, either answer the
 * enterprise or hand the matter over — with a record — to the responsible department, which then
 * owns the reply under the same limit, and so on. Reading the steps in time order:
 *
 * - the first `asked` names the first contact and starts its time;
 * - `answered` by the owner settles the matter (on time or `lateResponse`); by another party, it
 *   settles it too, the owner's time ending as `answeredByOther`;
 * - `handedOver` by the owner passes the reply to `to` (`lateResponse` when late,
 *   `handoverWithoutRecord` when the record is empty and the rule asks one); by anyone else, it is
 *   not the owner's handover and changes nothing;
 * - `asked` of another department while the owner has neither answered nor handed over is
 *   `redirected` (推诿): the owner stays responsible;
 * - an owner whose limit ran out by `asOf` without answering or handing over is `noResponse`.
 *
 * Steps after the matter is settled are not read. Parties are the same when their departments are.
 *
 * @param matter - The matter and its steps (checked with {@link FirstContactCaseSchema}).
 * @param rule - The rule, e.g. {@link jiaozuoFirstContactRule} (checked once per object).
 * @param asOf - The instant of the check, with its offset: limits not run out by then are not violations yet.
 * @param calendar - The working-day calendar, for limits in working days.
 * @returns The report; or `INVALID_INPUT` at its path under `matter` or `rule`, `INVALID_INSTANT`
 *   at `['asOf']`, or a calendar error (an instant outside the calendar's years).
 * @example
 * ```ts
 * const at = (d: string) => `2026-03-${d}+08:00`;
 * const matter = { enterpriseId: 'e1', steps: [
 *   { type: 'asked', at: at('02T09:00:00'), party: { departmentId: 'd-ind' } },
 *   { type: 'asked', at: at('04T09:00:00'), party: { departmentId: 'd-land' } },
 *   { type: 'answered', at: at('05T10:00:00'), party: { departmentId: 'd-land' } },
 * ] } as const;
 * const r = unwrap(checkFirstContact(matter, jiaozuoFirstContactRule, at('06T09:00:00'), chinaCalendar));
 * [r.status, r.firstContact?.departmentId, r.violations.map((v) => v.code)]; // ['settled', 'd-ind', ['noResponse', 'redirected']]
 * r.violations[0]?.reason.zh; // 'd-ind 为首问单位，应于 2026-03-03T23:59:59+08:00 前答复企业或转交责任部门，但既未答复也未转交。'
 * ```
 * @category Issue
 */
export function checkFirstContact(matter: FirstContactCase, rule: FirstContactRule, asOf: Instant, calendar: WorkCalendar): Result<FirstContactReport> {
  const parsed = safeParseWith(FirstContactCaseSchema, matter);
  if (!parsed.ok) return err(movedPaths(parsed.error, (path) => ['matter', ...path]));
  const badRule = checkedOnce(FirstContactRuleSchema, rule);
  if (badRule !== null) return err(argumentError(badRule, ['rule'], { en: 'a valid first-contact rule', zh: '有效的首问责任规则' }));
  const now = typeof asOf === 'string' ? instantMs(asOf) : NaN;
  if (Number.isNaN(now)) return err(invalidInstant(asOf, 'asOf'));
  const steps = parsed.value.steps.map((s, i) => ({ s, i, ms: instantMs(s.at) })).sort((a, b) => a.ms - b.ms || a.i - b.i);
  const violations: FirstContactBreach[] = [];
  const owners: { -readonly [K in keyof FirstContactOwnership]: FirstContactOwnership[K] }[] = [];
  let provisional = false;
  let firstContact: FirstContactParty | null = null;
  let askedAt: Instant | null = null;
  let settled = false;
  const limitText = 'workingDays' in rule.respondWithin ? { zh: `${rule.respondWithin.workingDays} 个工作日`, en: `${rule.respondWithin.workingDays} working day(s)` } : { zh: `${rule.respondWithin.hours} 小时`, en: `${rule.respondWithin.hours} hour(s)` };
  /** Opens a party's time as owner, or returns the calendar's error. */
  const own = (party: FirstContactParty, since: Instant, index: number): Result<null> => {
    const due = dueAt(rule.respondWithin, since, calendar);
    if (!due.ok) return err(movedPaths(due.error, (path) => (path[0] === 'from' ? ['matter', 'steps', index, 'at'] : path)));
    provisional ||= due.provisional;
    owners.push({ party, since, due: due.value, ended: null, endedAt: null, handedTo: null });
    return ok(null);
  };
  const role = (k: number): { zh: string; en: string } => (k === 0 ? { zh: '首问单位', en: 'the first contact' } : { zh: '受转交的责任部门', en: 'the department it was handed to' });
  for (const { s, i, ms } of steps) {
    if (settled) break;
    const owner = owners.at(-1);
    if (owner === undefined) {
      if (s.type !== 'asked') continue; // answers or handovers before anyone was asked are not the rule's
      firstContact = s.party;
      askedAt = s.at;
      const opened = own(s.party, s.at, i);
      if (!opened.ok) return opened;
      continue;
    }
    const late = ms > instantMs(owner.due);
    const mine = s.party.departmentId === owner.party.departmentId;
    const k = owners.length - 1;
    if (s.type === 'asked') {
      if (mine || owner.ended !== null) continue;
      violations.push({
        code: 'redirected',
        party: owner.party,
        at: s.at,
        reason: {
          zh: `${who(owner.party)} 为${role(k).zh}，尚未答复也未转交，企业又于 ${s.at} 找到 ${who(s.party)}：推诿，让企业另找他处。`,
          en: `${who(owner.party)}, ${role(k).en}, had neither answered nor handed the matter over when the enterprise went to ${who(s.party)} at ${s.at}: the enterprise was sent elsewhere.`,
        },
      });
      continue;
    }
    if (s.type === 'answered') {
      owner.ended = mine ? 'answered' : 'answeredByOther';
      owner.endedAt = s.at;
      settled = true;
      if (mine && late) {
        violations.push({
          code: 'lateResponse',
          party: owner.party,
          at: s.at,
          reason: { zh: `${who(owner.party)} 于 ${s.at} 答复企业，超过时限 ${owner.due}（${limitText.zh}）。`, en: `${who(owner.party)} answered the enterprise at ${s.at}, after its limit ${owner.due} (${limitText.en}).` },
        });
      }
      if (!mine && ms > instantMs(owner.due)) violations.push(noResponse(owner, k));
      continue;
    }
    // handedOver
    if (!mine) continue;
    owner.ended = 'handedOver';
    owner.endedAt = s.at;
    owner.handedTo = s.to;
    if (late) {
      violations.push({
        code: 'lateResponse',
        party: owner.party,
        at: s.at,
        reason: { zh: `${who(owner.party)} 于 ${s.at} 转交 ${who(s.to)}，超过时限 ${owner.due}（${limitText.zh}）。`, en: `${who(owner.party)} handed the matter to ${who(s.to)} at ${s.at}, after its limit ${owner.due} (${limitText.en}).` },
      });
    }
    if (rule.handoverNeedsRecord && s.record.trim() === '') {
      violations.push({
        code: 'handoverWithoutRecord',
        party: owner.party,
        at: s.at,
        reason: { zh: `${who(owner.party)} 于 ${s.at} 转交 ${who(s.to)}，未作登记、转交记录。`, en: `${who(owner.party)} handed the matter to ${who(s.to)} at ${s.at} without a record.` },
      });
    }
    const opened = own(s.to, s.at, i);
    if (!opened.ok) return opened;
  }
  const last = owners.at(-1);
  if (last !== undefined && last.ended === null && now > instantMs(last.due)) violations.push(noResponse(last, owners.length - 1));
  violations.sort((a, b) => instantMs(a.at) - instantMs(b.at));
  const status: FirstContactStatus = firstContact === null ? 'notAsked' : settled ? 'settled' : 'replyOwned';
  return ok({ ruleId: rule.id, status, firstContact, askedAt, owners, violations, provisional });

  function noResponse(owner: FirstContactOwnership, k: number): FirstContactBreach {
    const r = role(k);
    return {
      code: 'noResponse',
      party: owner.party,
      at: owner.due,
      reason: {
        zh: `${who(owner.party)} 为${r.zh}，应于 ${owner.due} 前答复企业或转交责任部门，但既未答复也未转交。`,
        en: `${who(owner.party)}, ${r.en}, had to answer the enterprise or hand the matter over to the responsible department by ${owner.due}, and did neither.`,
      },
    };
  }
}
