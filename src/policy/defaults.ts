import { deepFreeze } from '../internal/freeze.js';
import { PolicySetSchema, type PolicySet } from './schema.js';

const NOT_REAL = '示例数据，并非政策原文：条件与金额经简化，使用前请核对原文。An example shaped after a real policy, not the policy itself: conditions and amounts are simplified; check the document before use.';

/** Enterprises (legal persons): the policies below leave out individual businesses and cooperatives. */
const enterprises = ['domesticEnterprise', 'privateEnterprise', 'foreignInvestedEnterprise'] as const;

/**
 * Five example policies (惠企政策) shaped after real ones — **examples, not the policies
 * themselves**: their conditions and amounts are simplified, the city ones are placed in Jiaozuo
 * (division code 4108) for the demo, and every `source` says so. Use them to try matching and to
 * see the shape of a policy set; write your city's own from its documents.
 *
 * - `example-small-micro-tax`: corporate income tax relief for small low-profit enterprises
 *   (小型微利企业: taxable income ≤ 3,000,000 yuan, ≤ 300 employees, assets ≤ 50,000,000 yuan),
 *   shaped after 财政部 税务总局公告2023年第12号 (2023–2027); no application (免申即享: claimed on
 *   the tax return).
 * - `example-rd-subsidy`: an R&D subsidy for small and micro technology-based SMEs (科技型中小企业)
 *   spending at least 3% of revenue on R&D, 10% of the R&D expense up to 500,000 yuan, as many
 *   cities' 研发费用后补助 give; quick application (快申快享).
 * - `example-specialised-award`: a one-off award for enterprises recognised as 专精特新 SMEs or
 *   专精特新“小巨人”, with an `anyOf` of the two tags; no application.
 * - `example-key-power-price`: an electricity subsidy for key industrial enterprises above
 *   designated size using at least 10 GWh a year; on application.
 * - `example-hiring-subsidy`: a one-off subsidy of 1,500 yuan per graduate hired, shaped after the
 *   一次性扩岗补助 (人社厅发〔2022〕41号); quick application.
 *
 * The set declares its figures (`taxableIncome`, `employees`, `totalAssets`, `rdExpenseShare` in %,
 * `electricityKwh`, `graduatesHired`) and tags (`techSme`, `specialisedInnovative`, `littleGiant`,
 * `highTech`, `exporter`, `seriousDishonesty`). Every policy but the tax relief excludes enterprises
 * tagged `seriousDishonesty` (严重失信主体). Frozen; `validatePolicies` finds it valid.
 *
 * @example
 * ```ts
 * examplePolicies.policies.map((p) => p.mode); // ['noApplication', 'quickApplication', 'noApplication', 'application', 'quickApplication']
 * unwrap(validatePolicies(examplePolicies)).warnings; // []
 * ```
 * @category Policy
 */
