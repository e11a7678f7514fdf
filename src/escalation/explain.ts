import { inLocale, type BilingualText, type Locale } from '../core/schema.js';
import { SupervisionStep } from '../vocabulary/issue.js';
import type { HolderDecision, Route } from './route.js';
import { EscalationHolder, type EscalationLadder, type EscalationTarget, type FactName } from './schema.js';

/** The name of each fact in both languages; shared with `validateLadder` (not in the barrel). */
export const factLabels: Readonly<Record<FactName, BilingualText>> = {
  nature: { zh: '问题性质', en: 'nature' },
  scope: { zh: '涉及范围', en: 'scope' },
  procedure: { zh: '适用程序', en: 'procedure' },
  categoryId: { zh: '问题类别', en: 'category' },
  industry: { zh: '所属行业', en: 'industry' },
  enterprisesAffected: { zh: '涉及企业数', en: 'enterprises affected' },
  amountInvolved: { zh: '涉及金额', en: 'money involved' },
  overdueWorkingDays: { zh: '逾期工作日', en: 'working days overdue' },
  supervisionStep: { zh: '督办环节', en: 'supervision step' },
  reopenCount: { zh: '重办次数', en: 'times reopened' },
  reworkCount: { zh: '重办及改派次数', en: 'times reopened or re-dispatched' },
  declaredUnsolvable: { zh: '暂不能解决', en: 'declared unsolvable' },
};

/**
 * The display name of an escalation target in one locale: the holder's label (built in, or declared
 * by the ladder), its portfolio and the supervision step it takes.
 *
 * @param target - The target.
 * @param ladder - The ladder, for the holders it declares.
 * @param locale - `'zh-CN'` or `'en'`.
 * @returns The name, e.g. `'分管副市长（工业经济）'`.
 * @example
 * ```ts
 * targetLabel({ holder: 'executiveMeeting' }, jiaozuoLadder, 'zh-CN'); // '市政府常务会议'
 * ```
 * @category Escalation
 */
export function targetLabel(target: EscalationTarget, ladder: EscalationLadder, locale: Locale): string {
  const own = ladder.holders.find((h) => h.id === target.holder)?.label;
  const builtIn = (EscalationHolder.labels as Readonly<Record<string, BilingualText>>)[target.holder];
  const name = own ?? builtIn;
  let text = name === undefined ? target.holder : inLocale(name, locale);
  if (target.portfolio !== undefined) text += locale === 'en' ? ` (${target.portfolio})` : `（${target.portfolio}）`;
  if (target.step !== undefined) text += locale === 'en' ? ` — ${SupervisionStep.labels[target.step].en}` : `·${SupervisionStep.labels[target.step].zh}`;
  return text;
}

/**
 * Explains a route in words, one line per rule considered: each earlier rule and the condition it
 * failed on, then the deciding rule with its conditions, target and description — or the gap. When
 * the deciding rule has a holder choice (Part 14), its line ends with the choice: the alternative
 * taken and the conditions that held, or that none held (each alternative with the condition it
 * failed on), and the reason.
 *
 * @param routed - The route, from {@link route}.
 * @param ladder - The ladder it was routed on.
 * @param locale - `'zh-CN'` or `'en'`.
 * @returns The lines of the explanation.
 * @example
 * ```ts
 * explainRoute(unwrap(route(issue, jiaozuoLadder, '2026-10-20', chinaCalendar)), jiaozuoLadder, 'en');
 * // ['Rule "policy" does not apply: nature.', 'Rule "majorOrWidespread" decides (nature): …']
 * ```
 * @category Escalation
 */
export function explainRoute(routed: Route, ladder: EscalationLadder, locale: Locale): string[] {
  const en = locale === 'en';
  const fact = (f: FactName): string => inLocale(factLabels[f], locale);
  const lines = routed.skipped.map((s) => (en ? `Rule "${s.ruleId}" does not apply: ${fact(s.failedOn)}.` : `规则“${s.ruleId}”不适用：${fact(s.failedOn)}不符。`));
  const rule = ladder.rules.find((r) => r.id === routed.ruleId);
  if (rule === undefined || routed.target === null) {
    lines.push(en ? 'No rule applies: the ladder has a gap for these facts.' : '没有适用的规则：该层级对这些情形存在空缺。');
    return lines;
  }
  const held = routed.held.length === 0 ? (en ? 'no conditions' : '无条件') : routed.held.map(fact).join(en ? ', ' : '、');
  const why = rule.description === undefined ? '' : `${en ? ' ' : ''}${inLocale(rule.description, locale)}`;
  const choice = routed.choice === undefined ? '' : `${why === '' || ended(why) ? '' : en ? '.' : '。'}${choiceText(routed.choice, locale)}`;
  lines.push(
    en
      ? `Rule "${rule.id}" decides (${held}): → ${targetLabel(routed.target, ladder, locale)}, rank ${rule.rank}.${why}${choice}`
      : `规则“${rule.id}”适用（${held}）：→ ${targetLabel(routed.target, ladder, locale)}，层级 ${rule.rank}。${why}${choice}`,
  );
  return lines;
}

/** Whether a sentence ends with its punctuation. */
const ended = (text: string): boolean => /[.!?。！？]$/.test(text);

/** The holder choice of a route in words, to end the deciding rule's line. */
function choiceText(c: HolderDecision, locale: Locale): string {
  const en = locale === 'en';
  const fact = (f: FactName): string => inLocale(factLabels[f], locale);
  const text = inLocale(c.reason, locale);
  const reason = ended(text) ? text : `${text}${en ? '.' : '。'}`;
  if (c.alternativeId !== null) {
    const held = c.held.length === 0 ? (en ? 'no conditions' : '无条件') : c.held.map(fact).join(en ? ', ' : '、');
    return en ? ` Holder: alternative "${c.alternativeId}" (${held}). ${reason}` : `协调主体：备选“${c.alternativeId}”适用（${held}）。${reason}`;
  }
  const failed = c.skipped.map((s) => (en ? `"${s.alternativeId}": ${fact(s.failedOn)}` : `“${s.alternativeId}”${fact(s.failedOn)}不符`)).join(en ? '; ' : '，');
  return en ? ` Holder: no alternative applies (${failed}). ${reason}` : `协调主体：备选均不适用（${failed}）。${reason}`;
}
