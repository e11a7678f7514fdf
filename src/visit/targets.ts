import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { domainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { argumentError, checkedOnce } from '../internal/parse.js';
import { IdSchema, type Id } from '../core/schema.js';
import { VisitTargetKind } from './enums.js';

// Module-level values are built in `/* @__PURE__ */ (() => …)()` so that a bundler can drop those an
// app does not use, and zod with them.

/**
 * Whom a visit, a problem or a help task sheet is about: the kind of target (see
 * {@link VisitTargetKind}) and the app's id of it — an enterprise, a park, a household, a village or
 * community, or a grassroots organisation (004). The id is the app's opaque id: never a person's
 * name or ID-card number, since a household is a person's data (see {@link HouseholdSchema}).
 *
 * @example
 * ```ts
 * VisitTargetSchema.parse({ kind: 'household', id: 'hh-0012' }).kind; // 'household'
 * VisitTargetSchema.safeParse({ kind: 'person', id: 'x' }).success; // false
 * ```
 * @category Visit
 */
export const VisitTargetSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The kind of target. */
  kind: VisitTargetKind.schema,
  /** The app's id of the target (not a name). */
  id: IdSchema.describe("The app's id of the target: never a person's name"),
}))();

/**
 * Whom a visit, a problem or a help task sheet is about; see {@link VisitTargetSchema}.
 *
 * @category Visit
 */
export type VisitTarget = DeepReadonly<z.output<typeof VisitTargetSchema>>;

/**
 * The `target` of a visit that goes to neither an enterprise nor a park (Part 14, 004): a
 * household, a village or community, or a grassroots organisation, by the app's id. A visit to an
 * enterprise or a park keeps naming it in `enterpriseId` or `parkId`, as before, and has no
 * `target`; {@link visitTarget} reads any visit as one {@link VisitTarget}.
 *
 * @example
 * ```ts
 * GrassrootsTargetRefSchema.parse({ kind: 'village', id: 'v-tashan' }).id; // 'v-tashan'
 * GrassrootsTargetRefSchema.safeParse({ kind: 'enterprise', id: 'e1' }).success; // false: use enterpriseId
 * ```
 * @category Visit
 */
export const GrassrootsTargetRefSchema = /* @__PURE__ */ (() => z.strictObject({
  /** A household, a village or community, or a grassroots organisation. */
  kind: VisitTargetKind.schema.exclude(['enterprise', 'park']).describe('household, village or grassrootsOrganisation (an enterprise or a park is named by enterpriseId or parkId)'),
  /** The app's id of the target (not a name). */
  id: IdSchema.describe("The app's id of the target: never a person's name"),
}))();

/**
 * The `target` of a visit to a household, a village or a grassroots organisation; see
 * {@link GrassrootsTargetRefSchema}.
 *
 * @category Visit
 */
export type GrassrootsTargetRef = DeepReadonly<z.output<typeof GrassrootsTargetRefSchema>>;

/**
 * A household visited (家庭、农户, 004: 走访家庭164户): the app's id, the head of the household
 * (户主) and, if known, the village or community it lives in. **Personal data**, under the same
 * rules as a person's: the head's name is masked wherever qinqing lists or renders a household
 * (`helpTaskLedger` and `redactHelpTaskSheet` of `qinqing/report`) unless the caller asks otherwise, and it
 * never appears in a summary (which counts households, by id). Keep the head's name out of ids.
 *
 * @example
 * ```ts
 * HouseholdSchema.parse({ kind: 'household', id: 'hh-0012', head: '王建国', villageId: 'v-tashan' }).head; // '王建国'
 * HouseholdSchema.safeParse({ kind: 'household', id: 'hh-0012', head: '' }).success; // false
 * ```
 * @category Visit
 */
