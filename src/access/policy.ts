import * as z from 'zod';
import { domainError, type DomainError } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, unwrap, type Result } from '../core/result.js';
import { BilingualTextSchema, IdSchema } from '../core/schema.js';
import { safeParseWith } from '../internal/parse.js';
import { ActorRole } from '../vocabulary/actor.js';
import { GovernmentLevel } from '../org/level.js';
import { AccessAction, AccessEffect, AccessScope } from './enums.js';

/**
 * Who asks: the app's id of the person or body, the role they act in, the level they act at, and
 * the attributes their jurisdiction is judged by — all supplied by the app from its own records (a
 * command's `actor` carries only the id, the role and, for an enterprise, its enterprise):
 *
 * - `level`: `'city'` (reaches the whole city) or `'county'` (reaches its county only); always
 *   stated, so that a subject that lost its county never passes for a city-level one;
 * - `countyId`: the county (县、市、区) a county-level subject acts for: required at county level,
 *   refused at city level;
 * - `departmentId`: the department a handler or head works in;
 * - `enterpriseId`: the enterprise an enterprise subject speaks for;
 * - `pairedEnterpriseIds`: the enterprises an adviser or cadre is paired with (包联) today.
 *
 * {@link authorize} fails closed on a subject this schema refuses: a missing or malformed attribute
 * is refused with `FORBIDDEN`, its reason naming the attribute.
 *
 * @example
 * ```ts
 * AccessSubjectSchema.parse({ id: 'u7', role: 'departmentHandler', level: 'county', countyId: 'c-xiuzhou', departmentId: 'd-power' }).role; // 'departmentHandler'
 * AccessSubjectSchema.safeParse({ id: 'o1', role: 'leadingGroupOffice', level: 'county' }).success; // false: no countyId
 * ```
 * @category Access
 */
export const AccessSubjectSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The app's id of the person or body; must equal a command's `actor.id`. */
    id: IdSchema,
    /** The role they act in; must equal a command's `actor.role`. */
    role: ActorRole.schema,
    /** The level they act at: the whole city, or one county. */
    level: GovernmentLevel.schema.extract(['city', 'county']),
    /** The county a county-level subject acts for; required at county level, absent at city level. */
    countyId: IdSchema.optional(),
    /** The department the subject works in. */
    departmentId: IdSchema.optional(),
    /** The enterprise the subject speaks for. */
    enterpriseId: IdSchema.optional(),
    /** The enterprises the subject is paired with (包联). */
    pairedEnterpriseIds: z.array(IdSchema).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.level === 'county' && s.countyId === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'A county-level subject needs its countyId.',
        path: ['countyId'],
        input: s.countyId,
        params: { code: 'INVALID_INPUT', messageZh: '县级访问主体须注明所属县（countyId）。' },
      });
    } else if (s.level === 'city' && s.countyId !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `A city-level subject has no countyId; received "${s.countyId}" (say level: 'county' for a county office).`,
        path: ['countyId'],
        input: s.countyId,
        params: { code: 'INVALID_INPUT', messageZh: `市级访问主体不应注明县（countyId），实际为“${s.countyId}”（县级机构请注明 level: 'county'）。` },
      });
    }
  }))();

/**
 * Who asks; see {@link AccessSubjectSchema}.
 *
 * @category Access
 */
export type AccessSubject = DeepReadonly<z.infer<typeof AccessSubjectSchema>>;

/**
 * What an action is done to, described by the attributes jurisdictions look at: the county, the
 * enterprise, and the (lead) department with any co-handling departments. For an issue use
 * {@link issueAccessTarget}, or pass the issue itself to {@link authorize}.
 *
 * @example
 * ```ts
 * AccessTargetSchema.parse({ countyId: 'c-xiuzhou', departmentId: 'd-power' }).countyId; // 'c-xiuzhou'
 * ```
 * @category Access
 */
export const AccessTargetSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The county the target lies in, when known. */
  countyId: IdSchema.optional(),
  /** The enterprise it concerns. */
  enterpriseId: IdSchema.optional(),
  /** The department it concerns; for an issue the lead department (主办). */
  departmentId: IdSchema.optional(),
  /** Co-handling departments (协办), for an issue. */
  coHandlerIds: z.array(IdSchema).optional(),
}))();

/**
 * What an action is done to; see {@link AccessTargetSchema}.
 *
 * @category Access
 */
export type AccessTarget = DeepReadonly<z.infer<typeof AccessTargetSchema>>;

/** The levels a rule can bind: a subject's `level`. */
const RuleLevelSchema = /* @__PURE__ */ (() => GovernmentLevel.schema.extract(['city', 'county']))();

/**
 * One rule of an access policy: an `effect` for the `roles` × `actions` it names, for subjects at
 * the given `levels` (the subject's `level`; both by default), within a jurisdiction `scope`, with its `source`.
 *
 * @example
 * ```ts
 * AccessRuleSchema.parse({ id: 'auditor-views', effect: 'allow', roles: ['auditor'], actions: ['viewIssue'],
 *   scope: 'ownArea', source: 'qinqing' }).levels; // ['city', 'county']
 * ```
 * @category Access
 */
