import * as z from 'zod';
import { redactForPublicListing, type ListableIssue, type PublicIssueListing } from '../access/redact.js';
import type { ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { IdSchema, InstantSchema, LocaleSchema, inLocale, type Instant, type Locale } from '../core/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { instantAtOffset } from '../internal/instant.js';
import { argumentError, checkedOnce, dotted } from '../internal/parse.js';
import { IssueFieldsSchema } from '../issue/schema.js';
import { ServiceTaxonomySchema } from '../taxonomy/schema.js';
import { IssueState, SupervisionStep } from '../vocabulary/issue.js';
import { nameOf } from './names.js';

/** China Standard Time, UTC+8, in minutes east of UTC: every Open311 datetime is written at it. */
const CHINA_OFFSET = 480;

/**
 * The lifecycle states published as Open311 `closed`: closed out (销号) and withdrawn by the
 * enterprise. Every other state — a confirmed answer not yet closed out (企业已确认) included — is
 * `open`. qinqing's own choice: GeoReport v2 knows only `open` and `closed`.
 *
 * @example
 * ```ts
 * open311ClosedStates; // ['closed', 'withdrawn']
 * ```
 * @category Report
 */
export const open311ClosedStates: readonly IssueState[] = /* @__PURE__ */ deepFreeze(['closed', 'withdrawn'] as const);

/**
 * Options of {@link toOpen311ServiceRequest} and {@link toOpen311ServiceRequests}: the language
 * of the names and notes, the service taxonomy, department names, more names to mask, and which
 * states are `closed`.
 *
 * @example
 * ```ts
 * Open311OptionsSchema.safeParse({ locale: 'en', departments: { 'd-power': 'State Grid Jiaozuo' } }).success; // true
 * Open311OptionsSchema.safeParse({ closedStates: ['done'] }).success; // false
 * ```
 * @category Report
 */
export const Open311OptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The language of `service_name`, `status_notes` and `service_notice`; `'zh-CN'` when omitted. */
  locale: LocaleSchema.optional(),
  /** The service taxonomy: `service_name` is a category's label in it; the category id when omitted or not found. */
  taxonomy: ServiceTaxonomySchema.optional(),
  /** Department names by department id, for `agency_responsible` and `service_notice`; an id without a name is shown as it is. */
  departments: z.record(IdSchema, z.string().min(1).max(200)).optional(),
  /** More names to mask in the description (enterprise names, contact persons), as `redactForPublicListing` masks them. */
  maskNames: z.array(z.string()).optional(),
  /** The states published as `closed`; {@link open311ClosedStates} when omitted. */
  closedStates: z.array(IssueState.schema).optional(),
}))();

/**
 * Options of the Open311 export; see {@link Open311OptionsSchema}.
 *
 * @category Report
 */
export type Open311Options = z.input<typeof Open311OptionsSchema>;

/**
 * An Open311 GeoReport v2 service request, as `GET requests` returns one (field names and formats
 * of the GeoReport v2 specification, wiki.open311.org/GeoReport_v2): plain JSON, snake_case.
 * Datetimes are ISO 8601 with the offset `+08:00` (China Standard Time). The location fields
 * (`address`, `address_id`, `zipcode`, `lat`, `long`) and `media_url` are left out: an issue's place
 * is its enterprise's, which the public listing does not name.
 *
 * @example
 * ```ts
 * Open311ServiceRequestSchema.shape.status.safeParse('closed').success; // true
 * ```
 * @category Report
 */
export const Open311ServiceRequestSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The issue's id. */
  service_request_id: IdSchema,
  /** `open`, or `closed` for the closed states (by default {@link open311ClosedStates}). */
  status: z.enum(['open', 'closed']),
  /** The state's label, with the supervision step taken and how often it was reopened. */
  status_notes: z.string(),
  /** The category's label (taxonomy) or id; null when not yet classified. */
  service_name: z.string().nullable(),
  /** The category id; null when not yet classified. */
  service_code: IdSchema.nullable(),
  /** The title with personal data masked (the description in the enterprise's words is never published). */
  description: z.string().max(600),
  /** The lead department (主办单位) by name, or null when not assigned. */
  agency_responsible: z.string().nullable(),
  /** The co-handling departments (协办单位), or null when there are none. */
  service_notice: z.string().nullable(),
  /** When the issue was submitted, at `+08:00`. */
  requested_datetime: InstantSchema,
  /** The last recorded event (for a closed request, its close), at `+08:00`. */
  updated_datetime: InstantSchema,
  /** The end of the deadline's China local day, `YYYY-MM-DDT23:59:59+08:00`, or null without a deadline. */
  expected_datetime: InstantSchema.nullable(),
}))();

