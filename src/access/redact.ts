import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { CalendarDateSchema, IdSchema, type CalendarDate, type Id, type Instant } from '../core/schema.js';
import { localDay } from '../internal/instant.js';
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
  /** The title, with phone numbers, long digit runs and e-mail addresses masked. */
  title: z.string().max(200),
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

const MASK = '＊＊＊';
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/** Seven or more digits (ASCII or full-width), optionally after a plus or bracket, with spaces, hyphens or brackets between. */
const DIGITS = /[+＋(（]?[0-9０-９](?:[ \u3000\-‐－—()（）]*[0-9０-９]){6,}/g;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Masks contact data in a text: e-mail addresses and runs of seven or more digits — mobile and
 * landline numbers, ID-card and account numbers — even when spaced, hyphenated or bracketed
 * (`0571-8765 4321`, `(0571)87654321`, full-width digits). A `YYYY-MM-DD` date is kept. Names
 * cannot be recognised: keep them out of texts that are published.
 *
 * @param text - The text.
 * @returns The text with each contact item replaced by `＊＊＊`.
 * @example
 * ```ts
 * maskContactData('用电增容，联系人手机 138 0013 8000'); // '用电增容，联系人手机 ＊＊＊'
 * ```
 * @category Access
 */
export function maskContactData(text: string): string {
  return text.replace(EMAIL, MASK).replace(DIGITS, (m) => (DATE.test(m) ? m : MASK));
}

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
 * The title is kept with contact data masked ({@link maskContactData}). Dates are local (UTC+8).
 *
 * @param issue - The issue.
 * @returns The listing, plain JSON data.
 * @example
 * ```ts
 * redactForPublicListing(issue); // { id: 'i1', title: '用电增容', state: 'assigned', leadDepartmentId: 'd-power', deadline: '2026-10-12', … }
 * ```
 * @category Access
 */
export function redactForPublicListing(issue: ListableIssue): PublicIssueListing {
  return {
    id: issue.id,
    title: maskContactData(issue.title),
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
