import { deepFreeze } from '../internal/freeze.js';
import type { GridStaffShare } from './department.js';

/**
 * Haining's grid-team staff shares (002, 2019): class-1 enterprise-related departments put 2/3 of
 * their staff into grid visit teams, class-2 departments 1/3; rounded up to whole people (the
 * source gives no rounding; up keeps at least the share). Frozen: copy it to change it.
 *
 * @example
 * ```ts
 * hainingGridStaffShare.class1; // { numerator: 2, denominator: 3 }
 * ```
 * @category Org
 */
export const hainingGridStaffShare: GridStaffShare = /* @__PURE__ */ deepFreeze({
  source: '002: 海宁政企干部“亲清互挂”（2019）',
  class1: { numerator: 2, denominator: 3 },
  class2: { numerator: 1, denominator: 3 },
  rounding: 'roundUp',
});
