import type { ErrorPath } from '../core/errors.js';
import type { BilingualText, Id } from '../core/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { ActorRole } from '../vocabulary/actor.js';
import { IssueCommandType } from '../vocabulary/issue.js';
import { aRole, named, type AccessCommand } from './authorize.js';

/**
 * One rule of the role law: the roles that may, by the sources, issue a command at all, whatever
 * an access policy says; with the rule in both languages and its source.
 *
 * @category Access
 */
export interface RoleLaw {
  /** The rule's id, named in a refusal (as the deny rules of {@link defaultAccessPolicy} are). */
  readonly id: Id;
  /** The roles the law lets issue the command; every other role is refused. */
  readonly roles: readonly ActorRole[];
  /** What the law says, in both languages. */
  readonly rule: BilingualText;
  /** Where the law comes from. */
  readonly source: string;
}

const feedback: RoleLaw = {
  id: 'feedback-is-the-enterprises',
  roles: ['enterprise'],
  rule: {
    en: "only the enterprise gives its satisfaction and complains about its own problem; no one gives it in the enterprise's name",
    zh: '满意度与再次投诉只能由企业本身作出，他人不得代为评价',
  },
  source: '001: 以企业对各服务内容完成情况的满意度为唯一标准；002: 企业“不满意、不理解”的再梳理、再跟踪、再反馈',
};

const noSelfClose: RoleLaw = {
  id: 'no-self-close',
  roles: ['adviser', 'leadingGroupOffice', 'efficiencyOffice', 'leadingBody', 'cityLeader', 'auditor', 'system'],
  rule: {
    en: 'neither the enterprise nor the department that handles the issue strikes it off: the assigning side does',
    zh: '企业和承办部门均不得自行销号，由交办方销号',
  },
  source: '003: 交办销号',
};

const officeDecides: RoleLaw = {
  id: 'the-office-decides-pauses-and-disputes',
  roles: ['leadingGroupOffice', 'efficiencyOffice', 'leadingBody', 'cityLeader', 'system'],
  rule: {
    en: 'a pause (挂起) or a dispatch dispute (退单) is decided by the assigning side, never by the department that asked for it, nor by the enterprise',
    zh: '挂起申请和退单申请由交办方审核，申请部门和企业不得自行决定',
  },
  source: '国办函〔2025〕66号：建立派单争议审核机制；issue 17：挂起须经办公室批准',
};

const approval: RoleLaw = {
  id: 'only-the-leading-body-approves',
  roles: ['leadingBody'],
  rule: { en: 'only the adviser leading body approves or refuses a general-procedure matter', zh: '一般程序事项只能由工商顾问工作领导机构批准或不予批准' },
  source: '000: 一般程序经工商顾问工作领导机构批准后实施',
};

/**
 * The role law of the issue lifecycle (法定角色规则) as data: for each command the law reserves, the
 * roles that may issue it, with the source. `decideIssue`, `executeIssueCommand` and `assignBatch`
 * refuse any other role with `FORBIDDEN` before anything else, with or without an access policy
 * (the deny rules of {@link defaultAccessPolicy} say the same, for `authorize`). Commands not listed
 * are left to the access policy.
 *
 * - `giveFeedback`, `complain`: the enterprise only (001, 002);
 * - `approve`, `refuseApproval`: the leading body only (000);
 * - `close`, `closeUnrated`: neither the enterprise nor a department (handler or head): the assigning
 *   side strikes off (003: 交办销号);
 * - `decidePause`, `reviewDispute`: the assigning side (the offices, the leading body, city leaders,
 *   the app's system), never the department that asked (国办函〔2025〕66号: 派单争议审核).
 *
 * With it, {@link ownEnterpriseLaw}: an enterprise actor that carries its `enterpriseId` acts on its
 * own enterprise's issues only. {@link checkRoleLaw} decides and explains.
 *
 * @example
 * ```ts
 * issueRoleLaw.giveFeedback?.roles; // ['enterprise']
 * issueRoleLaw.close?.roles.includes('departmentHead'); // false
 * issueRoleLaw.assign; // undefined: left to the access policy
 * ```
 * @category Access
 */
export const issueRoleLaw: Readonly<Partial<Record<IssueCommandType, RoleLaw>>> = /* @__PURE__ */ (() => deepFreeze({
  giveFeedback: feedback,
  complain: feedback,
  approve: approval,
  refuseApproval: approval,
  closeUnrated: noSelfClose,
  decidePause: officeDecides,
  reviewDispute: officeDecides,
  close: noSelfClose,
}))();

/**
 * The law that an enterprise speaks for itself: an enterprise actor whose enterprise is known (its
 * `actor.enterpriseId`, or the `enterpriseId` of the enterprise subject of the context's access)
 * issues commands on its own enterprise's issues only — above all its feedback and complaints
 * (001, 002). See {@link checkRoleLaw}.
 *
 * @example
 * ```ts
 * ownEnterpriseLaw.id; // 'enterprise-speaks-for-itself'
 * ```
 * @category Access
 */