export const examplePolicies: PolicySet = /* @__PURE__ */ (() => deepFreeze(PolicySetSchema.parse({
  id: 'example-policies',
  name: { zh: '惠企政策示例（非真实政策）', en: 'Example policies for enterprises (not real)' },
  source: NOT_REAL,
  numbers: [
    { key: 'taxableIncome', label: { zh: '年度应纳税所得额', en: 'taxable income' }, unit: { zh: '元', en: 'yuan' } },
    { key: 'employees', label: { zh: '从业人数', en: 'employees' }, unit: { zh: '人', en: 'people' } },
    { key: 'totalAssets', label: { zh: '资产总额', en: 'total assets' }, unit: { zh: '元', en: 'yuan' } },
    { key: 'rdExpenseShare', label: { zh: '研发费用占营业收入比例', en: 'R&D expense share of revenue' }, unit: { zh: '%', en: '%' } },
    { key: 'electricityKwh', label: { zh: '年用电量', en: 'annual electricity use' }, unit: { zh: '千瓦时', en: 'kWh' } },
    { key: 'graduatesHired', label: { zh: '招用毕业年度高校毕业生人数', en: 'graduates of the year hired' }, unit: { zh: '人', en: 'people' } },
  ],
  tags: [
    { key: 'techSme', label: { zh: '科技型中小企业', en: 'technology-based SME' } },
    { key: 'specialisedInnovative', label: { zh: '专精特新中小企业', en: 'specialised and innovative SME (专精特新)' } },
    { key: 'littleGiant', label: { zh: '专精特新“小巨人”企业', en: 'little giant (专精特新“小巨人”)' } },
    { key: 'highTech', label: { zh: '高新技术企业', en: 'high-tech enterprise' } },
    { key: 'exporter', label: { zh: '外贸出口企业', en: 'exporter' } },
    { key: 'seriousDishonesty', label: { zh: '严重失信主体', en: 'on a serious-dishonesty list' } },
  ],
  policies: [
    {
      id: 'example-small-micro-tax',
      name: { zh: '小型微利企业所得税优惠（示例）', en: 'Income tax relief for small low-profit enterprises (example)' },
      issuer: { zh: '财政部、税务总局', en: 'Ministry of Finance; State Taxation Administration' },
      validFrom: '2023-01-01',
      validUntil: '2027-12-31',
      mode: 'noApplication',
      benefits: [
        {
          text: {
            zh: '年应纳税所得额减按 25% 计入，按 20% 的税率缴纳企业所得税（实际税负 5%）',
            en: 'Taxable income counted at 25% and taxed at 20% (an effective rate of 5%)',
          },
        },
      ],
      when: {
        marketEntityType: [...enterprises],
        numbers: { taxableIncome: { max: 3_000_000 }, employees: { max: 300 }, totalAssets: { max: 50_000_000 } },
      },
      source: `Shaped after 财政部 税务总局公告2023年第12号（关于进一步支持小微企业和个体工商户发展有关税费政策的公告）. ${NOT_REAL}`,
    },
    {
      id: 'example-rd-subsidy',
      name: { zh: '科技型小微企业研发费用补助（示例）', en: 'R&D subsidy for small technology firms (example)' },
      issuer: { zh: '焦作市科学技术局（示例）', en: 'Jiaozuo science and technology bureau (example)' },
      validFrom: '2025-01-01',
      validUntil: '2027-12-31',
      region: { divisionCodes: ['4108'] },
      mode: 'quickApplication',
      benefits: [{ text: { zh: '按上年度研发费用的 10% 给予补助，最高 50 万元', en: "10% of last year's R&D expense, at most 500,000 yuan" }, amount: 500_000 }],
      when: {
        scale: ['small', 'micro'],
        tags: ['techSme'],
        withoutTags: ['seriousDishonesty'],
        numbers: { rdExpenseShare: { min: 3 } },
      },
      source: `Shaped after the 企业研发费用后补助 of many cities. ${NOT_REAL}`,
    },
    {
      id: 'example-specialised-award',
      name: { zh: '专精特新企业奖励（示例）', en: 'Award for specialised and innovative enterprises (example)' },
      issuer: { zh: '焦作市工业和信息化局（示例）', en: 'Jiaozuo industry and information technology bureau (example)' },
      validFrom: '2025-01-01',
      region: { divisionCodes: ['4108'] },
      mode: 'noApplication',
      benefits: [
        { text: { zh: '省级专精特新中小企业一次性奖励 20 万元', en: 'A one-off award of 200,000 yuan for a provincial 专精特新 SME' }, amount: 200_000 },
        { text: { zh: '国家级专精特新“小巨人”企业一次性奖励 50 万元', en: 'A one-off award of 500,000 yuan for a national little giant' }, amount: 500_000 },
      ],
      when: { withoutTags: ['seriousDishonesty'] },
      anyOf: [{ tags: ['specialisedInnovative'] }, { tags: ['littleGiant'] }],
      source: `Shaped after the 专精特新 awards of many cities. ${NOT_REAL}`,
    },
    {
      id: 'example-key-power-price',
      name: { zh: '重点工业企业用电补贴（示例）', en: 'Electricity subsidy for key industrial enterprises (example)' },
      issuer: { zh: '焦作市发展和改革委员会（示例）', en: 'Jiaozuo development and reform commission (example)' },
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      region: { divisionCodes: ['4108'] },
      mode: 'application',
      benefits: [{ text: { zh: '按年用电量每千瓦时补贴 0.03 元，最高 100 万元', en: '0.03 yuan per kWh used in the year, at most 1,000,000 yuan' }, amount: 1_000_000 }],
      when: {
        keyLevel: ['county', 'city'],
        industry: ['C'],
        aboveDesignatedSize: true,
        withoutTags: ['seriousDishonesty'],
        numbers: { electricityKwh: { min: 10_000_000 } },
      },
      source: `Shaped after the electricity-price support for key enterprises of several provinces. ${NOT_REAL}`,
    },
    {
      id: 'example-hiring-subsidy',
      name: { zh: '一次性扩岗补助（示例）', en: 'One-off subsidy for hiring graduates (example)' },
      issuer: { zh: '人力资源社会保障部门（示例）', en: 'Human resources and social security departments (example)' },
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      mode: 'quickApplication',
      benefits: [{ text: { zh: '每招用 1 名毕业年度高校毕业生补助 1500 元', en: '1,500 yuan per graduate of the year hired' }, amount: 1_500 }],
      when: {
        marketEntityType: [...enterprises],
        withoutTags: ['seriousDishonesty'],
        numbers: { graduatesHired: { min: 1 } },
      },
      source: `Shaped after the 一次性扩岗补助 (人社厅发〔2022〕41号). ${NOT_REAL}`,
    },
  ],
})))();
