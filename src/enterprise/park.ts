import * as z from 'zod';
import { IdSchema } from '../core/schema.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';

/**
 * The kinds of area where enterprises gather: industrial park 产业园区 and industrial cluster zone
 * 工业聚集区 (000; 工业集聚区 in 001), economic development zone 经济开发区 (003) and high-tech zone 高新区 (001).
 *
 * `ParkKind.values` lists the values in order, `ParkKind.labels` gives each a zh-CN and an English
 * label, and `ParkKind.schema` validates one. The type `ParkKind` is a kind of park, e.g.
 * `'industrialPark'`.
 *
 * @example
 * ```ts
 * ParkKind.labels.industrialCluster.zh; // '工业聚集区'
 * ParkKind.values.length; // 4
 * ```
 * @category Enterprise
 */
export const ParkKind = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    industrialPark: { zh: '产业园区', en: 'Industrial park' },
    industrialCluster: { zh: '工业聚集区', en: 'Industrial cluster zone' },
    developmentZone: { zh: '经济开发区', en: 'Economic development zone' },
    highTechZone: { zh: '高新技术产业开发区', en: 'High-tech industrial development zone' },
  }),
))();

export type ParkKind = EnumValue<typeof ParkKind>;

/**
 * An industrial park or cluster (产业园区、工业聚集区). A bureau adviser may pair with one park
 * instead of 3–5 key enterprises (000). `countyId` is absent for a city-level park.
 *
 * @example
 * ```ts
 * IndustrialParkSchema.parse({ id: 'p1', name: '邢台经济开发区', kind: 'developmentZone' }).kind; // 'developmentZone'
 * safeParse(IndustrialParkSchema, { id: 'p1', name: '园区', kind: 'mall' }).ok; // false
 * ```
 * @category Enterprise
 */
export const IndustrialParkSchema = /* @__PURE__ */ (() => z.object({
  /** The app's id of the park. */
  id: IdSchema,
  /** The name of the park. */
  name: z.string().min(1).max(200),
  /** The kind of park. */
  kind: ParkKind.schema,
  /** The county or district; absent for a city-level park. */
  countyId: IdSchema.optional().describe('The county or district; absent for a city-level park'),
}))();

/**
 * An industrial park or cluster; see {@link IndustrialParkSchema}.
 *
 * @category Enterprise
 */
export type IndustrialPark = z.infer<typeof IndustrialParkSchema>;