/**
 * An Open311 GeoReport v2 service request; see {@link Open311ServiceRequestSchema}.
 *
 * @category Report
 */
export type Open311ServiceRequest = z.infer<typeof Open311ServiceRequestSchema>;

/**
 * What the Open311 export reads of an issue (an `Issue` will do): what the public listing reads,
 * and the instants of its history for `updated_datetime`.
 *
 * @category Report
 */
export interface Open311Issue extends ListableIssue {
  /** Its events: the last one's `at` is `updated_datetime`; without them, `closedAt` or `submittedAt`. */
  readonly history?: readonly { readonly at: Instant }[];
}

/** What the export checks of an issue: the fields it reads, other fields ignored. */
const Open311IssueSchema = /* @__PURE__ */ (() => z.object({
  ...IssueFieldsSchema.pick({
    id: true,
    title: true,
    categoryId: true,
    state: true,
    submittedAt: true,
    leadDepartmentId: true,
    coHandlerIds: true,
    assignedOn: true,
    deadline: true,
    supervisionStep: true,
    reopenCount: true,
    closedAt: true,
  }).shape,
  history: z.array(z.object({ at: InstantSchema })).optional(),
}))();

/** The checked options, defaults applied. */
interface Settings {
  readonly locale: Locale;
  readonly categories: ReadonlyMap<string, string>;
  readonly departments: Readonly<Record<string, string>> | undefined;
  readonly names: readonly string[];
  readonly closed: ReadonlySet<string>;
}

const OPTIONS_WHAT = { en: 'valid Open311 export options', zh: '有效的 Open311 导出选项' } as const;
const ISSUE_WHAT = { en: 'a valid issue', zh: '有效的诉求' } as const;

function settings(options: Open311Options | undefined): Result<Settings> {
  const problem = options === undefined ? null : checkedOnce(Open311OptionsSchema, options);
  if (problem !== null) return err(argumentError(problem, ['options'], OPTIONS_WHAT));
  const locale = options?.locale ?? 'zh-CN';
  const categories = new Map<string, string>();
  for (const c of options?.taxonomy?.categories ?? []) if (!categories.has(c.id)) categories.set(c.id, inLocale(c.label, locale));
  return ok({
    locale,
    categories,
    departments: options?.departments,
    names: options?.maskNames ?? [],
    closed: new Set<string>(options?.closedStates ?? open311ClosedStates),
  });
}

function statusNotes(listing: PublicIssueListing, locale: Locale): string {
  const en = locale === 'en';
  const parts = [inLocale(IssueState.labels[listing.state], locale)];
  if (listing.supervisionStep !== 'unsupervised') parts.push(inLocale(SupervisionStep.labels[listing.supervisionStep], locale));
  if (listing.reopenCount > 0) parts.push(en ? `reopened ${listing.reopenCount} time(s)` : `重新办理 ${listing.reopenCount} 次`);
  return parts.join(en ? '; ' : '；');
}

function convert(issue: Open311Issue, s: Settings, at: ErrorPath): Result<Open311ServiceRequest> {
  const problem = checkedOnce(Open311IssueSchema, issue);
  if (problem !== null) return err(argumentError(problem, at, ISSUE_WHAT));
  const n = issue.history?.length ?? 0;
  const lastPath: ErrorPath = n > 0 ? [...at, 'history', n - 1, 'at'] : [...at, issue.closedAt === null ? 'submittedAt' : 'closedAt'];
  const last = n > 0 ? (issue.history?.[n - 1] as { readonly at: Instant }).at : (issue.closedAt ?? issue.submittedAt);
  const requested = instantAtOffset(issue.submittedAt, CHINA_OFFSET, dotted([...at, 'submittedAt']));
  if (!requested.ok) return err({ ...requested.error, path: [...at, 'submittedAt'] });
  const updated = instantAtOffset(last, CHINA_OFFSET, dotted(lastPath));
  if (!updated.ok) return err({ ...updated.error, path: lastPath });
  const listing = redactForPublicListing(issue, { names: s.names });
  const en = s.locale === 'en';
  const coHandlers = listing.coHandlerIds.map((id) => nameOf(s.departments, id));
  return ok({
    service_request_id: listing.id,
    status: s.closed.has(listing.state) ? 'closed' : 'open',
    status_notes: statusNotes(listing, s.locale),
    service_name: listing.categoryId === null ? null : (s.categories.get(listing.categoryId) ?? listing.categoryId),
    service_code: listing.categoryId,
    description: listing.title,
    agency_responsible: listing.leadDepartmentId === null ? null : nameOf(s.departments, listing.leadDepartmentId),
    service_notice: coHandlers.length === 0 ? null : en ? `Co-handling departments: ${coHandlers.join(', ')}` : `协办单位：${coHandlers.join('、')}`,
    requested_datetime: requested.value,
    updated_datetime: updated.value,
    expected_datetime: listing.deadline === null ? null : `${listing.deadline}T23:59:59+08:00`,
  });
}

