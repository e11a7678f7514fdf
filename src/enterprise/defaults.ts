import { deepFreeze } from '../internal/freeze.js';
import type { KeyEnterpriseQuota } from './key-enterprise.js';

/**
 * Jiaozuo's key-enterprise quotas (001, 2009): the city government names 100 key enterprises and
 * each county "about 20". The default tolerates nothing above 20 (set `countyTolerance` for
 * "about"), and the city's key enterprises — which are also key enterprises of their county — do
 * not use up the county's 20. Frozen: copy it to change it.
 *
 * @example
 * ```ts
 * [jiaozuoKeyEnterpriseQuota.city, jiaozuoKeyEnterpriseQuota.county]; // [100, 20]
 * ```
 * @category Enterprise
 */
export const jiaozuoKeyEnterpriseQuota: KeyEnterpriseQuota = /* @__PURE__ */ deepFreeze({
  source: '001: 焦作市服务工业企业长效机制（2009）',
  city: 100,
  county: 20,
  countyTolerance: 0,
  cityKeyCountsTowardCounty: false,
});
