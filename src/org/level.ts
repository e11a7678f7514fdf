import type { z } from 'zod';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';

// Module-level values are built in `/* @__PURE__ */ (() => …)()` so that a bundler can drop those an
// app does not use, and zod with them (scripts/app-bundles.mjs measures it).

/**
 * Labels of the levels of government, shared by every enum that uses these value strings
 * (government levels, key-enterprise levels), so that a value always has one label.
 */
export const levelLabelTexts = /* @__PURE__ */ (() => deepFreeze({
  city: { zh: '市级', en: 'City' },
  county: { zh: '县（市、区）级', en: 'County / district' },
  grassroots: { zh: '基层（乡镇、基层分局）', en: 'Grassroots (township or branch office)' },
}))();

const governmentLevel = /* @__PURE__ */ (() => defineEnum(levelLabelTexts))();

/**
 * Labels of the levels at which advisers, departments and bodies sit (000: the bureau builds
 * adviser teams at city, county and grassroots-branch level): `city` 市级, `county` 县（市、区）级,
 * `grassroots` 基层.
 *
 * @example
 * ```ts
 * governmentLevelLabels.grassroots.zh; // '基层（乡镇、基层分局）'
 * ```
 * @category Org
 */
export const governmentLevelLabels = /* @__PURE__ */ (() => governmentLevel.labels)();

/**
 * Validates a government level: `'city'`, `'county'` or `'grassroots'`.
 *
 * @example
 * ```ts
 * GovernmentLevelSchema.options; // ['city', 'county', 'grassroots']
 * ```
 * @category Org
 */
export const GovernmentLevelSchema = /* @__PURE__ */ (() => governmentLevel.schema)();

/**
 * A level of government: `'city'`, `'county'` or `'grassroots'`.
 *
 * @category Org
 */
export type GovernmentLevel = z.infer<typeof GovernmentLevelSchema>;
