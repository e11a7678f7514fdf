import { domainError, type DomainError } from '../core/errors.js';
import type { BilingualText, Id } from '../core/schema.js';
import { ActorRole, type Actor } from '../vocabulary/actor.js';
import type { IssueCommandType } from '../vocabulary/issue.js';
import { AccessAction, AccessScope } from './enums.js';
import type { AccessPolicy, AccessRule, AccessSubject, AccessTarget } from './policy.js';

/**
 * Where the app says an enterprise lies: a map from enterprise id to county id, or a function that
 * looks it up. An enterprise it does not know has no county, so county-level jurisdiction over it
 * fails (deny by default).
 *
 * @example
 * ```ts
 * const countyOf: CountyOf = { e1: 'c-xiuzhou', e2: 'c-nanhu' };
 * ```
 * @category Access
 */
export type CountyOf = Readonly<Record<Id, Id>> | ((enterpriseId: Id) => Id | undefined);

/**
 * The outcome of {@link authorize}: allowed, with the allow rule that matched (the one with the
 * smallest id when several do, so that rule order never shows); or refused with `FORBIDDEN`, a
 * bilingual reason, and the deny rule that matched (null when no rule allowed the request: deny by
 * default).
 *
 * @category Access
 */
export type AccessDecision =
  | { readonly allowed: true; readonly rule: AccessRule }
  | { readonly allowed: false; readonly code: 'FORBIDDEN'; readonly reason: BilingualText; readonly rule: AccessRule | null };

/**
 * What the issue lifecycle needs to check access (the `access` of `IssueContext`): the policy, the
 * subject the app authenticated, and where enterprises lie.
 *
 * @category Access
 */
export interface IssueAccess {
  /** The access policy, e.g. {@link defaultAccessPolicy}. */
  readonly policy: AccessPolicy;
  /** Who sends the commands; its id and role must equal each command's `actor`. */
  readonly subject: AccessSubject;
  /** The county of an issue's enterprise, for county-level subjects. */
  readonly countyOf?: CountyOf;
}

function countyOfEnterprise(countyOf: CountyOf | undefined, enterpriseId: Id): Id | undefined {
  if (countyOf === undefined) return undefined;
  if (typeof countyOf === 'function') return countyOf(enterpriseId);
  return Object.hasOwn(countyOf, enterpriseId) ? countyOf[enterpriseId] : undefined;
}

/**
 * What access reads of an issue (an `Issue` will do): its enterprise, the lead department and
 * co-handlers of the current assignment, and its history (which tells an issue from a plain
 * {@link AccessTarget}).
 *
 * @category Access
 */
export interface AccessibleIssue {
  /** The enterprise that raised it. */
  readonly enterpriseId: Id;
  /** The lead department of the current assignment, or null. */
  readonly leadDepartmentId: Id | null;
  /** The co-handling departments. */
  readonly coHandlerIds: readonly Id[];
  /** Its audit events. */
  readonly history: readonly unknown[];
}

/**
 * What access reads of a lifecycle command (an `IssueCommand` will do): its type, its actor, and for
 * a `submit` the enterprise it names.
 *
 * @category Access
 */
export interface AccessCommand {
  /** The command type, which is the action authorised. */
  readonly type: IssueCommandType;
  /** Who issues it. */
  readonly actor: Actor;
  /** The enterprise a `submit` names. */
  readonly enterpriseId?: Id;
}

/**
 * Describes an issue as an access target: its enterprise, its lead department and co-handlers of
 * the current assignment, and its county as `countyOf` gives it for the enterprise.
 *
 * @param issue - The issue.
 * @param countyOf - Where enterprises lie; without it the target has no county.
 * @returns The target.
 * @example
 * ```ts
 * issueAccessTarget(issue, { e1: 'c-xiuzhou' }); // { enterpriseId: 'e1', countyId: 'c-xiuzhou', departmentId: 'd-power', coHandlerIds: [] }
 * ```
 * @category Access
 */
export function issueAccessTarget(issue: AccessibleIssue, countyOf?: CountyOf): AccessTarget {
  const countyId = countyOfEnterprise(countyOf, issue.enterpriseId);
  return {
    enterpriseId: issue.enterpriseId,
    ...(countyId === undefined ? {} : { countyId }),
    ...(issue.leadDepartmentId === null ? {} : { departmentId: issue.leadDepartmentId }),
    coHandlerIds: issue.coHandlerIds,
  };
}

/** A problem with a subject's attributes: the attribute (its path in the subject) and what is wrong, in both languages. */
export interface SubjectProblem {
  readonly attribute: readonly string[];
  readonly en: string;
  readonly zh: string;
}

