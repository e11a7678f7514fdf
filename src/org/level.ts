import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';

/**
 * Labels of the levels of government, shared by every enum that uses these value strings
 * (government levels, key-enterprise levels), so that a value always has one label.
 */
export const levelLabelTexts = /* @__PURE__ */ deepFreeze({
  city: { zh: '市级', en: 'City' },
  county: { zh: '县（市、区）级', en: 'County / district' },
  grassroots: { zh: '基层（乡镇、基层分局）', en: 'Grassroots (township or branch office)' },
});

/**
 * The levels at which advisers, departments and bodies sit (000: the bureau builds adviser teams at
 * city, county and grassroots-branch level): `city` 市级, `county` 县（市、区）级, `grassroots` 基层.
 *
 * `GovernmentLevel.values` lists the values in order, `GovernmentLevel.labels` gives each a zh-CN
 * and an English label, and `GovernmentLevel.schema` validates one. The type `GovernmentLevel` is a
 * level of government: `'city'`, `'county'` or `'grassroots'`.
 *
 * @example
 * ```ts
 * GovernmentLevel.labels.grassroots.zh; // '基层（乡镇、基层分局）'
 * GovernmentLevel.values; // ['city', 'county', 'grassroots']
 * ```
 * @category Org
 */
export const GovernmentLevel = /* @__PURE__ */ defineEnum(levelLabelTexts);

export type GovernmentLevel = EnumValue<typeof GovernmentLevel>;

