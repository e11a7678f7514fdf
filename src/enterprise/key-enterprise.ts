import * as z from 'zod';
import type { BilingualText } from '../core/schema.js';
import { jiaozuoKeyEnterpriseQuota } from './defaults.js';
import type { KeyEnterpriseLevel } from './schema.js';
import { byCodeUnit } from '../internal/compare.js';

/**
 * Tells whether an enterprise is a key enterprise (重点服务企业) at a level. A city key enterprise
 * is also a key enterprise of its county (001), so asking about `'county'` is true for both.
 *
 * @param enterprise - The enterprise, or anything with its `keyLevel`.
 * @param level - `'city'` or `'county'`.
 * @returns Whether the enterprise is a key enterprise at that level.
 * @example
 * ```ts
 * isKeyEnterprise({ keyLevel: 'city' }, 'county'); // true
 * isKeyEnterprise({ keyLevel: 'county' }, 'city'); // false
 * ```
 * @category Enterprise
 */
export function isKeyEnterprise(
  enterprise: { readonly keyLevel: KeyEnterpriseLevel },
  level: Exclude<KeyEnterpriseLevel, 'none'>,
): boolean {
  return level === 'city' ? enterprise.keyLevel === 'city' : enterprise.keyLevel !== 'none';
}

/**
 * A policy for how many key enterprises the city and each county name: `city` and `county` are
 * the quotas; a county may exceed its quota by `countyTolerance` (the source says "about 20");
 * `cityKeyCountsTowardCounty` says whether the city's key enterprises in a county use up that
 * county's quota or come on top of it. Jiaozuo's version is {@link jiaozuoKeyEnterpriseQuota}.
 *
 * @example
 * ```ts
 * KeyEnterpriseQuotaSchema.safeParse({ ...jiaozuoKeyEnterpriseQuota, city: -1 }).success; // false
 * safeParse(KeyEnterpriseQuotaSchema, { ...jiaozuoKeyEnterpriseQuota, county: 25 }).ok; // true
 * ```
 * @category Enterprise
 */
export const KeyEnterpriseQuotaSchema = /* @__PURE__ */ (() => z.object({
  /** Where the policy comes from. */
  source: z.string().min(1).describe('Where the policy comes from'),
  /** How many key enterprises the city names. */
  city: z.number().int().nonnegative().describe('How many key enterprises the city names'),
  /** How many key enterprises each county names. */
  county: z.number().int().nonnegative().describe('How many key enterprises each county names'),
  /** How far above its quota a county may go and still be "about" it. */
  countyTolerance: z.number().int().nonnegative().describe('How far above its quota a county may go'),
  /** Whether city key enterprises use up the quota of the county they are in. */
  cityKeyCountsTowardCounty: z.boolean().describe("Whether city key enterprises use up their county's quota"),
}))();

/**
 * A key-enterprise quota policy; see {@link KeyEnterpriseQuotaSchema}.
 *
 * @category Enterprise
 */
export type KeyEnterpriseQuota = z.infer<typeof KeyEnterpriseQuotaSchema>;

/**
 * One line of a {@link KeyEnterpriseQuotaReport}: the city's, or one county's, count against its quota.
 *
 * @category Enterprise
 */
export interface KeyEnterpriseQuotaLine {
  /** `'city'` for the city's own list, `'county'` for a county's. */
  readonly level: 'city' | 'county';
  /** The county, on county lines. */
  readonly countyId?: string;
  /** Key enterprises at this level, including (for a county) the city key enterprises located there. */
  readonly keyEnterprises: number;
  /** Those that count against the quota. */
  readonly count: number;
  /** The quota. */
  readonly quota: number;
  /** The most that is still within the quota: the quota plus any tolerance. */
  readonly limit: number;
  /** How many are over the limit (0 when within it). */
  readonly excess: number;
  /** Whether the count is over the limit. */
  readonly exceeded: boolean;
  /** The count and the rule, in both languages. */
  readonly reason: BilingualText;
}

/**
 * The key enterprises counted per level and county against a quota policy.
 *
 * @category Enterprise
 */
