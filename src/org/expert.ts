import * as z from 'zod';
import { CalendarDateSchema, IdSchema, type DateRange, type Id } from '../core/schema.js';
import type { EnumValue } from '../core/enum.js';
import { domainError } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { readPeriod } from '../internal/args.js';
import { byCodeUnit } from '../internal/compare.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { movedPaths, safeParseWith } from '../internal/parse.js';
import { ContactSchema } from './contact.js';

/**
 * The kinds of members of an expert service team (专家服务团, 002: professors, accountants, consultants,
 * lawyers and engineers — 15 in Haining).
 *
 * `ExpertKind.values` lists the values in order, `ExpertKind.labels` gives each a zh-CN and an
 * English label, and `ExpertKind.schema` validates one. The type `ExpertKind` is a kind of expert,
 * e.g. `'accountant'`.
 *
 * @example
 * ```ts
 * ExpertKind.labels.lawyer.zh; // '律师'
 * ExpertKind.values; // ['professor', 'accountant', 'consultant', 'lawyer', 'engineer']
 * ```
 * @category Org
 */
export const ExpertKind = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    professor: { zh: '大学教授', en: 'University professor' },
    accountant: { zh: '会计师', en: 'Accountant' },
    consultant: { zh: '咨询师', en: 'Consultant' },
    lawyer: { zh: '律师', en: 'Lawyer' },
    engineer: { zh: '工程师', en: 'Engineer' },
  }),
))();

export type ExpertKind = EnumValue<typeof ExpertKind>;

/**
 * A member of an expert service team (002): not a civil servant but a professional the government
 * brings to enterprises. `expertise` lists category ids of the app's service taxonomy.
 *
 * @example
 * ```ts
 * ExpertSchema.parse({ id: 'e1', name: '孙七', kind: 'engineer' }).expertise; // []
 * safeParse(ExpertSchema, { id: 'e1', name: '孙七', kind: 'astrologer' }).ok; // false
 * ```
 * @category Org
 */
export const ExpertSchema = /* @__PURE__ */ (() => z.object({
  /** The app's id of the expert. */
  id: IdSchema,
  /** The expert's name. */
  name: z.string().min(1).max(100),
  /** The kind of expert. */
  kind: ExpertKind.schema,
  /** Their employer, e.g. a university or a firm. */
  affiliation: z.string().min(1).max(200).optional().describe('Employer, e.g. a university or a firm'),
  /** Category ids of the service taxonomy they are expert in. */
  expertise: z.array(IdSchema).default(() => []).describe('Category ids of a service taxonomy'),
  /** Their contact details: personal data. */
  contact: ContactSchema.optional(),
}))();

/**
 * A member of an expert service team; see {@link ExpertSchema}.
 *
 * @category Org
 */
export type Expert = z.infer<typeof ExpertSchema>;


/**
 * An expert of the service team put to work (002: 专家服务团 … 开展精准帮扶进企业): assigned to an
 * enterprise's issue (`kind: 'issue'`, with the issue id) or joining a visit (`kind: 'visit'`, with
 * the visit id), on a day, optionally for an enterprise.
 *
 * @example
 * ```ts
 * ExpertAssignmentSchema.parse({ id: 'x1', expertId: 'e1', kind: 'issue', issueId: 'i1', on: '2019-04-02' }).kind; // 'issue'
 * safeParse(ExpertAssignmentSchema, { id: 'x1', expertId: 'e1', kind: 'visit', issueId: 'i1', on: '2019-04-02' }).ok; // false
 * ```
 * @category Org
 */
export const ExpertAssignmentSchema = /* @__PURE__ */ (() => z.discriminatedUnion('kind', [
  z.strictObject({
    /** The app's id of the assignment. */
    id: IdSchema,
    /** The expert. */
    expertId: IdSchema,
    /** Assigned to an issue. */
    kind: z.literal('issue'),
    /** The issue. */
    issueId: IdSchema,
    /** The enterprise, when known. */
    enterpriseId: IdSchema.optional(),
    /** The day of the assignment. */
    on: CalendarDateSchema,
  }),
  z.strictObject({
    /** The app's id of the assignment. */
    id: IdSchema,
    /** The expert. */
    expertId: IdSchema,
    /** Joining a visit. */
    kind: z.literal('visit'),
    /** The visit. */
    visitId: IdSchema,
    /** The enterprise visited, when known. */
    enterpriseId: IdSchema.optional(),
    /** The day of the visit. */
    on: CalendarDateSchema,
  }),
]))();

/**
 * An expert assigned to an issue or joining a visit; see {@link ExpertAssignmentSchema}.
 *
 * @category Org
 */
export type ExpertAssignment = DeepReadonly<z.infer<typeof ExpertAssignmentSchema>>;

/**
 * One expert's work in a period.
 *
 * @category Org
 */
export interface ExpertWork {
  /** The expert. */
  readonly expertId: Id;
  /** The kind of expert. */
  readonly kind: ExpertKind;
  /** Distinct issues the expert was assigned to. */
  readonly issues: number;
  /** Distinct visits the expert joined. */
  readonly visits: number;
  /** Distinct enterprises among them (where known). */
  readonly enterprises: number;
}

/**
 * What {@link expertTeamSummary} counts over a period.
 *
 * @category Org
 */
export interface ExpertTeamSummary {
  /** The period counted. */
  readonly period: DateRange;
  /** Experts in the team. */
  readonly experts: number;
  /** Of them, per kind. */
  readonly byKind: Readonly<Record<ExpertKind, number>>;
  /** Experts with at least one assignment in the period. */
  readonly active: number;
  /** Distinct issues with an expert assigned. */
  readonly issues: number;
  /** Distinct visits an expert joined. */
  readonly visits: number;
  /** Distinct enterprises served (where known). */
  readonly enterprises: number;
  /** Each expert's work, by id. */
  readonly perExpert: readonly ExpertWork[];
  /** Experts without any assignment in the period, by id. */
  readonly idle: readonly Id[];
}

