import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { domainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { CalendarDateSchema, IdSchema, type CalendarDate, type Id } from '../core/schema.js';
import { readDay } from '../internal/args.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { byCodeUnit } from '../internal/compare.js';

/**
 * The two directions of Haining's two-way secondment (亲清互挂, 002): government cadres stationed
 * full-time in enterprises (机关干部“走出去”脱产驻企) and enterprise staff placed in departments to learn
 * (企业骨干“请进来”跟班学习).
 *
 * `SecondmentDirection.values` lists the values in order, `SecondmentDirection.labels` gives each a
 * zh-CN and an English label, and `SecondmentDirection.schema` validates one. The type
 * `SecondmentDirection` is a secondment direction: `'cadreToEnterprise'` or
 * `'enterpriseToDepartment'`.
 *
 * @example
 * ```ts
 * SecondmentDirection.labels.enterpriseToDepartment.zh; // '企业骨干到部门挂职'
 * SecondmentDirection.values; // ['cadreToEnterprise', 'enterpriseToDepartment']
 * ```
 * @category Pairing
 */
export const SecondmentDirection = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    cadreToEnterprise: { zh: '机关干部驻企挂职', en: 'Government cadre into an enterprise' },
    enterpriseToDepartment: { zh: '企业骨干到部门挂职', en: 'Enterprise staff into a department' },
  }),
))();

export type SecondmentDirection = EnumValue<typeof SecondmentDirection>;

/**
 * A secondment (挂职, 002) in either direction: a cadre of `departmentId` stationed in
 * `enterpriseId`, or a staff member of `enterpriseId` placed in `departmentId`; for a period (first
 * and last day, `from ≤ to`) and in a batch (Haining sent cadres in three batches).
 *
 * @example
 * ```ts
 * SecondmentSchema.parse({ id: 's1', direction: 'enterpriseToDepartment', personId: 'x1', enterpriseId: 'e1',
 *   departmentId: 'd-finance', period: { from: '2019-03-01', to: '2019-08-31' }, batch: '2019-1' }).direction; // 'enterpriseToDepartment'
 * safeParse(SecondmentSchema, { id: 's1', direction: 'sideways', personId: 'x', enterpriseId: 'e', departmentId: 'd',
 *   period: { from: '2019-03-01', to: '2019-08-31' }, batch: '1' }).ok; // false
 * ```
 * @category Pairing
 */
export const SecondmentSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The app's id of the secondment. */
  id: IdSchema,
  /** Cadre into an enterprise, or enterprise staff into a department. */
  direction: SecondmentDirection.schema,
  /** The person seconded: a cadre (adviser id) or a member of the enterprise's staff. */
  personId: IdSchema,
  /** The host enterprise of a cadre, or the employer of enterprise staff. */
  enterpriseId: IdSchema,
  /** The home department of a cadre, or the host department of enterprise staff. */
  departmentId: IdSchema,
  /** The first and last day of the secondment. */
  period: z
    .strictObject({
      /** The first day. */
      from: CalendarDateSchema,
      /** The last day. */
      to: CalendarDateSchema,
    })
    .refine((p) => p.from <= p.to, {
      message: 'A secondment period ends on or after the day it begins.',
      path: ['to'],
      params: { code: 'INVALID_ARGUMENT', messageZh: '挂职期限的结束日期不得早于开始日期。' },
    }),
  /** The batch (批次) it belongs to. */
  batch: IdSchema.describe('The batch (批次) of the secondment'),
}))();

/**
 * A secondment; see {@link SecondmentSchema}.
 *
 * @category Pairing
 */
export type Secondment = DeepReadonly<z.infer<typeof SecondmentSchema>>;

/**
 * The active secondments of one direction: how many, and how many distinct people, enterprises and
 * departments they involve.
 *
 * @category Pairing
 */
export interface SecondmentTally {
  /** Active secondments. */
  readonly secondments: number;
  /** Distinct people seconded. */
  readonly people: number;
  /** Distinct enterprises (hosts of cadres, or employers of staff). */
  readonly enterprises: number;
  /** Distinct departments (homes of cadres, or hosts of staff). */
  readonly departments: number;
}

/**
 * The active secondments of one batch, per direction.
 *
 * @category Pairing
 */
export interface SecondmentBatchTally {
  /** The batch. */
  readonly batch: Id;
  /** Active cadres in enterprises. */
  readonly cadreToEnterprise: number;
  /** Active enterprise staff in departments. */
  readonly enterpriseToDepartment: number;
  /** Both together. */
  readonly total: number;
}