/**
 * Publishes an issue as an Open311 GeoReport v2 service request, so that a city can list it in
 * standard civic clients. The issue goes through the public-listing redaction first
 * (`redactForPublicListing` in `qinqing/access`): nothing names or reaches the enterprise or its
 * people, and the title, masked, is the `description`. Then:
 *
 * - `status`: `closed` for the states in `options.closedStates` (by default
 *   {@link open311ClosedStates}: closed out and withdrawn), else `open`;
 * - `status_notes`: the state's label, the supervision step taken (督办、网上挂牌…) and how often it
 *   was reopened, in `options.locale`;
 * - `service_code` the category id and `service_name` its label in `options.taxonomy` (the id when
 *   not found); both null before classification;
 * - `agency_responsible`: the lead department (主办单位), named by `options.departments`;
 *   `service_notice` the co-handling departments (协办单位);
 * - `requested_datetime` the submission and `updated_datetime` the last event, re-expressed at
 *   `+08:00`; `expected_datetime` the end of the deadline's China local day (the deadline is the last
 *   day on which handling is on time), `YYYY-MM-DDT23:59:59+08:00`. No time zone of the machine is read.
 *
 * @param issue - The issue; only the fields of {@link Open311Issue} are read.
 * @param options - Locale, taxonomy, department names, names to mask, the closed states.
 * @returns The service request, plain JSON. Or `INVALID_INPUT` (or `INVALID_INSTANT`, `INVALID_DATE`)
 *   under `['options', …]` or `['issue', …]` for options or an issue that do not match their schema.
 * @example
 * ```ts
 * toOpen311ServiceRequest(issue, { departments: { 'd-power': '国网焦作供电公司' } });
 * // { ok: true, value: { service_request_id: 'i1', status: 'open', agency_responsible: '国网焦作供电公司', expected_datetime: '2026-03-16T23:59:59+08:00', … } }
 * toOpen311ServiceRequest(issue, JSON.parse('{"closedStates":["done"]}')); // { ok: false, error: { code: 'INVALID_INPUT', path: ['options', 'closedStates', 0], … } }
 * ```
 * @category Report
 */
export function toOpen311ServiceRequest(issue: Open311Issue, options?: Open311Options): Result<Open311ServiceRequest> {
  const s = settings(options);
  return s.ok ? convert(issue, s.value, ['issue']) : s;
}

/**
 * Publishes issues as Open311 GeoReport v2 service requests, in the order given: the body of a
 * `GET requests` answer. Each is mapped as {@link toOpen311ServiceRequest} maps one.
 *
 * @param issues - The issues; only the fields of {@link Open311Issue} are read.
 * @param options - Locale, taxonomy, department names, names to mask, the closed states.
 * @returns The service requests, plain JSON; or the first problem, under `['options', …]` or
 *   `['issues', index, …]`.
 * @example
 * ```ts
 * unwrap(toOpen311ServiceRequests([issue], { locale: 'en' })).map((r) => r.status); // ['open']
 * ```
 * @category Report
 */
export function toOpen311ServiceRequests(issues: readonly Open311Issue[], options?: Open311Options): Result<Open311ServiceRequest[]> {
  const s = settings(options);
  if (!s.ok) return s;
  const out: Open311ServiceRequest[] = [];
  for (let index = 0; index < issues.length; index++) {
    const r = convert(issues[index] as Open311Issue, s.value, ['issues', index]);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return ok(out);
}