const expertsSchema = /* @__PURE__ */ (() => z.array(ExpertSchema).max(10_000))();
const assignmentsSchema = /* @__PURE__ */ (() => z.array(ExpertAssignmentSchema).max(1_000_000))();

/**
 * Counts an expert service team (专家服务团, 002: 15 professors, accountants, consultants, lawyers and
 * engineers) and its work in a period (both ends included): the experts per kind, the issues they
 * were assigned to and the visits they joined, each counted once however many experts took part,
 * per expert and for the team, with the experts left idle.
 *
 * @param experts - The team (checked with {@link ExpertSchema}; ids distinct).
 * @param assignments - The assignments (checked with {@link ExpertAssignmentSchema}; ids distinct).
 * @param period - The period, `{ from, to }`.
 * @returns The counts; or `INVALID_DATE` / `INVALID_ARGUMENT` at `['period', …]`, problems under
 *   `['experts']` or `['assignments']`, `DUPLICATE_ID` at `[…, i, 'id']`, `UNKNOWN_REFERENCE` at
 *   `['assignments', i, 'expertId']` for an expert not in the team.
 * @example
 * ```ts
 * const team = [{ id: 'x1', name: '陈教授', kind: 'professor' }, { id: 'x2', name: '周律师', kind: 'lawyer' }] as const;
 * const work = [{ id: 'w1', expertId: 'x1', kind: 'visit', visitId: 'v1', enterpriseId: 'e1', on: '2019-04-02' },
 *   { id: 'w2', expertId: 'x1', kind: 'issue', issueId: 'i1', enterpriseId: 'e1', on: '2019-04-09' }] as const;
 * const s = unwrap(expertTeamSummary(team, work, { from: '2019-04-01', to: '2019-06-30' }));
 * [s.experts, s.active, s.issues, s.visits, s.idle]; // [2, 1, 1, 1, ['x2']]
 * ```
 * @category Org
 */
export function expertTeamSummary(experts: readonly z.input<typeof ExpertSchema>[], assignments: readonly ExpertAssignment[], period: DateRange): Result<ExpertTeamSummary> {
  const p = readPeriod(period, 'period');
  if (!p.ok) return p;
  const team = safeParseWith(expertsSchema, experts);
  if (!team.ok) return err(movedPaths(team.error, (path) => ['experts', ...path]));
  const work = safeParseWith(assignmentsSchema, assignments);
  if (!work.ok) return err(movedPaths(work.error, (path) => ['assignments', ...path]));
  const kindOf = new Map<Id, ExpertKind>();
  for (let i = 0; i < team.value.length; i++) {
    const e = team.value[i] as Expert;
    if (kindOf.has(e.id)) return err(domainError('DUPLICATE_ID', { en: `The expert ${e.id} is in the team twice.`, zh: `专家 ${e.id} 在专家服务团中重复出现。`, path: ['experts', i, 'id'], value: e.id }));
    kindOf.set(e.id, e.kind);
  }
  const ids = new Set<Id>();
  const per = new Map<Id, { issues: Set<Id>; visits: Set<Id>; enterprises: Set<Id> }>();
  const all = { issues: new Set<Id>(), visits: new Set<Id>(), enterprises: new Set<Id>() };
  for (let i = 0; i < work.value.length; i++) {
    const w = work.value[i] as ExpertAssignment;
    if (ids.has(w.id)) return err(domainError('DUPLICATE_ID', { en: `The assignment id ${w.id} appears twice.`, zh: `专家任务编号 ${w.id} 重复出现。`, path: ['assignments', i, 'id'], value: w.id }));
    ids.add(w.id);
    if (!kindOf.has(w.expertId)) {
      return err(
        domainError('UNKNOWN_REFERENCE', {
          en: `assignments[${i}].expertId ${w.expertId} is not an expert of the team.`,
          zh: `assignments[${i}].expertId ${w.expertId} 不是专家服务团成员。`,
          path: ['assignments', i, 'expertId'],
          value: w.expertId,
        }),
      );
    }
    if (w.on < period.from || w.on > period.to) continue;
    const mine = per.get(w.expertId) ?? { issues: new Set<Id>(), visits: new Set<Id>(), enterprises: new Set<Id>() };
    per.set(w.expertId, mine);
    if (w.kind === 'issue') {
      mine.issues.add(w.issueId);
      all.issues.add(w.issueId);
    } else {
      mine.visits.add(w.visitId);
      all.visits.add(w.visitId);
    }
    if (w.enterpriseId !== undefined) {
      mine.enterprises.add(w.enterpriseId);
      all.enterprises.add(w.enterpriseId);
    }
  }
  const byKind = Object.fromEntries(ExpertKind.values.map((k) => [k, 0])) as Record<ExpertKind, number>;
  for (const k of kindOf.values()) byKind[k]++;
  const sortedIds = [...kindOf.keys()].sort(byCodeUnit);
  const perExpert = sortedIds.map((expertId): ExpertWork => {
    const mine = per.get(expertId);
    return { expertId, kind: kindOf.get(expertId) as ExpertKind, issues: mine?.issues.size ?? 0, visits: mine?.visits.size ?? 0, enterprises: mine?.enterprises.size ?? 0 };
  });
  return ok({
    period: { from: period.from, to: period.to },
    experts: kindOf.size,
    byKind,
    active: per.size,
    issues: all.issues.size,
    visits: all.visits.size,
    enterprises: all.enterprises.size,
    perExpert,
    idle: sortedIds.filter((id) => !per.has(id)),
  });
}