/** A value as a refusal quotes it, never throwing (a BigInt or a cyclic object is named by its type). */
const shown = (x: unknown): string => (typeof x === 'string' ? JSON.stringify(x.length > 40 ? `${x.slice(0, 37)}…` : x) : x === null || typeof x !== 'object' ? String(x) : Array.isArray(x) ? 'a list' : 'an object');

const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 128;

/**
 * What is missing or malformed in a subject, or null when it is one {@link AccessSubjectSchema}
 * accepts in every attribute jurisdictions read: a subject that is not an object, an id or role
 * that is missing, a level that is neither `'city'` nor `'county'`, a county level without its
 * `countyId` (or a city level with one), an id attribute that is not an id, paired enterprises
 * that are not a list of ids. Internal: used by {@link authorize} and the lifecycle to fail closed.
 */
export function subjectProblem(subject: unknown): SubjectProblem | null {
  if (subject === null || typeof subject !== 'object') {
    return { attribute: [], en: `The subject must be an object; received ${subject === null ? 'null' : typeof subject}.`, zh: `访问主体应为对象，实际为 ${subject === null ? 'null' : typeof subject}。` };
  }
  const s = subject as Readonly<Record<string, unknown>>;
  const missing = (key: string, what: { en: string; zh: string }): SubjectProblem => ({
    attribute: [key],
    en: `The subject's ${key} is ${s[key] === undefined ? 'missing' : `not ${what.en} (received ${shown(s[key])})`}; access fails closed.`,
    zh: `访问主体的 ${key} ${s[key] === undefined ? '缺失' : `不是${what.zh}（实际为 ${shown(s[key])}）`}，按默认拒绝处理。`,
  });
  const anId = { en: 'an id', zh: '有效编号' };
  if (!isId(s['id'])) return missing('id', anId);
  if (typeof s['role'] !== 'string' || !Object.hasOwn(ActorRole.labels, s['role'])) return missing('role', { en: 'a known role', zh: '已知角色' });
  const level = s['level'];
  if (level !== 'city' && level !== 'county') return missing('level', { en: "'city' or 'county'", zh: "'city' 或 'county'" });
  if (level === 'county' && !isId(s['countyId'])) {
    return s['countyId'] === undefined
      ? { attribute: ['countyId'], en: "The subject is at level 'county' but its countyId is missing; access fails closed (it is never taken for a city-level subject).", zh: '访问主体为县级，但缺少 countyId，按默认拒绝处理（不会视为市级主体）。' }
      : missing('countyId', anId);
  }
  if (level === 'city' && s['countyId'] !== undefined) {
    return { attribute: ['countyId'], en: `The subject is at level 'city' but has a countyId (${shown(s['countyId'])}); say level 'county' for a county subject. Access fails closed.`, zh: `访问主体为市级，却注明了 countyId（${shown(s['countyId'])}）；县级主体请注明 level 为 'county'。按默认拒绝处理。` };
  }
  for (const key of ['departmentId', 'enterpriseId']) if (s[key] !== undefined && !isId(s[key])) return missing(key, anId);
  const paired = s['pairedEnterpriseIds'];
  if (paired !== undefined && !(Array.isArray(paired) && paired.every(isId))) return missing('pairedEnterpriseIds', { en: 'a list of ids', zh: '编号列表' });
  return null;
}

/** Whether the target lies in the rule's jurisdiction for the subject. */
function inScope(scope: AccessScope, s: AccessSubject, t: AccessTarget): boolean {
  switch (scope) {
    case 'anywhere':
      return true;
    case 'ownArea':
      return s.level === 'city' || (t.countyId !== undefined && t.countyId === s.countyId);
    case 'ownEnterprise':
      return s.enterpriseId !== undefined && t.enterpriseId === s.enterpriseId;
    case 'pairedEnterprises':
      return t.enterpriseId !== undefined && s.pairedEnterpriseIds !== undefined && s.pairedEnterpriseIds.includes(t.enterpriseId);
    case 'leadDepartment':
      return s.departmentId !== undefined && t.departmentId === s.departmentId;
    case 'assignedDepartment':
      return s.departmentId !== undefined && (t.departmentId === s.departmentId || (t.coHandlerIds?.includes(s.departmentId) ?? false));
    default: {
      const never: never = scope;
      return never;
    }
  }
}

const isIssue = (t: AccessTarget | AccessibleIssue): t is AccessibleIssue => 'history' in t;

/** A label table's entry for a value, or the value itself when the table has none (unknown data from an app never throws). */
export const named = (labels: Readonly<Record<string, BilingualText>>, value: string): BilingualText =>
  Object.hasOwn(labels, value) ? (labels[value] as BilingualText) : { zh: `“${value}”`, en: `"${value}"` };

