import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { CalendarDateSchema, IdSchema } from '../core/schema.js';
import { argumentError, checkedOnce } from '../internal/parse.js';
import { personalDataMasker } from '../privacy/mask.js';
import { SupervisionStep } from '../vocabulary/issue.js';
import { HelpTaskStatus, VisitTargetKind } from './enums.js';
import { HelpTaskSheetSchema, type HelpTaskSheet } from './task-sheet.js';
import { readTargetDirectory, type GrassrootsTarget } from './targets.js';

// Module-level values are built in `/* @__PURE__ */ (() => …)()` so that a bundler can drop those an
// app does not use, and zod with them.

/**
 * What the public sees of a help task sheet listed online (网上挂牌, the supervision step of 003; the
 * same rules as for an issue's public listing): its id, the kind of target, the target's id only
 * for a village, a grassroots organisation or a park (never for a household, a person, nor for an
 * enterprise, as an issue's listing drops it), the title with personal data masked, the work
 * group, status, dates, supervision step and how often its help was reopened. The measures, the
 * problems, the people responsible and the issuer are dropped.
 *
 * @example
 * ```ts
 * PublicHelpTaskListingSchema.shape.targetId.safeParse(null).success; // true
 * ```
 * @category Visit
 */
export const PublicHelpTaskListingSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The sheet's id. */
  id: IdSchema,
  /** The kind of target. */
  targetKind: VisitTargetKind.schema,
  /** The target's id for a village, a grassroots organisation or a park; null for a household or an enterprise. */
  targetId: IdSchema.nullable(),
  /** The title with personal data masked (masking may lengthen it: up to 600 characters). */
  title: z.string().max(600),
  /** The work group in charge, or null. */
  workGroupId: IdSchema.nullable(),
  /** The status. */
  status: HelpTaskStatus.schema,
  /** The date of issue. */
  issuedOn: CalendarDateSchema,
  /** The deadline. */
  dueOn: CalendarDateSchema,
  /** The highest supervision step recorded. */
  supervisionStep: SupervisionStep.schema,
  /** How often its help was reopened. */
  reopenCount: z.int().min(0),
  /** The date of completion, or null. */
  completedOn: CalendarDateSchema.nullable(),
}))();

/**
 * A help task sheet as listed publicly; see {@link PublicHelpTaskListingSchema}.
 *
 * @category Visit
 */
export type PublicHelpTaskListing = DeepReadonly<z.output<typeof PublicHelpTaskListingSchema>>;

/**
 * Options of {@link redactHelpTaskSheet}.
 *
 * @category Visit
 */
export interface RedactHelpTaskOptions {
  /** The app's households, villages and organisations: every household head in it is masked in the title. */
  readonly directory?: readonly GrassrootsTarget[];
  /** More names to mask in the title (people, enterprises). */
  readonly names?: readonly string[];
}

/**
 * The public listing of a help task sheet (网上挂牌: supervision in public, as for issues — see
 * `redactForPublicListing` of `qinqing/access`): what the public needs to hold the work group to
 * account, without anything personal. A household's id and an enterprise's id are dropped (the
 * listing says only the kind of target); the title is masked by `maskPersonalData`
 * (`qinqing/privacy`) with the household heads of `directory` and `names`; the measures, the
 * problems, the people responsible and the issuer are dropped.
 *
 * @param sheet - The sheet.
 * @param options - The directory of targets and more names to mask in the title.
 * @returns The listing; or `INVALID_INPUT` under `['sheet']` or `['options', 'directory']`.
 * @example
 * ```ts
 * const r = redactHelpTaskSheet({ ...taskSheet, title: '王建国家大病救助' }, { directory: [{ kind: 'household', id: 'hh-0012', head: '王建国' }] });
 * r.ok && [r.value.targetKind, r.value.targetId, r.value.title]; // ['household', null, '＊＊＊家大病救助']
 * ```
 * @category Visit
 */
export function redactHelpTaskSheet(sheet: HelpTaskSheet, options: RedactHelpTaskOptions = {}): Result<PublicHelpTaskListing> {
  const bad = checkedOnce(HelpTaskSheetSchema, sheet);
  if (bad !== null) return err(argumentError(bad, ['sheet'], { en: 'a valid help task sheet', zh: '有效的帮扶任务书' }));
  const dir = readTargetDirectory(options?.directory, ['options', 'directory']);
  if (!dir.ok) return dir;
  const names = Array.isArray(options?.names) ? options.names : [];
  const kind = sheet.target.kind;
  return ok({
    id: sheet.id,
    targetKind: kind,
    targetId: kind === 'household' || kind === 'enterprise' ? null : sheet.target.id,
    title: personalDataMasker({ names: [...dir.value.heads, ...names] })(sheet.title),
    workGroupId: sheet.workGroupId,
    status: sheet.status,
    issuedOn: sheet.issuedOn,
    dueOn: sheet.dueOn,
    supervisionStep: sheet.supervisionStep,
    reopenCount: sheet.reopenCount,
    completedOn: sheet.completedOn,
  });
}