export const HouseholdSchema = /* @__PURE__ */ (() => z.strictObject({
  /** Always `'household'`. */
  kind: z.literal('household'),
  /** The app's id of the household (not a name). */
  id: IdSchema,
  /** The name of the head of the household (户主): personal data, masked in listings. */
  head: z.string().min(1).max(100).describe('Name of the head of the household (户主): personal data, masked in listings'),
  /** The village or community it lives in, if known. */
  villageId: IdSchema.nullable().optional().describe('The village or community the household lives in'),
}))();

/**
 * A household visited; see {@link HouseholdSchema}.
 *
 * @category Visit
 */
export type Household = DeepReadonly<z.output<typeof HouseholdSchema>>;

/**
 * A village or urban community (村、社区, 004: the bureau linked up with 16 villages and communities
 * of 塔山镇 and the industrial park), with its name and, if known, its township (镇、街道). Not
 * personal data.
 *
 * @example
 * ```ts
 * VillageSchema.parse({ kind: 'village', id: 'v-1', name: '塔山村', township: '塔山镇' }).township; // '塔山镇'
 * ```
 * @category Visit
 */
export const VillageSchema = /* @__PURE__ */ (() => z.strictObject({
  /** Always `'village'`. */
  kind: z.literal('village'),
  /** The app's id of the village or community. */
  id: IdSchema,
  /** Its name. */
  name: z.string().min(1).max(200),
  /** Its township or street office, if known. */
  township: z.string().min(1).max(200).optional().describe('Township or street office (镇、街道)'),
}))();

/**
 * A village or community; see {@link VillageSchema}.
 *
 * @category Visit
 */
export type Village = DeepReadonly<z.output<typeof VillageSchema>>;

/**
 * A grassroots organisation visited (基层组织, 004: 16 visited) — a village party branch, a
 * village committee, a cooperative — with its name and, if known, its village. Not personal data.
 *
 * @example
 * ```ts
 * GrassrootsOrganisationSchema.parse({ kind: 'grassrootsOrganisation', id: 'o-1', name: '塔山村党支部', villageId: 'v-1' }).name; // '塔山村党支部'
 * ```
 * @category Visit
 */
export const GrassrootsOrganisationSchema = /* @__PURE__ */ (() => z.strictObject({
  /** Always `'grassrootsOrganisation'`. */
  kind: z.literal('grassrootsOrganisation'),
  /** The app's id of the organisation. */
  id: IdSchema,
  /** Its name. */
  name: z.string().min(1).max(200),
  /** The village or community it belongs to, if any. */
  villageId: IdSchema.nullable().optional().describe('The village or community it belongs to'),
}))();

/**
 * A grassroots organisation; see {@link GrassrootsOrganisationSchema}.
 *
 * @category Visit
 */
export type GrassrootsOrganisation = DeepReadonly<z.output<typeof GrassrootsOrganisationSchema>>;

/** One entry of the app's directory: a household, a village or an organisation, told apart by `kind`. Internal. */
const GrassrootsTargetSchema = /* @__PURE__ */ (() => z.discriminatedUnion('kind', [HouseholdSchema, VillageSchema, GrassrootsOrganisationSchema]))();

/**
 * One entry of the app's directory of targets beyond enterprises and parks: a household
 * ({@link HouseholdSchema}), a village ({@link VillageSchema}) or a grassroots organisation
 * ({@link GrassrootsOrganisationSchema}), told apart by `kind`. The listings read names from it
 * (`helpTaskLedger` and `redactHelpTaskSheet` of `qinqing/report`), masking a household's head.
 *
 * @category Visit
 */
export type GrassrootsTarget = Household | Village | GrassrootsOrganisation;

/**
 * What {@link visitTarget} reads of a visit (a `Visit` will do).
 *
 * @category Visit
 */
export interface TargetedVisit {
  /** The visit's id (for the error message). */
  readonly id: Id;
  /** The enterprise visited, or null. */
  readonly enterpriseId: Id | null;
  /** The park visited, or null. */
  readonly parkId: Id | null;
  /** The household, village or grassroots organisation visited, if neither. */
  readonly target?: GrassrootsTargetRef | undefined;
}