/**
 * What {@link secondmentSummary} counts on a date.
 *
 * @category Pairing
 */
export interface SecondmentSummary {
  /** The date counted. */
  readonly asOf: CalendarDate;
  /** Active secondments in both directions. */
  readonly active: number;
  /** The tally of each direction. */
  readonly byDirection: Readonly<Record<SecondmentDirection, SecondmentTally>>;
  /** The tally of each batch with an active secondment, batches in order (numeric ones by value). */
  readonly byBatch: readonly SecondmentBatchTally[];
}

const compareBatch = (a: string, b: string): number => {
  const na = /^\d+$/.test(a);
  const nb = /^\d+$/.test(b);
  if (na && nb && a.length !== b.length) return a.length - b.length;
  if (na !== nb) return na ? -1 : 1;
  return byCodeUnit(a, b);
};

/**
 * Counts the secondments active on a date (`from ≤ asOf ≤ to`) per direction and per batch. For
 * Haining (002): 22 enterprise staff into 9 economic departments, and over 180 cadres into
 * enterprises in three batches.
 *
 * @param secondments - The secondments.
 * @param asOf - The date.
 * @returns The number active, the tally of each direction and of each batch, as plain JSON; or
 *   `INVALID_DATE` (path `['asOf']`) when `asOf` is not a date, `INVALID_INPUT` (path
 *   `['secondments', i, 'direction']`) for a secondment whose direction is neither of the two.
 * @example
 * ```ts
 * const s = { id: 's1', direction: 'enterpriseToDepartment', personId: 'x1', enterpriseId: 'e1', departmentId: 'd1',
 *   period: { from: '2019-03-01', to: '2019-08-31' }, batch: '1' } as const;
 * unwrap(secondmentSummary([s], '2019-06-01')).byDirection.enterpriseToDepartment.departments; // 1
 * secondmentSummary([s], '2019/06/01'); // { ok: false, error: { code: 'INVALID_DATE', path: ['asOf'], … } }
 * ```
 * @category Pairing
 */
export function secondmentSummary(secondments: readonly Secondment[], asOf: CalendarDate): Result<SecondmentSummary> {
  const day = readDay(asOf, 'asOf');
  if (!day.ok) return day;
  const sets = {
    cadreToEnterprise: { n: 0, people: new Set<Id>(), enterprises: new Set<Id>(), departments: new Set<Id>() },
    enterpriseToDepartment: { n: 0, people: new Set<Id>(), enterprises: new Set<Id>(), departments: new Set<Id>() },
  };
  const batches = new Map<Id, { cadreToEnterprise: number; enterpriseToDepartment: number }>();
  let active = 0;
  for (let i = 0; i < secondments.length; i++) {
    const s = secondments[i] as Secondment;
    if (!Object.hasOwn(SecondmentDirection.labels, s.direction)) {
      return err(
        domainError('INVALID_INPUT', {
          en: `secondments[${i}].direction must be 'cadreToEnterprise' or 'enterpriseToDepartment'; received ${JSON.stringify(s.direction)}.`,
          zh: `secondments[${i}].direction 应为 'cadreToEnterprise' 或 'enterpriseToDepartment'，实际为 ${JSON.stringify(s.direction)}。`,
          path: ['secondments', i, 'direction'],
          value: s.direction,
        }),
      );
    }
    if (!(s.period.from <= asOf && asOf <= s.period.to)) continue;
    active++;
    const d = sets[s.direction];
    d.n++;
    d.people.add(s.personId);
    d.enterprises.add(s.enterpriseId);
    d.departments.add(s.departmentId);
    const b = batches.get(s.batch) ?? { cadreToEnterprise: 0, enterpriseToDepartment: 0 };
    b[s.direction]++;
    batches.set(s.batch, b);
  }
  const tally = (d: (typeof sets)[SecondmentDirection]): SecondmentTally => ({
    secondments: d.n,
    people: d.people.size,
    enterprises: d.enterprises.size,
    departments: d.departments.size,
  });
  return ok({
    asOf,
    active,
    byDirection: { cadreToEnterprise: tally(sets.cadreToEnterprise), enterpriseToDepartment: tally(sets.enterpriseToDepartment) },
    byBatch: [...batches.keys()].sort(compareBatch).map((batch) => {
      const b = batches.get(batch) ?? { cadreToEnterprise: 0, enterpriseToDepartment: 0 };
      return { batch, ...b, total: b.cadreToEnterprise + b.enterpriseToDepartment };
    }),
  });
}