export const ownEnterpriseLaw: RoleLaw = /* @__PURE__ */ (() => deepFreeze({
  id: 'enterprise-speaks-for-itself',
  roles: ['enterprise'],
  rule: {
    en: 'an enterprise raises, follows, rates and complains about its own problems only',
    zh: '企业只能就本企业的问题提交、评价、投诉和撤回',
  },
  source: '001: 企业自主反映问题，以企业满意度为唯一标准；002: 企业“不满意、不理解”的再反馈',
}))();

/**
 * The outcome of {@link checkRoleLaw}: allowed, with the law that governs the command (null when
 * the law leaves it to the access policy); or refused with `FORBIDDEN`, a bilingual reason naming
 * the role and the command, the law, and the path of what the law refuses in the command.
 *
 * @category Access
 */
export type RoleLawDecision =
  | { readonly allowed: true; readonly law: RoleLaw | null }
  | { readonly allowed: false; readonly code: 'FORBIDDEN'; readonly reason: BilingualText; readonly law: RoleLaw; readonly path: ErrorPath };

/** What the role law reads of an issue: its enterprise. */
export interface LawfulIssue {
  /** The enterprise that raised it. */
  readonly enterpriseId: Id;
}

/**
 * Decides a command by the role law alone ({@link issueRoleLaw}, {@link ownEnterpriseLaw}), as the
 * lifecycle does first, whatever the access policy: the actor's role must be one the law lets issue
 * the command, and an enterprise actor that carries its `enterpriseId` must act on its own
 * enterprise's issue (for a `submit`, the enterprise it names).
 *
 * @param issue - The issue, or null for a `submit`.
 * @param command - The command: its type, its actor and, for a `submit`, its enterprise.
 * @param speaksFor - The enterprise the actor speaks for when the command's actor does not say it
 *   (the lifecycle passes the enterprise subject's `enterpriseId`); `actor.enterpriseId` wins.
 * @returns `{ allowed: true, law }`, or `{ allowed: false, code: 'FORBIDDEN', reason, law, path }`.
 * @example
 * ```ts
 * const close = { type: 'close', actor: { id: 'h1', role: 'departmentHandler' } } as const;
 * const d = checkRoleLaw(null, close);
 * d.allowed || d.law.id; // 'no-self-close'
 * d.allowed || d.reason.en; // 'A department handler may not "Close", whatever the access policy says: neither the enterprise…'
 * checkRoleLaw({ enterpriseId: 'e1' }, { type: 'giveFeedback', actor: { id: 'p', role: 'enterprise', enterpriseId: 'e2' } }).allowed; // false
 * ```
 * @category Access
 */
export function checkRoleLaw(issue: LawfulIssue | null, command: AccessCommand, speaksFor?: Id): RoleLawDecision {
  const { actor, type } = command;
  const law = Object.hasOwn(issueRoleLaw, type) ? (issueRoleLaw[type] as RoleLaw) : null;
  const act = named(IssueCommandType.labels, type);
  if (law !== null && !law.roles.includes(actor.role)) {
    const role = named(ActorRole.labels, actor.role);
    return {
      allowed: false,
      code: 'FORBIDDEN',
      reason: {
        en: `${aRole(role.en)} may not "${act.en}", whatever the access policy says: ${law.rule.en} (${law.source}; law "${law.id}").`,
        zh: `${role.zh}不得“${act.zh}”（不论访问权限规则如何）：${law.rule.zh}（${law.source}；法定规则“${law.id}”）。`,
      },
      law,
      path: ['actor', 'role'],
    };
  }
  if (actor.role !== 'enterprise') return { allowed: true, law };
  const own = actor.enterpriseId ?? speaksFor;
  const target = issue !== null ? issue.enterpriseId : command.enterpriseId;
  if (own === undefined || target === undefined || own === target) return { allowed: true, law };
  return {
    allowed: false,
    code: 'FORBIDDEN',
    reason: {
      en: `The enterprise actor speaks for "${own}" and may not "${act.en}" for "${target}": ${ownEnterpriseLaw.rule.en} (${ownEnterpriseLaw.source}; law "${ownEnterpriseLaw.id}").`,
      zh: `该企业操作人代表“${own}”，不得为“${target}”“${act.zh}”：${ownEnterpriseLaw.rule.zh}（${ownEnterpriseLaw.source}；法定规则“${ownEnterpriseLaw.id}”）。`,
    },
    law: ownEnterpriseLaw,
    path: actor.enterpriseId === undefined ? ['speaksFor'] : ['actor', 'enterpriseId'],
  };
}