/** "A clerk" or "An auditor". */
export const aRole = (en: string): string => `${/^[aeiou]/i.test(en) ? 'An' : 'A'} ${en.toLowerCase()}`;

const levelText = { city: { en: 'city', zh: '市级' }, county: { en: 'county', zh: '县级' } } as const;

/**
 * Decides whether a subject may do an action to a target under a policy. Deny by default: the
 * request is allowed only when an allow rule names the subject's role and the action, binds the
 * subject's `level` and holds the target in its jurisdiction. Fails closed: a subject with a
 * missing or malformed attribute (no `level`, a county level without `countyId`, …; see
 * {@link AccessSubjectSchema}) is refused with a reason that names the attribute. A valid policy (see {@link safeParseAccessPolicy}) never matches a request with
 * both an allow and a deny rule, so the order of its rules never changes the decision; should an
 * unvalidated one, the deny wins.
 *
 * @param subject - Who asks, with the attributes the app knows (county, department, enterprise, pairings).
 * @param action - The action, e.g. an issue command type or `'viewLedger'`.
 * @param target - The issue, or a description of what the action concerns.
 * @param policy - The access policy, e.g. {@link defaultAccessPolicy}.
 * @param options - `countyOf`: where enterprises lie, for an issue target.
 * @returns `{ allowed: true, rule }`, or `{ allowed: false, code: 'FORBIDDEN', reason, rule }`.
 * @example
 * ```ts
 * const handler = { id: 'u7', role: 'departmentHandler', level: 'city', departmentId: 'd-power' } as const;
 * authorize(handler, 'answer', { departmentId: 'd-power' }, defaultAccessPolicy).allowed; // true
 * authorize(handler, 'answer', { departmentId: 'd-tax' }, defaultAccessPolicy).allowed; // false
 * // A county office whose county went missing is not taken for a city-level one:
 * const lost = { id: 'o2', role: 'leadingGroupOffice', level: 'county' } as AccessSubject;
 * authorize(lost, 'close', { countyId: 'c1' }, defaultAccessPolicy).allowed; // false
 * const d = authorize(lost, 'close', { countyId: 'c1' }, defaultAccessPolicy);
 * d.allowed || d.reason.en; // "The subject is at level 'county' but its countyId is missing; …"

 * ```
 * @category Access
 */
export function authorize(
  subject: AccessSubject,
  action: AccessAction,
  target: AccessTarget | AccessibleIssue,
  policy: AccessPolicy,
  options: { readonly countyOf?: CountyOf } = {},
): AccessDecision {
  const problem = subjectProblem(subject);
  if (problem !== null) return { allowed: false, code: 'FORBIDDEN', reason: { en: problem.en, zh: problem.zh }, rule: null };
  const t = isIssue(target) ? issueAccessTarget(target, options.countyOf) : target;
  const level = subject.level;
  let allow: AccessRule | undefined;
  let deny: AccessRule | undefined;
  let outside: Set<AccessScope> | undefined;
  for (const rule of policy.rules) {
    if (!rule.roles.includes(subject.role) || !rule.actions.includes(action) || !rule.levels.includes(level)) continue;
    if (!inScope(rule.scope, subject, t)) {
      if (rule.effect === 'allow') (outside ??= new Set()).add(rule.scope);
      continue;
    }
    if (rule.effect === 'allow') {
      if (allow === undefined || rule.id < allow.id) allow = rule;
    } else if (deny === undefined || rule.id < deny.id) deny = rule;
  }
  if (allow !== undefined && deny === undefined) return { allowed: true, rule: allow };
  const role = named(ActorRole.labels, subject.role);
  const act = named(AccessAction.labels, action);
  if (deny !== undefined) {
    return {
      allowed: false,
      code: 'FORBIDDEN',
      reason: {
        en: `${aRole(role.en)} may not "${act.en}": the rule "${deny.id}" denies it (${deny.source}).`,
        zh: `${role.zh}不得“${act.zh}”：规则“${deny.id}”禁止（${deny.source}）。`,
      },
      rule: deny,
    };
  }
  if (outside !== undefined) {
    const scopes = AccessScope.schema.options.filter((s) => outside.has(s));
    return {
      allowed: false,
      code: 'FORBIDDEN',
      reason: {
        en: `${aRole(role.en)} may "${act.en}" only within: ${scopes.map((s) => AccessScope.labels[s].en.toLowerCase()).join(', ')}; the target is outside.`,
        zh: `${role.zh}仅可在以下范围内“${act.zh}”：${scopes.map((s) => AccessScope.labels[s].zh).join('、')}；该对象不在其范围内。`,
      },
      rule: null,
    };
  }
  return {
    allowed: false,
    code: 'FORBIDDEN',
    reason: {
      en: `No rule of the access policy "${policy.id}" lets a ${levelText[level].en}-level ${role.en.toLowerCase()} "${act.en}" (deny by default).`,
      zh: `权限规则“${policy.id}”中没有允许${levelText[level].zh}${role.zh}“${act.zh}”的规则（默认拒绝）。`,
    },
    rule: null,
  };
}

