import type { BilingualText } from '../core/schema.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';

/**
 * Labels shared by every enum that names these values, so that one value string always has one
 * label across the library.
 */
export const sharedLabels = /* @__PURE__ */ deepFreeze({
  enterprise: { zh: '企业', en: 'Enterprise' },
  individualBusiness: { zh: '个体工商户', en: 'Individual business' },
  farmersCooperative: { zh: '农民专业合作社', en: "Farmers' professional cooperative" },
  other: { zh: '其他', en: 'Other' },
} satisfies Record<string, BilingualText>);

/**
 * The registration authorities of GB 32100-2015 (登记管理部门), the first character of a Unified Social
 * Credit Code: `1` staffing, `2` foreign affairs, `3` judicial administration, `4` culture, `5`
 * civil affairs, `6` tourism, `7` religious affairs, `8` trade unions, `9` industry and commerce
 * (now market regulation), `A` the CMC staffing office, `N` agriculture, `Y` other.
 *
 * `UsccAuthority.values` lists the values in order, `UsccAuthority.labels` gives each a zh-CN and
 * an English label, and `UsccAuthority.schema` validates one. The type `UsccAuthority` is the name
 * of a registration authority of GB 32100-2015, e.g. `'marketRegulation'` for code `9`.
 *
 * @example
 * ```ts
 * UsccAuthority.labels.marketRegulation.zh; // '工商（市场监管）'
 * UsccAuthority.schema.safeParse('civilAffairs').success; // true
 * ```
 * @category Enterprise
 */
export const UsccAuthority = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    staffing: { zh: '机构编制', en: 'Public-sector staffing (编制)' },
    foreignAffairs: { zh: '外交', en: 'Foreign affairs' },
    judicialAdministration: { zh: '司法行政', en: 'Judicial administration' },
    culture: { zh: '文化', en: 'Culture' },
    civilAffairs: { zh: '民政', en: 'Civil affairs' },
    tourism: { zh: '旅游', en: 'Tourism' },
    religiousAffairs: { zh: '宗教', en: 'Religious affairs' },
    tradeUnion: { zh: '工会', en: 'Trade unions' },
    marketRegulation: { zh: '工商（市场监管）', en: 'Industry and commerce (market regulation)' },
    militaryStaffing: { zh: '中央军委改革和编制办公室', en: 'Central Military Commission reform and staffing office' },
    agriculture: { zh: '农业', en: 'Agriculture' },
    otherAuthority: { zh: '其他登记管理部门', en: 'Other registration authority' },
  }),
))();

export type UsccAuthority = EnumValue<typeof UsccAuthority>;

/**
 * The organisation kinds of GB 32100-2015 (机构类别), named by the first two characters of a Unified
 * Social Credit Code: e.g. `91` enterprise, `92` individual business, `93` farmers' professional
 * cooperative, `51` social organisation, `12` public institution; `x9` and `Y1` are "other".
 *
 * `UsccEntityKind.values` lists the values in order, `UsccEntityKind.labels` gives each a zh-CN and
 * an English label, and `UsccEntityKind.schema` validates one. The type `UsccEntityKind` is the
 * name of an organisation kind of GB 32100-2015, e.g. `'enterprise'` for codes starting `91`.
 *
 * @example
 * ```ts
 * UsccEntityKind.labels.individualBusiness.zh; // '个体工商户'
 * UsccEntityKind.schema.safeParse('enterprise').success; // true
 * ```
 * @category Enterprise
 */