export interface KeyEnterpriseQuotaReport {
  /** The city's list against the city quota. */
  readonly city: KeyEnterpriseQuotaLine;
  /** One line per county that has at least one key enterprise, ordered by county id. */
  readonly counties: readonly KeyEnterpriseQuotaLine[];
  /** The lines over their limit: the city's first, then counties by id. */
  readonly exceeded: readonly KeyEnterpriseQuotaLine[];
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function line(
  level: 'city' | 'county',
  countyId: string | undefined,
  keyEnterprises: number,
  count: number,
  quota: number,
  tolerance: number,
  note: { readonly within: BilingualText; readonly after: BilingualText },
): KeyEnterpriseQuotaLine {
  const limit = quota + tolerance;
  const excess = Math.max(0, count - limit);
  const whereEn = level === 'city' ? 'City' : `County ${countyId ?? ''}`;
  const whereZh = level === 'city' ? '市' : `县（市、区）${countyId ?? ''}`;
  const limitEn = tolerance === 0 ? `${quota}` : `${quota} (+${tolerance} tolerated)`;
  const limitZh = tolerance === 0 ? `${quota}` : `${quota}（容许多 ${tolerance} 户）`;
  const verdictEn = excess > 0 ? `${excess} over` : 'within the quota';
  const verdictZh = excess > 0 ? `超出 ${excess} 户` : '未超出';
  return {
    level,
    ...(countyId === undefined ? {} : { countyId }),
    keyEnterprises,
    count,
    quota,
    limit,
    excess,
    exceeded: excess > 0,
    reason: {
      en: `${whereEn}: ${plural(count, 'key enterprise')}${note.within.en} against a quota of ${limitEn}: ${verdictEn}${note.after.en}.`,
      zh: `${whereZh}：重点服务企业 ${count} 户${note.within.zh}，限额 ${limitZh}，${verdictZh}${note.after.zh}。`,
    },
  };
}

const NO_TEXT: BilingualText = { en: '', zh: '' };

/**
 * Counts key enterprises per level and county and reports which lists exceed their quota. The
 * city line counts city key enterprises; each county line counts the county's own key enterprises
 * and, when the policy says so, the city key enterprises located in it (which are key enterprises
 * of the county too, 001). Enterprises are counted as given: the caller ensures each appears once.
 *
 * @param enterprises - The enterprises (at least `countyId` and `keyLevel` of each).
 * @param policy - The quota policy; defaults to {@link jiaozuoKeyEnterpriseQuota} (city 100, county 20).
 * @returns The city line, one line per county with key enterprises, and the lines that exceed.
 * @example
 * ```ts
 * const many = Array.from({ length: 21 }, () => ({ countyId: 'c1', keyLevel: 'county' as const }));
 * checkKeyEnterpriseQuota(many).exceeded.map((l) => [l.countyId, l.excess]); // [['c1', 1]]
 * ```
 * @category Enterprise
 */
export function checkKeyEnterpriseQuota(
  enterprises: readonly { readonly countyId: string; readonly keyLevel: KeyEnterpriseLevel }[],
  policy: KeyEnterpriseQuota = jiaozuoKeyEnterpriseQuota,
): KeyEnterpriseQuotaReport {
  let cityCount = 0;
  const perCounty = new Map<string, { county: number; city: number }>();
  for (const e of enterprises) {
    if (e.keyLevel === 'none') continue;
    if (e.keyLevel === 'city') cityCount++;
    const tally = perCounty.get(e.countyId) ?? { county: 0, city: 0 };
    tally[e.keyLevel]++;
    perCounty.set(e.countyId, tally);
  }
  const city = line('city', undefined, cityCount, cityCount, policy.city, 0, { within: NO_TEXT, after: NO_TEXT });
  const countyIds = [...perCounty.keys()].sort(byCodeUnit);
  const counties = countyIds.map((countyId) => {
    const tally = perCounty.get(countyId) ?? { county: 0, city: 0 };
    const counted = policy.cityKeyCountsTowardCounty ? tally.county + tally.city : tally.county;
    const note =
      tally.city === 0
        ? { within: NO_TEXT, after: NO_TEXT }
        : policy.cityKeyCountsTowardCounty
          ? { within: { en: ` (${tally.city} of them named by the city)`, zh: `（其中市级 ${tally.city} 户）` }, after: NO_TEXT }
          : {
              within: NO_TEXT,
              after: {
                en: ` (${plural(tally.city, 'city key enterprise')} there not counted)`,
                zh: `（另有市级重点服务企业 ${tally.city} 户，不计入县级限额）`,
              },
            };
    return line('county', countyId, tally.county + tally.city, counted, policy.county, policy.countyTolerance, note);
  });
  return { city, counties, exceeded: [city, ...counties].filter((l) => l.exceeded) };
}