/**
 * Decides whether the subject of an {@link IssueAccess} may execute a command on an issue, as
 * `decideIssue` and `executeIssueCommand` do with the `access` of their context: the command's
 * actor must be the subject (same id and role, and the same enterprise when the actor carries one),
 * and the subject must be authorised for the command's type on the issue — for a `submit`, on the
 * enterprise it names.
 *
 * @param issue - The issue, or null for a `submit`.
 * @param command - The command.
 * @param access - The policy, the subject and where enterprises lie.
 * @returns The decision; a command whose actor is not the subject is refused with no rule.
 * @example
 * ```ts
 * const subject = { id: 'ent-1', role: 'enterprise', level: 'city', enterpriseId: 'e1' } as const;
 * const close = { type: 'close', issueId: issue.id, actor: { id: 'ent-1', role: 'enterprise' }, at } as const;
 * authorizeIssueCommand(issue, close, { policy: defaultAccessPolicy, subject }).allowed; // false: 003, 交办销号
 * ```
 * @category Access
 */
export function authorizeIssueCommand(issue: AccessibleIssue | null, command: AccessCommand, access: IssueAccess): AccessDecision {
  const { subject } = access;
  const actor = command.actor;
  if (actor.id !== subject.id || actor.role !== subject.role || (actor.enterpriseId !== undefined && actor.enterpriseId !== subject.enterpriseId)) {
    return {
      allowed: false,
      code: 'FORBIDDEN',
      reason: {
        en: `The command's actor ("${actor.id}", ${named(ActorRole.labels, actor.role).en.toLowerCase()}${speaks(actor.enterpriseId, 'en')}) is not the subject the app authenticated ("${subject.id}", ${named(ActorRole.labels, subject.role).en.toLowerCase()}${speaks(subject.enterpriseId, 'en')}).`,
        zh: `操作人（“${actor.id}”，${named(ActorRole.labels, actor.role).zh}${speaks(actor.enterpriseId, 'zh')}）与应用认证的访问主体（“${subject.id}”，${named(ActorRole.labels, subject.role).zh}${speaks(subject.enterpriseId, 'zh')}）不一致。`,
      },
      rule: null,
    };
  }
  let target: AccessTarget | AccessibleIssue;
  if (issue !== null) target = issue;
  else if (command.type === 'submit' && command.enterpriseId !== undefined) {
    const countyId = countyOfEnterprise(access.countyOf, command.enterpriseId);
    target = countyId === undefined ? { enterpriseId: command.enterpriseId } : { enterpriseId: command.enterpriseId, countyId };
  } else target = {};
  return access.countyOf === undefined
    ? authorize(subject, command.type, target, access.policy)
    : authorize(subject, command.type, target, access.policy, { countyOf: access.countyOf });
}

/** ", for enterprise e1" when an actor or subject carries its enterprise. */
const speaks = (enterpriseId: Id | undefined, lang: 'en' | 'zh'): string =>
  enterpriseId === undefined ? '' : lang === 'en' ? `, for enterprise "${enterpriseId}"` : `，代表企业“${enterpriseId}”`;

/**
 * The error with which the lifecycle refuses a command its access does not allow, or null when it
 * is allowed, with the path as the caller of `decideIssue` reads it: `context.access.subject.<attribute>`
 * for a malformed subject, else `command.actor`. Internal: used by the issue machine.
 */
export function accessRefusal(issue: AccessibleIssue | null, command: AccessCommand, access: IssueAccess): DomainError | null {
  const problem = subjectProblem(access.subject);
  if (problem !== null) {
    const value: unknown = problem.attribute.length === 0 ? access.subject : (access.subject as unknown as Record<string, unknown>)[problem.attribute[0] as string];
    return domainError('FORBIDDEN', { en: problem.en, zh: problem.zh, path: ['context', 'access', 'subject', ...problem.attribute], value });
  }
  const decision = authorizeIssueCommand(issue, command, access);
  if (decision.allowed) return null;
  return domainError('FORBIDDEN', {
    en: decision.reason.en,
    zh: decision.reason.zh,
    path: ['command', 'actor'],
    value: command.actor,
  });
}