export const UsccEntityKind = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    stateOrgan: { zh: '机关', en: 'State organ' },
    publicInstitution: { zh: '事业单位', en: 'Public institution' },
    massOrganization: { zh: '编办直接管理机构编制的群众团体', en: 'Mass organisation staffed by the staffing office' },
    foreignNewsAgency: { zh: '外国常驻新闻机构', en: 'Resident foreign news agency' },
    lawFirm: { zh: '律师执业机构', en: 'Law firm' },
    notaryOffice: { zh: '公证处', en: 'Notary office' },
    grassrootsLegalService: { zh: '基层法律服务所', en: 'Grassroots legal service office' },
    forensicAppraisal: { zh: '司法鉴定机构', en: 'Forensic appraisal institution' },
    arbitrationCommission: { zh: '仲裁委员会', en: 'Arbitration commission' },
    foreignCulturalCentre: { zh: '外国在华文化中心', en: 'Foreign cultural centre in China' },
    socialOrganization: { zh: '社会团体', en: 'Social organisation' },
    privateNonEnterprise: { zh: '民办非企业单位', en: 'Private non-enterprise unit' },
    foundation: { zh: '基金会', en: 'Foundation' },
    foreignTourismOffice: { zh: '外国旅游部门常驻代表机构', en: 'Resident office of a foreign tourism authority' },
    regionalTourismOffice: {
      zh: '港澳台地区旅游部门常驻内地（大陆）代表机构',
      en: 'Resident office of a Hong Kong, Macao or Taiwan tourism authority',
    },
    religiousVenue: { zh: '宗教活动场所', en: 'Venue for religious activities' },
    religiousCollege: { zh: '宗教院校', en: 'Religious college' },
    grassrootsTradeUnion: { zh: '基层工会', en: 'Grassroots trade union' },
    enterprise: sharedLabels.enterprise,
    individualBusiness: sharedLabels.individualBusiness,
    farmersCooperative: sharedLabels.farmersCooperative,
    militaryInstitution: { zh: '军队事业单位', en: 'Military public institution' },
    groupCollective: { zh: '组级集体经济组织', en: 'Village-group collective economic organisation' },
    villageCollective: { zh: '村级集体经济组织', en: 'Village collective economic organisation' },
    townshipCollective: { zh: '乡镇级集体经济组织', en: 'Township collective economic organisation' },
    other: sharedLabels.other,
  }),
))();

export type UsccEntityKind = EnumValue<typeof UsccEntityKind>;

/**
 * GB 32100-2015's table of registration-authority codes: the first character of a code and the
 * authority it names. Characters missing here are not errors; they are just not known.
 *
 * @example
 * ```ts
 * usccAuthorityCodes['9']; // 'marketRegulation'
 * ```
 * @category Enterprise
 */
export const usccAuthorityCodes: Readonly<Record<string, UsccAuthority>> = /* @__PURE__ */ deepFreeze({
  '1': 'staffing',
  '2': 'foreignAffairs',
  '3': 'judicialAdministration',
  '4': 'culture',
  '5': 'civilAffairs',
  '6': 'tourism',
  '7': 'religiousAffairs',
  '8': 'tradeUnion',
  '9': 'marketRegulation',
  A: 'militaryStaffing',
  N: 'agriculture',
  Y: 'otherAuthority',
});

/**
 * GB 32100-2015's table of organisation-kind codes: the first two characters of a code and the
 * kind of organisation they name. Pairs missing here are not errors; they are just not known.
 *
 * @example
 * ```ts
 * usccEntityKindCodes['93']; // 'farmersCooperative'
 * ```
 * @category Enterprise
 */
export const usccEntityKindCodes: Readonly<Record<string, UsccEntityKind>> = /* @__PURE__ */ deepFreeze({
  '11': 'stateOrgan',
  '12': 'publicInstitution',
  '13': 'massOrganization',
  '19': 'other',
  '21': 'foreignNewsAgency',
  '29': 'other',
  '31': 'lawFirm',
  '32': 'notaryOffice',
  '33': 'grassrootsLegalService',
  '34': 'forensicAppraisal',
  '35': 'arbitrationCommission',
  '39': 'other',
  '41': 'foreignCulturalCentre',
  '49': 'other',
  '51': 'socialOrganization',
  '52': 'privateNonEnterprise',
  '53': 'foundation',
  '59': 'other',
  '61': 'foreignTourismOffice',
  '62': 'regionalTourismOffice',
  '69': 'other',
  '71': 'religiousVenue',
  '72': 'religiousCollege',
  '79': 'other',
  '81': 'grassrootsTradeUnion',
  '89': 'other',
  '91': 'enterprise',
  '92': 'individualBusiness',
  '93': 'farmersCooperative',
  A1: 'militaryInstitution',
  A9: 'other',
  N1: 'groupCollective',
  N2: 'villageCollective',
  N3: 'townshipCollective',
  N9: 'other',
  Y1: 'other',
});
