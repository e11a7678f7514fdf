import * as z from 'zod';
import { IdSchema } from '../core/schema.js';

/**
 * A visit grid (企业走访专属网格): an area whose enterprises one or more grid visit teams visit
 * (002: Haining drew 28 grids). Enterprises point to it with `gridId`.
 *
 * @example
 * ```ts
 * VisitGridSchema.parse({ id: 'g1', name: '海宁经济开发区网格', countyId: '330481' }).name; // '海宁经济开发区网格'
 * safeParse(VisitGridSchema, { id: '', name: '网格' }).ok; // false
 * ```
 * @category Enterprise
 */
export const VisitGridSchema = /* @__PURE__ */ (() => z.object({
  /** The app's id of the grid. */
  id: IdSchema,
  /** The name of the grid. */
  name: z.string().min(1).max(200),
  /** The county or district the grid lies in. */
  countyId: IdSchema.optional().describe('The county or district the grid lies in'),
  /** The area the grid covers, in words. */
  description: z.string().min(1).max(2000).optional().describe('The area the grid covers'),
}))();

/**
 * A visit grid; see {@link VisitGridSchema}.
 *
 * @category Enterprise
 */
export type VisitGrid = z.infer<typeof VisitGridSchema>;

