import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { CalendarDateSchema, IdSchema, type CalendarDate, type Id, type Instant } from '../core/schema.js';
import { localDay } from '../internal/instant.js';
import { maskPersonalData, type PersonalDataOptions } from '../privacy/mask.js';
import { IssueState, SupervisionStep } from '../vocabulary/issue.js';

/**
 * What the public sees of an issue listed online (网上挂牌, 003): its id, its title with contact
 * data masked, its category, state, the local dates of submission, assignment and close-out, the
 * departments responsible (主办、协办) and their deadline, the supervision step, and how often it was
 * reopened. Nothing names or reaches the enterprise or its people.
 *
 * @example
 * ```ts
 * PublicIssueListingSchema.shape.leadDepartmentId.safeParse(null).success; // true
 * ```
 * @category Access
 */
export const PublicIssueListingSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The app's id of the issue. */
  id: IdSchema,
  /**
   * The title with personal data masked (see `maskPersonalData` in `qinqing/privacy`). Masking may
   * lengthen a title: each masked stretch becomes three characters, and a one-character
   * compatibility form such as ㈱ may match a name written out; hence up to 600 characters.
   */
  title: z.string().max(600),
  /** The category id, or null. */
  categoryId: IdSchema.nullable(),
  /** The lifecycle state. */
  state: IssueState.schema,
  /** The local date of submission. */
  submittedOn: CalendarDateSchema,
  /** The lead department (主办单位) of the current assignment, or null. */
  leadDepartmentId: IdSchema.nullable(),
  /** Co-handling departments (协办单位). */
  coHandlerIds: z.array(IdSchema),
  /** The local date of the current assignment, or null. */
  assignedOn: CalendarDateSchema.nullable(),
  /** The current deadline, extensions included, or null. */
  deadline: CalendarDateSchema.nullable(),
  /** The highest supervision step taken on the current assignment. */
  supervisionStep: SupervisionStep.schema,
  /** How often it was reopened (再梳理、再跟踪、再反馈). */
  reopenCount: z.int().min(0),
  /** The local date of close-out (销号), or null. */
  closedOn: CalendarDateSchema.nullable(),
}))();

/**
 * An issue as listed publicly; see {@link PublicIssueListingSchema}.
 *
 * @category Access
 */
export type PublicIssueListing = DeepReadonly<z.infer<typeof PublicIssueListingSchema>>;

const day = (at: string): string => {
  const d = localDay(at, 480);
  return d.ok ? d.value : at.slice(0, 10);
};

/**
 * What {@link redactForPublicListing} reads of an issue (an `Issue` will do).
 *
 * @category Access
 */
export interface ListableIssue {
  /** The issue's id. */
  readonly id: Id;
  /** Its title (contact data in it is masked). */
  readonly title: string;
  /** Its category, or null. */
  readonly categoryId: Id | null;
  /** Its lifecycle state. */
  readonly state: IssueState;
  /** When it was submitted. */
  readonly submittedAt: Instant;
  /** The lead department, or null. */
  readonly leadDepartmentId: Id | null;
  /** The co-handling departments. */
  readonly coHandlerIds: readonly Id[];
  /** The date of the current assignment, or null. */
  readonly assignedOn: CalendarDate | null;
  /** The deadline, or null. */
  readonly deadline: CalendarDate | null;
  /** The supervision step recorded. */
  readonly supervisionStep: SupervisionStep;
  /** How often it was reopened. */
  readonly reopenCount: number;
  /** When it was closed, or null. */
  readonly closedAt: Instant | null;
}

/**
 * The public listing of an issue (网上挂牌, 003: problems not handled on time are listed online and
 * struck off when done). It keeps what the public needs to hold the departments to account — id,
 * title, category, state, the departments, deadline, supervision step and dates — and drops
 * everything personal or internal:
 *
 * - the enterprise's id (an individual business is a person, and a complainant is protected);
 * - the description, in the enterprise's words, which may hold names and contact data;
 * - the whole history: actor ids, notes and what each event changed;
 * - answers and ledger entries (summaries, measures), feedback, the dossier, the reasons of
 *   returns and extensions, the approval and escalation records, channel, origin and classification.
 *
 * The title is kept with personal data masked by `maskPersonalData` (`qinqing/privacy`): telephone,
 * ID-card and bank-card numbers, USCCs and e-mail addresses in every form, and the names passed in
 * `options.names` — the enterprise's name and its contact persons', which the title may hold and
 * which qinqing cannot recognise by itself. Dates are local (UTC+8).
 *
 * @param issue - The issue.
 * @param options - Names to mask in the title (enterprise names, contact persons).
 * @returns The listing, plain JSON data.
 * @example
 * ```ts
 * redactForPublicListing(issue); // { id: 'i1', title: '用电增容', state: 'assigned', leadDepartmentId: 'd-power', deadline: '2026-10-12', … }
 * redactForPublicListing({ ...issue, title: '焦作某机械公司用电增容，联系王经理 0391-3561234' }, { names: ['焦作某机械公司', '王经理'] }).title;
 * // '＊＊＊用电增容，联系＊＊＊ ＊＊＊'
 * ```
 * @category Access
 */
export function redactForPublicListing(issue: ListableIssue, options?: PersonalDataOptions): PublicIssueListing {
  return {
    id: issue.id,
    title: maskPersonalData(issue.title, options),
    categoryId: issue.categoryId,
    state: issue.state,
    submittedOn: day(issue.submittedAt),
    leadDepartmentId: issue.leadDepartmentId,
    coHandlerIds: [...issue.coHandlerIds],
    assignedOn: issue.assignedOn,
    deadline: issue.deadline,
    supervisionStep: issue.supervisionStep,
    reopenCount: issue.reopenCount,
    closedOn: issue.closedAt === null ? null : day(issue.closedAt),
  };
}
