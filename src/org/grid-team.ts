import * as z from 'zod';
import { IdSchema } from '../core/schema.js';

/**
 * A grid visit team (网格走访小组): advisers who visit the enterprises of one visit grid (002:
 * Haining formed 144 teams over 28 grids; 004: Xuzhou's working groups). `memberIds` are adviser ids.
 *
 * @example
 * ```ts
 * GridTeamSchema.parse({ id: 't1', gridId: 'g1', memberIds: ['a1', 'a2'] }).memberIds.length; // 2
 * safeParse(GridTeamSchema, { id: 't1' }).ok; // false
 * ```
 * @category Org
 */
export const GridTeamSchema = /* @__PURE__ */ (() => z.object({
  /** The app's id of the team. */
  id: IdSchema,
  /** The visit grid the team covers. */
  gridId: IdSchema.describe('The visit grid the team covers'),
  /** The team's name, if it has one. */
  name: z.string().min(1).max(200).optional(),
  /** The adviser who leads the team. */
  leaderId: IdSchema.optional().describe('The adviser who leads the team'),
  /** The advisers in the team. */
  memberIds: z.array(IdSchema).default(() => []).describe('Adviser ids'),
}))();

/**
 * A grid visit team; see {@link GridTeamSchema}.
 *
 * @category Org
 */
export type GridTeam = z.infer<typeof GridTeamSchema>;

