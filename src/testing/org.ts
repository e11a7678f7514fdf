import * as fc from 'fast-check';
import type { Id } from '../core/schema.js';
import { AdviserKind, ExperienceBasis, type Adviser } from '../org/adviser.js';
import { GovernmentLevel } from '../org/level.js';
import { contactArb, idArb, personNameArb, without } from './pools.js';

/**
 * Options of {@link arbAdviser}.
 *
 * @category Testing
 */
export interface ArbAdviserOptions {
  /** The ids to draw from (default: short ids such as `'a7'`). */
  readonly ids?: readonly Id[];
  /** The department ids to draw from (default: a few such as `'d-amr'`). */
  readonly departmentIds?: readonly Id[];
  /** The category ids of expertise to draw from (default: a few of Xingtai's service areas). */
  readonly expertise?: readonly Id[];
}

/**
 * An arbitrary of advisers and cadres (工商顾问、联络员、挂职干部…): an id, a Chinese name, a kind and
 * a level, a list of expertise (category ids, possibly empty), and now and then a department,
 * grounds of experience (学过、管过、干过) and contact details.
 *
 * @param options - Pools of ids to draw from.
 * @returns An arbitrary of advisers that `safeParse(AdviserSchema, …)` accepts unchanged.
 * @example
 * ```ts
 * fc.assert(fc.property(arbAdviser(), (a) => safeParse(AdviserSchema, a).ok));
 * ```
 * @category Testing
 */
export function arbAdviser(options: ArbAdviserOptions = {}): fc.Arbitrary<Adviser> {
  const expertise = options.expertise ?? ['financing', 'marketEntry', 'lawfulOperation', 'innovation'];
  return fc.record(
    {
      id: idArb(options.ids, 'a'),
      name: personNameArb,
      kind: fc.constantFrom(...AdviserKind.schema.options),
      level: fc.constantFrom(...GovernmentLevel.schema.options),
      departmentId: options.departmentIds === undefined ? fc.constantFrom('d-amr', 'd-tax', 'd-power', 'd-land') : idArb(options.departmentIds, 'd'),
      expertise: expertise.length === 0 ? fc.constant([]) : fc.uniqueArray(fc.constantFrom(...expertise), { maxLength: 3 }),
      experience: fc.record(
        {
          basis: fc.uniqueArray(fc.constantFrom(...ExperienceBasis.schema.options), { minLength: 1, maxLength: 3 }),
          notes: fc.constantFrom('曾任开发区管委会副主任', '长期从事税收征管', '有企业财务工作经历'),
        },
        { requiredKeys: [] },
      ),
      contact: contactArb,
    },
    { requiredKeys: ['id', 'name', 'kind', 'level', 'expertise'] },
  );
}

/**
 * An arbitrary of data that is almost an adviser but not quite: an unknown kind or level, an empty
 * name, a missing required field, an empty expertise id, an unknown ground of experience, or no
 * object at all.
 *
 * @param options - As for {@link arbAdviser}.
 * @returns An arbitrary of values that `safeParse(AdviserSchema, …)` rejects.
 * @example
 * ```ts
 * fc.assert(fc.property(arbInvalidAdviser(), (x) => !safeParse(AdviserSchema, x).ok));
 * ```
 * @category Testing
 */
export function arbInvalidAdviser(options: ArbAdviserOptions = {}): fc.Arbitrary<unknown> {
  const valid = arbAdviser(options);
  return fc.oneof(
    fc.tuple(valid, fc.constantFrom('advisor', 'mayor', '')).map(([a, kind]) => ({ ...a, kind })),
    fc.tuple(valid, fc.constantFrom('province', 'national')).map(([a, level]) => ({ ...a, level })),
    valid.map((a) => ({ ...a, name: '' })),
    fc.tuple(valid, fc.constantFrom('id', 'name', 'kind', 'level')).map(([a, key]) => without(a, key)),
    valid.map((a) => ({ ...a, expertise: [...a.expertise, ''] })),
    valid.map((a) => ({ ...a, experience: { basis: ['read'] } })),
    fc.constantFrom(null, 'a1', 7),
  );
}