export const AccessRuleSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The rule's id, unique in its policy; a decision names the rule that made it. */
  id: IdSchema,
  /** Allow, or deny as a guard rail. */
  effect: AccessEffect.schema,
  /** The roles it binds. */
  roles: z.array(ActorRole.schema).min(1),
  /** The actions it binds. */
  actions: z.array(AccessAction.schema).min(1),
  /** The subject levels it binds: city, county or both. */
  levels: z
    .array(RuleLevelSchema)
    .min(1)
    .default((): ('city' | 'county')[] => ['city', 'county']),
  /** Where it applies, relative to the subject. */
  scope: AccessScope.schema,
  /** Where the rule comes from (a source document, or the app's own decision). */
  source: z.string().min(1),
}))();

/**
 * A rule of an access policy; see {@link AccessRuleSchema}.
 *
 * @category Access
 */
export type AccessRule = DeepReadonly<z.output<typeof AccessRuleSchema>>;

/** The distinct elements two lists share, in the order of the first. */
function shared<T>(a: readonly T[], b: readonly T[]): T[] {
  const inB = new Set(b);
  return [...new Set(a)].filter((x) => inB.has(x));
}

/** How a list of roles or actions reads in each language. */
const listText = (roles: readonly ActorRole[], actions: readonly AccessAction[], levels: readonly string[]) => ({
  en: `${roles.map((r) => ActorRole.labels[r].en).join(', ')} × ${actions.map((a) => AccessAction.labels[a].en).join(', ')} at ${levels.join(' and ')} level`,
  zh: `${roles.map((r) => ActorRole.labels[r].zh).join('、')} × ${actions.map((a) => AccessAction.labels[a].zh).join('、')}（${levels.map((l) => (l === 'city' ? '市级' : '县级')).join('、')}）`,
});

/** The index of each value of a list, for the cells of {@link checkRules}. */
const indexOf = <T extends string>(values: readonly T[]): ReadonlyMap<string, number> => new Map(values.map((v, i) => [v, i]));

/**
 * Checks the rules of a policy: ids are unique, and no allow rule conflicts with a deny rule.
 * Two rules **conflict** when one allows and the other denies and they share a role, an action and
 * a level. Jurisdictions are not compared: they never exclude each other (a subject can sit in a
 * county, a department and an enterprise at once), so such rules always match some request
 * together. A valid policy therefore never matches one request with both effects, and no rule order
 * or precedence can change a decision.
 *
 * Each rule that conflicts with an earlier one is reported once, at its own path, with the first
 * earlier rule it conflicts with. Near-linear: every (role, action, level) cell remembers the first
 * allow rule and the first deny rule that bind it, so a rule is compared with the cells it binds
 * (at most roles × actions × 2 of them, whatever its lists repeat), never with every earlier rule.
 */
function checkRules(rules: readonly AccessRule[], ctx: z.core.$RefinementCtx): void {
  const ids = new Map<string, number>();
  rules.forEach((r, i) => {
    if (ids.has(r.id)) {
      ctx.addIssue({
        code: 'custom',
        message: `The rule id "${r.id}" appears twice (rules ${ids.get(r.id)} and ${i}).`,
        path: ['rules', i, 'id'],
        input: r.id,
        params: { code: 'DUPLICATE_ID', messageZh: `规则编号“${r.id}”重复出现（第 ${ids.get(r.id)} 条与第 ${i} 条）。` },
      });
    } else ids.set(r.id, i);
  });
  const roleIndex = indexOf(ActorRole.values);
  const actionIndex = indexOf(AccessAction.values);
  const cells = ActorRole.values.length * AccessAction.values.length * 2;
  const firstAllow = new Int32Array(cells).fill(-1);
  const firstDeny = new Int32Array(cells).fill(-1);
  rules.forEach((b, j) => {
    const [own, other] = b.effect === 'allow' ? [firstAllow, firstDeny] : [firstDeny, firstAllow];
    let i = -1;
    for (const role of new Set(b.roles)) {
      const r = (roleIndex.get(role) ?? 0) * AccessAction.values.length;
      for (const action of new Set(b.actions)) {
        const ra = (r + (actionIndex.get(action) ?? 0)) * 2;
        for (const level of new Set(b.levels)) {
          const cell = ra + (level === 'city' ? 0 : 1);
          const earlier = other[cell] as number;
          if (earlier >= 0 && (i < 0 || earlier < i)) i = earlier;
          if ((own[cell] as number) < 0) own[cell] = j;
        }
      }
    }
    if (i < 0) return;
    const a = rules[i] as AccessRule;
    const [allow, deny] = a.effect === 'allow' ? [a, b] : [b, a];
    const both = listText(shared(a.roles, b.roles), shared(a.actions, b.actions), shared(a.levels, b.levels));
    ctx.addIssue({
      code: 'custom',
      message: `Rule "${allow.id}" allows and rule "${deny.id}" denies ${both.en}; jurisdictions never exclude each other, so both would match the same request. Narrow the allow rule or drop the deny rule.`,
      path: ['rules', j],
      input: b,
      params: {
        code: 'ACCESS_POLICY_CONFLICT',
        messageZh: `规则“${allow.id}”允许而规则“${deny.id}”禁止：${both.zh}；管辖范围互不排斥，两条规则会适用于同一请求。请收窄允许规则或删去禁止规则。`,
      },
    });
  });
}