/** The key of a target in maps and sets: kind and id, which no id can forge. Internal. */
export function targetKey(kind: string, id: string): string {
  return `${kind}\u0000${id}`;
}

/**
 * Whom a visit went to, as one {@link VisitTarget} whatever the record's vintage: its enterprise
 * (`enterpriseId`), its park (`parkId`) or, since Part 14, its household, village or grassroots
 * organisation (`target`). New code reads visits through it instead of testing the three fields.
 *
 * @param visit - The visit (its id, `enterpriseId`, `parkId` and `target`).
 * @returns The target; or `INVALID_INPUT` at `['visit', 'enterpriseId']` when the record names none
 *   or more than one of them (which `VisitSchema` refuses).
 * @example
 * ```ts
 * visitTarget({ id: 'v1', enterpriseId: 'e1', parkId: null }); // { ok: true, value: { kind: 'enterprise', id: 'e1' } }
 * visitTarget({ id: 'v2', enterpriseId: null, parkId: null, target: { kind: 'household', id: 'hh-12' } });
 * // { ok: true, value: { kind: 'household', id: 'hh-12' } }
 * visitTarget({ id: 'v3', enterpriseId: null, parkId: null }); // { ok: false, error: { code: 'INVALID_INPUT', … } }
 * ```
 * @category Visit
 */
export function visitTarget(visit: TargetedVisit): Result<VisitTarget> {
  const named: VisitTarget[] = [];
  if (visit.enterpriseId !== null && visit.enterpriseId !== undefined) named.push({ kind: 'enterprise', id: visit.enterpriseId });
  if (visit.parkId !== null && visit.parkId !== undefined) named.push({ kind: 'park', id: visit.parkId });
  const t = visit.target;
  if (t !== undefined && t !== null) named.push({ kind: t.kind, id: t.id });
  if (named.length === 1) return ok(named[0] as VisitTarget);
  return err(
    domainError('INVALID_INPUT', {
      en: `Visit ${String(visit.id)} must go to exactly one of an enterprise (enterpriseId), a park (parkId) and a household, village or grassroots organisation (target); it names ${named.length}.`,
      zh: `走访记录 ${String(visit.id)} 的对象须且只能是企业（enterpriseId）、园区（parkId）或家庭、村（社区）、基层组织（target）之一，实际为 ${named.length} 个。`,
      path: ['visit', 'enterpriseId'],
      value: visit.enterpriseId,
    }),
  );
}

/** The mask that replaces a household head's name in listings. Internal. */
export const MASKED_NAME = '＊＊＊';

/** The directory of targets, validated as one list. */
const DirectorySchema = /* @__PURE__ */ (() => z.array(GrassrootsTargetSchema).max(1_000_000))();
const DIRECTORY_WHAT = { en: 'a list of households, villages and grassroots organisations', zh: '家庭、村（社区）和基层组织名录' } as const;

/** The directory by target key, and the names of the household heads it holds. Internal. */
export interface TargetDirectory {
  readonly byKey: ReadonlyMap<string, GrassrootsTarget>;
  readonly heads: readonly string[];
}

/** Reads the app's directory of households, villages and organisations passed at `at`. Internal. */
export function readTargetDirectory(directory: readonly GrassrootsTarget[] | undefined, at: (string | number)[]): Result<TargetDirectory> {
  if (directory === undefined) return ok({ byKey: new Map(), heads: [] });
  const bad = checkedOnce(DirectorySchema, directory);
  if (bad !== null) return err(argumentError(bad, at, DIRECTORY_WHAT));
  const byKey = new Map<string, GrassrootsTarget>();
  const heads: string[] = [];
  for (const t of directory) {
    byKey.set(targetKey(t.kind, t.id), t);
    if (t.kind === 'household') heads.push(t.head);
  }
  return ok({ byKey, heads });
}