/**
 * An access policy (权限规则) as data: who may do what, where. Deny by default: a request is
 * allowed only when an allow rule matches it (its role, action, the subject's level and the
 * jurisdiction). Deny rules are guard rails: a policy in which an allow rule and a deny rule share
 * a role, an action and a level is rejected with `ACCESS_POLICY_CONFLICT`, so a valid policy
 * never matches one request with both, and the order of its rules never changes a decision. Rule
 * ids must be unique (`DUPLICATE_ID`). Each rule in conflict with an earlier one is reported once,
 * with the first such rule; the check takes time linear in the rules (each compared only with the
 * role × action × level cells it binds), so a policy of 100,000 rules is checked in well under a
 * second (`npm run bench -- hostile`).
 *
 * @example
 * ```ts
 * AccessPolicySchema.safeParse({ ...defaultAccessPolicy, rules: [...defaultAccessPolicy.rules,
 *   { id: 'auditor-closes', effect: 'allow', roles: ['auditor'], actions: ['close'], scope: 'ownArea', source: 'app' }] }).success; // false
 * ```
 * @category Access
 */
export const AccessPolicySchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The policy's id. */
    id: IdSchema,
    /** Its name in both languages. */
    name: BilingualTextSchema,
    /** Where it comes from. */
    source: z.string().min(1),
    /** The rules; their order does not matter. */
    rules: z.array(AccessRuleSchema),
  })
  .superRefine((p, ctx) => checkRules(p.rules, ctx)))();

/**
 * An access policy; see {@link AccessPolicySchema}.
 *
 * @category Access
 */
export type AccessPolicy = DeepReadonly<z.output<typeof AccessPolicySchema>>;

/**
 * Several problems all of one code become one error of that code listing them, so the code says
 * what is wrong. When the list is capped, the problems not listed are of the same code only if the
 * listed ones are conflicts: {@link checkRules} reports every duplicate id before any conflict.
 */
function liftCommonCode(error: DomainError): DomainError {
  const issues = error.issues;
  const first = issues?.[0];
  if (error.code !== 'INVALID_INPUT' || issues === undefined || first === undefined || issues.some((i) => i.code !== first.code)) return error;
  if (error.moreIssues !== undefined && first.code !== 'ACCESS_POLICY_CONFLICT') return error;
  return domainError(first.code, {
    en: error.message,
    zh: error.messageZh,
    ...(first.path === undefined ? {} : { path: first.path }),
    value: first.value,
    issues,
    ...(error.moreIssues === undefined ? {} : { moreIssues: error.moreIssues }),
  });
}

/**
 * Validates an access policy: its shape, unique rule ids, and that no allow rule conflicts with a
 * deny rule (see {@link AccessPolicySchema}).
 *
 * @param input - The policy, e.g. from the app's configuration.
 * @returns The policy, or `ACCESS_POLICY_CONFLICT` at the path of the later rule of a conflicting
 *   pair (with the conflicts in `issues` when there are several: the first 20, the rest counted in
 *   `moreIssues`), `DUPLICATE_ID`, `INVALID_INPUT`, or `INPUT_TOO_DEEP` / `INPUT_TOO_LARGE` for
 *   input beyond the default `InputLimits` (at most 100,000 rules). Time linear in the rules.
 * @example
 * ```ts
 * const r = safeParseAccessPolicy({ ...defaultAccessPolicy, rules: [...defaultAccessPolicy.rules,
 *   { id: 'handler-closes', effect: 'allow', roles: ['departmentHandler'], actions: ['close'], scope: 'leadDepartment', source: 'app' }] });
 * r.ok || r.error.code; // 'ACCESS_POLICY_CONFLICT'
 * ```
 * @category Access
 */
export function safeParseAccessPolicy(input: unknown): Result<AccessPolicy> {
  const r = safeParseWith(AccessPolicySchema, input);
  return r.ok ? r : err(liftCommonCode(r.error));
}

/**
 * Validates an access policy; throws when it is not valid.
 *
 * @param input - The policy.
 * @returns The policy.
 * @throws {@link qinqing!QinqingError} with `ACCESS_POLICY_CONFLICT`, `DUPLICATE_ID` or `INVALID_INPUT`.
 * @example
 * ```ts
 * parseAccessPolicy({ id: 'mine', name: { zh: '本市权限', en: 'Our rules' }, source: 'app', rules: [] }).rules.length; // 0
 * ```
 * @category Access
 */
export function parseAccessPolicy(input: unknown): AccessPolicy {
  return unwrap(safeParseAccessPolicy(input));
}
