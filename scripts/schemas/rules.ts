/**
 * The rules qinqing's zod schemas check in code (`refine`, `superRefine`, `check`, a
 * `preprocess`), which `z.toJSONSchema` drops, and what the JSON Schemas say of each.
 *
 * scripts/json-schemas.ts finds every such piece of code in the public schemas and refuses to
 * write the schemas while one is not listed here, by its place: the public schema that holds it
 * and the path to it inside (`.key` a property, `[]` the items of an array, `|1` the second
 * option of a union, `{}` the values of a record), as `locateCodeRules` prints them. Each rule:
 *
 * - `expressed: 'fully'`: `schema` says exactly the same in JSON Schema (a pattern, `if`/`then`,
 *   `oneOf`, `uniqueItems`, …); it is added to the schema of that place with `allOf`.
 * - `expressed: 'partly'`: `schema` catches some of what the rule refuses, never more; the rule is
 *   also listed in that schema's `x-qinqing-unexpressible`.
 * - `expressed: 'not'`: JSON Schema cannot say it (it compares two values, adds numbers up, looks
 *   for a repeated id among objects, computes a check character); it is listed in
 *   `x-qinqing-unexpressible` with a short explanation in Chinese and English.
 *
 * `message` matches the English message of the zod issues the rule raises, so that
 * test/schemas-agreement.test.ts can name the rule a sample breaks.
 */

import { addedIn22, issueEventSchemaVersion, IssueEventSchema } from '../../src/issue/schema.js';

/** The event versions this build knows every field of: 2.0 up to the one it writes. */
const knownVersions = Array.from({ length: Number(issueEventSchemaVersion.slice(2)) + 1 }, (_, minor) => `2.${minor}`);

/** A JSON Schema (or a fragment of one), as plain JSON. */
export type JsonSchema = { [key: string]: unknown };

/** A rule the parser checks in code; see the module comment. */
export interface CodeRule {
  /** A stable name, unique among all rules. */
  readonly name: string;
  /** What the rule demands, in English. */
  readonly en: string;
  /** What the rule demands, in Chinese. */
  readonly zh: string;
  /** How much of it the JSON Schema says. */
  readonly expressed: 'fully' | 'partly' | 'not';
  /** What the JSON Schema says of it, added with `allOf` (with `fully` and `partly`). */
  readonly schema?: JsonSchema;
  /** Matches the English message of the zod issues it raises. */
  readonly message: RegExp;
}

const notNull = (key: string): JsonSchema => ({ properties: { [key]: { not: { type: 'null' } } } });
/** Exactly one of two nullable (and required) properties is not null. */
const exactlyOne = (a: string, b: string): JsonSchema => ({ oneOf: [notNull(a), notNull(b)] });
const unique = (...keys: string[]): JsonSchema => ({ properties: Object.fromEntries(keys.map((k) => [k, { uniqueItems: true }])) });
const noProtoKey: JsonSchema = { propertyNames: { not: { const: '__proto__' } } };
const protoRule: CodeRule = {
  name: 'no-proto-key',
  en: 'A key "__proto__" is refused: JSON parsers and zod drop it silently.',
  zh: '不得使用键“__proto__”：JSON 解析器和 zod 会静默丢弃该条目。',
  expressed: 'fully',
  schema: noProtoKey,
  message: /"__proto__" cannot be a key here/,
};
const idsUnique = (name: string, what: { en: string; zh: string }, message: RegExp): CodeRule => ({
  name,
  en: `The ${what.en} ids are unique (JSON Schema's uniqueItems compares whole items, not one field of them).`,
  zh: `${what.zh}编号不得重复（JSON Schema 的 uniqueItems 只能比较整项，不能只比较其中一个字段）。`,
  expressed: 'not',
  message,
});
const ordered = (name: string, en: string, zh: string, message: RegExp): CodeRule => ({
  name,
  en: `${en} (JSON Schema cannot compare two values of the same instance).`,
  zh: `${zh}（JSON Schema 无法比较同一实例中的两个值）。`,
  expressed: 'not',
  message,
});

/** The rules, by the place of the code that checks them. */
export const codeRules: Readonly<Record<string, readonly CodeRule[]>> = {
  Instant: [
    {
      name: 'instant-form',
      en: 'An ISO 8601 date-time with an offset, on a date that exists (the pattern).',
      zh: '带时区偏移的 ISO 8601 时间，日期真实存在（见 pattern）。',
      expressed: 'fully',
      message: /real ISO 8601 date-time/,
    },
  ],
  Uscc: [
    {
      name: 'uscc-form',
      en: '18 characters from 0–9 and A–H, J–N, P–R, T, U, W–Y (the pattern).',
      zh: '18 位，只用数字 0–9 和大写字母 A–H、J–N、P–R、T、U、W–Y（见 pattern）。',
      expressed: 'fully',
      message: /^(A Unified Social Credit Code has|Character \d+)/,
    },
    {
      name: 'uscc-check-character',
      en: 'The 18th character is the GB 32100-2015 check character of the first 17 (a weighted sum modulo 31, which JSON Schema cannot compute).',
      zh: '第 18 位是前 17 位按 GB 32100-2015 计算的校验码（加权求和后模 31，JSON Schema 无法计算）。',
      expressed: 'not',
      message: /^The check character \(18th\) is wrong/,
    },
  ],
  'Official|0.portfolio': [
    {
      name: 'portfolio-not-empty',
      en: 'A deputy mayor in charge has at least one category in their portfolio (minItems).',
      zh: '分管副市长至少分管一个领域（minItems）。',
      expressed: 'fully',
      message: /needs a portfolio/,
    },
  ],
  Pairing: [
    {
      name: 'pairing-one-target',
      en: 'Exactly one of enterpriseId and parkId is set (oneOf).',
      zh: 'enterpriseId 与 parkId 有且只有一个不为 null（oneOf）。',
      expressed: 'fully',
      schema: exactlyOne('enterpriseId', 'parkId'),
      message: /names exactly one of enterpriseId and parkId/,
    },
  ],
  Visit: [
    {
      name: 'visit-one-target',
      en: 'Exactly one of enterpriseId and parkId is set, or neither and target is given (oneOf).',
      zh: 'enterpriseId、parkId 有且只有一个不为 null，或二者均为 null 且填写 target（oneOf）。',
      expressed: 'fully',
      schema: { oneOf: [notNull('enterpriseId'), notNull('parkId'), { required: ['target'] }] },
      message: /goes to exactly one of an enterprise/,
    },
    {
      name: 'visit-no-policies-to-other-targets',
      en: 'A visit to a household, village or grassroots organisation delivers no policies (if/then: target given → policiesDelivered has no items).',
      zh: '走访家庭、村（社区）或基层组织不得登记送政策（if/then：填写 target 时 policiesDelivered 不得有条目）。',
      expressed: 'fully',
      schema: { if: { required: ['target'] }, then: { properties: { policiesDelivered: { maxItems: 0 } } } },
      message: /^A visit to a household, a village or a grassroots organisation \(target\) records no policies/,
    },
    {
      name: 'visit-ids-unique',
      en: 'No visitor, department or issue id is listed twice (uniqueItems).',
      zh: '走访人员、部门和诉求编号不得重复（uniqueItems）。',
      expressed: 'fully',
      schema: unique('visitorIds', 'departmentIds', 'issueIds'),
      message: /^The (visitor|department|issue) ".*" appears twice\.$/,
    },
    {
      name: 'visit-policies-delivered-to-an-enterprise',
      en: 'A visit to a park delivers no policies (if/then: parkId a string → policiesDelivered has no items).',
      zh: '走访园区不得登记送政策（if/then：parkId 为字符串时 policiesDelivered 不得有条目）。',
      expressed: 'fully',
      schema: {
        if: { properties: { parkId: { type: 'string' } }, required: ['parkId'] },
        then: { properties: { policiesDelivered: { maxItems: 0 } } },
      },
      message: /^Policies are delivered to an enterprise/,
    },
    idsUnique('visit-delivered-policies-unique', { en: 'delivered policy', zh: '送达政策' }, /^The delivered policy ".*" appears twice/),
    ordered(
      'visit-acknowledged-after-visit',
      "A delivered policy's acknowledgedOn is not before the visit's date",
      '送达政策的确认知晓日期 acknowledgedOn 不早于走访日期',
      /^The acknowledgement of the policy ".*" \(.*\) comes before the visit/,
    ),
  ],
  DeliveredPolicy: [
    {
      name: 'delivered-policy-acknowledged-on',
      en: 'acknowledgedOn is set only when acknowledged is true (if/then).',
      zh: '仅当 acknowledged 为 true 时才可填写 acknowledgedOn（if/then）。',
      expressed: 'fully',
      schema: { if: { required: ['acknowledgedOn'] }, then: { properties: { acknowledged: { const: true } } } },
      message: /has an acknowledgedOn date only when it is acknowledged/,
    },
  ],
  'Visit.answers': [protoRule],
  'PolicyConditions.numbers': [protoRule],
  IssueEvent: [
    {
      name: 'event-fields-by-version',
      en: `An event of a version this build knows (${knownVersions.join(', ')}) has only the fields of its version; only a newer minor version (2.${knownVersions.length}, …) may carry fields this version does not know (if/then on schemaVersion).`,
      zh: `本版已知版本（${knownVersions.join('、')}）的事件只能有该版本的字段；只有更新的次版本（2.${knownVersions.length} 等）可带本版不认识的字段（按 schemaVersion 的 if/then）。`,
      expressed: 'fully',
      schema: {
        if: { properties: { schemaVersion: { enum: knownVersions } }, required: ['schemaVersion'] },
        then: { propertyNames: { enum: Object.keys(IssueEventSchema.shape) } },
      },
      message: /^Unrecognized keys?:/,
    },
    {
      name: 'dossier-added-not-in-2-0',
      en: 'An event of version 2.0 has no changes.dossierAdded: version 2.1 added it (if/then on schemaVersion).',
      zh: '2.0 版事件不得有 changes.dossierAdded：该字段为 2.1 版新增（按 schemaVersion 的 if/then）。',
      expressed: 'fully',
      schema: {
        if: { properties: { schemaVersion: { const: '2.0' } }, required: ['schemaVersion'] },
        then: { properties: { changes: { not: { required: ['dossierAdded'] } } } },
      },
      message: /^An event of version 2\.0 cannot carry changes\.dossierAdded/,
    },
    {
      name: 'fields-2-2-not-before',
      en: `An event of version 2.0 or 2.1 has none of the changes version 2.2 added (${addedIn22.join(', ')}) (if/then on schemaVersion).`,
      zh: `2.0、2.1 版事件的 changes 不得有 2.2 版新增的字段（${addedIn22.join('、')}）（按 schemaVersion 的 if/then）。`,
      expressed: 'fully',
      schema: {
        if: { properties: { schemaVersion: { enum: ['2.0', '2.1'] } }, required: ['schemaVersion'] },
        then: { properties: { changes: { not: { anyOf: addedIn22.map((k) => ({ required: [k] })) } } } },
      },
      message: /^An event of version 2\.[01] cannot carry changes\.\w+: version 2\.2 added it\.$/,
    },
    {
      name: 'joint-with-from-2-3',
      en: 'An event of version 2.0, 2.1 or 2.2 has no jointWith: version 2.3 added it (if/then on schemaVersion).',
      zh: '2.0、2.1、2.2 版事件不得有 jointWith：该字段为 2.3 版新增（按 schemaVersion 的 if/then）。',
      expressed: 'fully',
      schema: {
        if: { properties: { schemaVersion: { enum: ['2.0', '2.1', '2.2'] } }, required: ['schemaVersion'] },
        then: { not: { required: ['jointWith'] } },
      },
      message: /cannot carry jointWith: version 2\.3 added it\.$/,
    },
    {
      name: 'joint-with-only-on-supervise',
      en: 'Only a supervise event names a joint supervising body, jointWith (if/then on type).',
      zh: '只有督办（supervise）事件才能记录联合督办单位 jointWith（按 type 的 if/then）。',
      expressed: 'fully',
      schema: { if: { required: ['jointWith'] }, then: { properties: { type: { const: 'supervise' } } } },
      message: /^Only a supervise event names a joint supervising body/,
    },
    {
      name: 'dossier-whole-or-added',
      en: 'An event has changes.dossier (the whole dossier, as 2.0 wrote it) or changes.dossierAdded (the items added, from 2.1), not both (not required).',
      zh: '事件的 changes 中 dossier（整个案卷，2.0 版写法）与 dossierAdded（新增材料，2.1 版起）不得同时出现（not required）。',
      expressed: 'fully',
      schema: { properties: { changes: { not: { required: ['dossier', 'dossierAdded'] } } } },
      message: /^An event carries changes\.dossier .* not both\.$/,
    },
  ],
  TallyTable: [protoRule],
  AccessSubject: [
    {
      name: 'county-id-by-level',
      en: 'A county-level subject has a countyId and a city-level one has none (if/then).',
      zh: '县级访问主体须有 countyId，市级访问主体不得有（if/then）。',
      expressed: 'fully',
      schema: {
        allOf: [
          { if: { properties: { level: { const: 'county' } }, required: ['level'] }, then: { required: ['countyId'] } },
          { if: { properties: { level: { const: 'city' } }, required: ['level'] }, then: { not: { required: ['countyId'] } } },
        ],
      },
      message: /^A (county-level subject needs|city-level subject has no) countyId/,
    },
  ],
  'StatutoryDayRule|0': [
    {
      name: 'solar-day-every-year',
      en: 'A solar statutory day exists in every year: no 30 or 31 February, no 31st of a 30-day month (if/then).',
      zh: '公历法定假日须每年都有：不得为 2 月 29–31 日或小月的 31 日（if/then）。',
      expressed: 'fully',
      schema: {
        allOf: [
          { if: { properties: { month: { enum: [4, 6, 9, 11] } } }, then: { properties: { day: { maximum: 30 } } } },
          { if: { properties: { month: { const: 2 } } }, then: { properties: { day: { maximum: 28 } } } },
        ],
      },
      message: /is not a day of every year/,
    },
  ],
  'StatutoryDayRule|1': [
    {
      name: 'lunar-day-computable',
      en: "A lunar statutory day is one qinqing's lunar table computes: month 1 days 1–29, 5/5 or 8/15 (anyOf).",
      zh: '农历法定假日须为 qinqing 农历表能推算的日子：正月初一至廿九、五月初五或八月十五（anyOf）。',
      expressed: 'fully',
      schema: {
        anyOf: [
          { properties: { month: { const: 1 }, day: { maximum: 29 } } },
          { properties: { month: { const: 5 }, day: { const: 5 } } },
          { properties: { month: { const: 8 }, day: { const: 15 } } },
        ],
      },
      message: /lunar table cannot compute/,
    },
  ],
  'HolidayLaw.festivals[]': [
    {
      name: 'festival-days-unique',
      en: 'A festival lists each of its day rules once (uniqueItems catches identical items; two rules that differ only in fields the parser drops are not caught).',
      zh: '同一节日的每条假日规则只列一次（uniqueItems 只能发现完全相同的项；仅在解析器会丢弃的字段上不同的两条规则无法发现）。',
      expressed: 'partly',
      schema: unique('days'),
      message: /rule .* is listed twice\.$/,
    },
  ],
  HolidayLaw: [
    {
      name: 'festivals-unique',
      en: 'Each festival is listed once (JSON Schema cannot look for one field repeated among objects).',
      zh: '每个节日只列一次（JSON Schema 无法在多个对象中查找重复的字段值）。',
      expressed: 'not',
      message: /is listed twice; list all its days in one entry/,
    },
  ],
  HolidayNotice: [
    {
      name: 'notice-dates-in-year',
      en: "Every date lies in the notice's year, or in December of the year before (JSON Schema cannot compare a date with the year field).",
      zh: '所有日期须在通知所属年份内，或在前一年 12 月（JSON Schema 无法将日期与年份字段比较）。',
      expressed: 'not',
      message: /does not belong to the \d+ notice/,
    },
    {
      name: 'notice-published-only',
      en: 'A notice holds no derived days (not required derived).',
      zh: '通知不含推算假日（不得有 derived）。',
      expressed: 'fully',
      schema: { properties: { holidays: { items: { not: { required: ['derived'] } } } } },
      message: /A notice holds published days only/,
    },
  ],
  WorkCalendar: [
    ordered('calendar-years-ordered', 'firstYear is not after lastYear', 'firstYear 不晚于 lastYear', /^firstYear \d+ is after lastYear/),
    ordered('calendar-dates-covered', 'Every date lies within firstYear–lastYear', '所有日期须在 firstYear–lastYear 之内', /lies outside the covered years/),
    ordered('calendar-periods-forwards', 'Every period ends on or after the day it starts', '每个时段的结束日不早于开始日', /^The period ends/),
    ordered('calendar-provisional-within', 'provisionalFrom lies within firstYear–lastYear', 'provisionalFrom 须在 firstYear–lastYear 之内', /^provisionalFrom \d+ must lie within/),
    ordered(
      'calendar-derived-in-provisional-years',
      'Derived holidays lie in the provisional years and only there; no adjusted working day lies in them',
      '推算假日只能且必须位于暂定年份；暂定年份没有调休上班日',
      /is derived but lies in a published year|is not marked derived but lies in a provisional year|adjusted working day in a provisional year/,
    ),
    {
      name: 'calendar-no-conflict',
      en: 'No date is both a day off and an adjusted working day (JSON Schema cannot compare dates with periods).',
      zh: '任何日期不得既是休息日又是调休上班日（JSON Schema 无法将日期与时段比较）。',
      expressed: 'not',
      message: /is both an adjusted working day and a day off/,
    },
  ],
  CapacityRule: [ordered('capacity-min-not-above-max', 'minEnterprises is at most maxEnterprises', 'minEnterprises 不大于 maxEnterprises', /^minEnterprises must not exceed maxEnterprises/)],
  'AppraisalPolicy.minScores': [
    ordered('min-scores-ordered', 'basicallyCompetent ≤ competent ≤ excellent', '基本称职 ≤ 称职 ≤ 优秀', /^minScores must satisfy/),
  ],
  AppraisalPolicy: [
    {
      name: 'excellent-share-sum',
      en: 'excellentShare + secondedBonus is at most 1 (JSON Schema cannot add two values up).',
      zh: 'excellentShare 与 secondedBonus 之和不超过 1（JSON Schema 无法对两个值求和）。',
      expressed: 'not',
      message: /^excellentShare \+ secondedBonus must not exceed 1/,
    },
  ],
  SupervisionPolicy: [
    ordered('blue-before-yellow', 'blueAtShare is at most yellowAtShare', 'blueAtShare 不大于 yellowAtShare', /^The blue warning cannot come after the yellow one/),
    ordered('supervision-ladder-rises', 'Each step of the ladder is higher, and falls due later, than the one before', '督办阶梯逐级上升，且逾期天数逐级增加', /^The ladder must rise/),
  ],
  'ForesightPolicy.seasonal': [ordered('seasonal-min-years-within-years', 'seasonal.minYears is at most seasonal.years', 'seasonal.minYears 不大于 seasonal.years', /^minYears must not exceed years/)],
  MeetingCadence: [ordered('until-not-before-anchor', 'until is on or after anchor', 'until 不早于 anchor', /^until \S+ is before the anchor/)],
  'Secondment.period': [ordered('secondment-period-forwards', 'The period ends on or after the day it begins', '挂职期限的结束日期不早于开始日期', /^A secondment period ends on or after/)],
  StaffShare: [ordered('share-at-most-whole', 'numerator is at most denominator', '分子不大于分母', /^A share of staff cannot exceed the whole/)],
  'ScoreCurve|1': [
    ordered('piecewise-points-rise', 'The values of the points rise', '分段点的取值递增', /^The values of the points must rise/),
    ordered('piecewise-points-above-floor', 'No point lies below the floor', '分段点不低于起评线', /^A point lies below the floor/),
  ],
  'ScoreCurve|2': [ordered('steps-rise', 'The minimums of the steps rise', '阶梯的下限递增', /^The steps’ minimums must rise/)],
  ScoringScheme: [
    idsUnique('scheme-ids-unique', { en: 'item and deduction', zh: '计分项和扣分项' }, /^The id .* is used twice/),
    {
      name: 'scheme-has-maximum',
      en: 'The scheme has a positive base or at least one item, so that its maximum is positive (anyOf).',
      zh: '考核办法须有大于 0 的基础分或至少一个计分项，满分才大于 0（anyOf）。',
      expressed: 'fully',
      schema: {
        anyOf: [
          { properties: { base: { exclusiveMinimum: 0 } }, required: ['base'] },
          { properties: { items: { minItems: 1 } }, required: ['items'] },
        ],
      },
      message: /^The scheme needs a base score or at least one item/,
    },
  ],
  ServiceTaxonomy: [idsUnique('category-ids-unique', { en: 'category', zh: '分类' }, /^Category id ".*" is used twice/)],
  VisitChecklist: [idsUnique('checklist-item-ids-unique', { en: 'item', zh: '记实表事项' }, /^The checklist item ".*" appears twice/)],
  VisitCadencePolicy: [
    idsUnique('cadence-rule-ids-unique', { en: 'rule', zh: '规则' }, /^The rule id ".*" appears twice\.$/),
    {
      name: 'one-rule-per-role-and-scope',
      en: 'A role has at most one rule per scope (JSON Schema cannot look for a pair of fields repeated among objects).',
      zh: '每个角色在每个范围上至多一条规则（JSON Schema 无法在多个对象中查找重复的字段组合）。',
      expressed: 'not',
      message: /^Two rules bind the role/,
    },
  ],
  TimeLimitPolicy: [idsUnique('time-limit-rule-ids-unique', { en: 'rule', zh: '规则' }, /^The rule id ".*" appears twice \(rules/)],
  // ReasonListSchema: the list behind the policy's pauseReasons, disputeReasons and dissatisfactionReasons.
  ReasonList: [idsUnique('reason-codes-unique', { en: 'reason code', zh: '原因代码' }, /^The reason code ".*" appears twice\.$/)],
  EvaluationScale: [
    idsUnique('evaluation-level-ids-unique', { en: 'evaluation level', zh: '评价等级' }, /^The level ".*" appears twice\.$/),
    {
      name: 'evaluation-scale-one-unrated',
      en: 'Exactly one level counts as "not rated" (counts: null): contains with minContains and maxContains 1.',
      zh: '恰有一个等级计为“未评价”（counts 为 null）：contains，minContains 与 maxContains 均为 1。',
      expressed: 'fully',
      schema: { properties: { levels: { contains: { properties: { counts: { type: 'null' } }, required: ['counts'] }, minContains: 1, maxContains: 1 } } },
      message: /^A scale has exactly one "not rated" level/,
    },
  ],
  'EnterpriseSizeRow.industries[]': [
    {
      name: 'size-row-industry-code',
      en: 'A GB/T 4754-2017 code or prefix: a section letter A–T, optionally followed by a two-digit division of that section and 0–2 more digits (the pattern).',
      zh: 'GB/T 4754-2017 行业代码或其前缀：门类字母 A–T，其后可接该门类的两位大类代码和 0–2 位数字（见 pattern）。',
      expressed: 'fully',
      message: /^A GB\/T 4754-2017 industry code is a section letter A–T, then/,
    },
  ],
  'EnterpriseSizeFacts.industry': [
    {
      name: 'size-facts-industry-code',
      en: 'A GB/T 4754-2017 code: a section letter A–T, or a two-digit division (with its section letter or without) and 0–2 more digits (the pattern).',
      zh: 'GB/T 4754-2017 行业代码：门类字母 A–T，或两位大类代码（可带门类字母）再加 0–2 位数字（见 pattern）。',
      expressed: 'fully',
      message: /^A GB\/T 4754-2017 industry code is a section letter A–T and\/or/,
    },
  ],
  'EnterpriseSizeRow.thresholds': [
    {
      name: 'size-row-one-indicator',
      en: 'A row lists at least one indicator (minProperties 1).',
      zh: '每个行业至少列出一项指标（minProperties 为 1）。',
      expressed: 'fully',
      schema: { minProperties: 1 },
      message: /^A row lists at least one indicator/,
    },
  ],
  ...Object.fromEntries(['employees', 'operatingRevenue', 'totalAssets'].map((k) => [
    `EnterpriseSizeRow.thresholds.${k}`,
    [ordered(`size-thresholds-fall-${k}`, 'The thresholds fall from large to small: large > medium > small', '各档下限从大型到小型严格递减：大型 > 中型 > 小型', /^The thresholds must fall from large to small/)],
  ])),
  EnterpriseSizeRules: [
    idsUnique('size-row-ids-unique', { en: 'row', zh: '行业' }, /^The row id ".*" appears twice \(rows/),
    {
      name: 'size-industry-codes-unique',
      en: 'No industry code is listed twice, in one row or in two (JSON Schema cannot look for a value repeated across arrays).',
      zh: '同一行业代码不得重复列出，无论在同一行还是不同行（JSON Schema 无法在多个数组之间查找重复值）。',
      expressed: 'not',
      message: /^The industry code ".*" is listed twice/,
    },
  ],
  VisitRound: [
    ordered('visit-round-ordered', "A round's to is not before its from", '走访轮次的结束日期 to 不早于开始日期 from', /^A visit round ends on or after the day it begins/),
  ],
  WorkGroup: [
    {
      name: 'work-group-members-unique',
      en: 'No member is listed twice (uniqueItems).',
      zh: '小组成员不得重复（uniqueItems）。',
      expressed: 'fully',
      schema: unique('memberIds'),
      message: /^The member ".*" appears twice\.$/,
    },
    {
      name: 'work-group-targets-unique',
      en: 'No target { kind, id } is assigned twice (uniqueItems: a target is exactly its kind and id).',
      zh: '帮扶对象 { kind, id } 不得重复分配（uniqueItems：帮扶对象仅由类别和编号构成）。',
      expressed: 'fully',
      schema: unique('targets'),
      message: /^The target .* is assigned twice\.$/,
    },
    {
      name: 'work-group-leader-is-member',
      en: 'The leader is one of the members (JSON Schema cannot compare a value with the items of another array).',
      zh: '组长须为小组成员（JSON Schema 无法将一个值与另一数组的条目比较）。',
      expressed: 'not',
      message: /^The leader ".*" of a work group is one of its members/,
    },
  ],
  HelpTaskDraft: [
    {
      name: 'help-task-draft-ids-unique',
      en: 'No problem or person responsible is listed twice (uniqueItems).',
      zh: '问题和帮扶责任人不得重复（uniqueItems）。',
      expressed: 'fully',
      schema: unique('problemIds', 'responsibleIds'),
      message: /^The (problem|person responsible) ".*" appears twice\.$/,
    },
  ],
  HelpTaskSheet: [
    {
      name: 'help-task-sheet-ids-unique',
      en: 'No problem or person responsible is listed twice (uniqueItems).',
      zh: '问题和帮扶责任人不得重复（uniqueItems）。',
      expressed: 'fully',
      schema: unique('problemIds', 'responsibleIds'),
      message: /^The (problem|person responsible) ".*" appears twice\.$/,
    },
    ordered('help-task-due-after-issue', 'dueOn comes after issuedOn', '完成期限 dueOn 晚于下达日期 issuedOn', /^The deadline of a help task sheet \(.*\) comes after its date of issue/),
    {
      name: 'help-task-completed-on',
      en: "completedOn is a date exactly when status is 'completed', else null (if/then/else).",
      zh: "仅当 status 为 'completed' 时 completedOn 为日期，否则为 null（if/then/else）。",
      expressed: 'fully',
      schema: {
        if: { properties: { status: { const: 'completed' } }, required: ['status'] },
        then: { properties: { completedOn: { type: 'string' } } },
        else: { properties: { completedOn: { type: 'null' } } },
      },
      message: /^A help task sheet has a completedOn date exactly when it is completed/,
    },
    ordered('help-task-dates-ordered', 'issuedOn ≤ completedOn ≤ updatedOn, and issuedOn ≤ updatedOn', '下达日期 ≤ 完成日期 ≤ 最近变更日期，且下达日期 ≤ 最近变更日期', /^The dates of a help task sheet are out of order/),
  ],
  AccessPolicy: [
    idsUnique('access-rule-ids-unique', { en: 'rule', zh: '规则' }, /^The rule id ".*" appears twice \(rules/),
    {
      name: 'access-no-conflict',
      en: 'No allow rule and deny rule share a role, an action and a level (JSON Schema cannot compare the rules with each other).',
      zh: '允许规则与禁止规则不得有相同的角色、操作和层级（JSON Schema 无法将规则相互比较）。',
      expressed: 'not',
      message: /allows and rule .* denies/,
    },
  ],
  FaultTolerancePolicy: [
    idsUnique('fault-tolerance-fact-keys-unique', { en: 'fact', zh: '事实' }, /^The fact key ".*" is declared twice/),
    idsUnique('fault-tolerance-situation-ids-unique', { en: 'situation (both sides together)', zh: '情形（两类合计）' }, /^The situation id ".*" is used twice/),
    {
      name: 'fault-tolerance-facts-declared',
      en: 'Every fact a situation names is one the list declares (JSON Schema cannot compare values across the list).',
      zh: '情形引用的每一事实都须在清单中声明（JSON Schema 无法在清单内比较取值）。',
      expressed: 'not',
      message: /names the fact ".*", which the list does not declare/,
    },
    {
      name: 'fault-tolerance-no-contradiction',
      en: 'No situation both requires and excludes the same fact (JSON Schema cannot compare two arrays of an instance).',
      zh: '情形不得既要求又排除同一事实（JSON Schema 无法比较同一实例中的两个数组）。',
      expressed: 'not',
      message: /both requires and excludes the fact/,
    },
  ],
  FaultToleranceFacts: [protoRule],
  CadrePoolEntry: [ordered('cadre-pool-until-not-before-since', 'until is on or after since', 'until 不早于 since', /^A cadre leaves the pool on or after/)],
  TrainingSession: [
    {
      name: 'training-attendees-within-attendance',
      en: 'attendeeIds names at most attendance people (JSON Schema cannot compare the length of an array with a value).',
      zh: 'attendeeIds 人数不超过 attendance（JSON Schema 无法将数组长度与数值比较）。',
      expressed: 'not',
      message: /^A session names at most as many attendees as its attendance/,
    },
  ],
  OutcomeMeasureSet: [idsUnique('outcome-measure-keys-unique', { en: 'measure key', zh: '指标' }, /^The measure key ".*" is used twice/)],
  // Part 14 (issue 19): rectification orders (限期整改) and campaigns.
  RectificationOrder: [
    {
      name: 'rectification-bodies-distinct',
      en: 'A joint order names two different bodies (uniqueItems: a body is its id and role).',
      zh: '联合责令整改须为两个不同的单位（uniqueItems：单位由编号和角色确定）。',
      expressed: 'fully',
      schema: unique('orderedBy'),
      message: /^A joint order names two different bodies/,
    },
    {
      name: 'rectification-grounds-issues-unique',
      en: 'No ground and no issue id is listed twice (uniqueItems).',
      zh: '整改事由和诉求编号不得重复（uniqueItems）。',
      expressed: 'fully',
      schema: unique('grounds', 'issueIds'),
      message: /^The (ground|issue) ".*" appears twice\.$/,
    },
    ordered(
      'rectification-not-before-order',
      'A fixed due date and the reported rectification are not before the order',
      '整改期限和整改完成日期均不早于责令整改日期',
      /^The rectification is (due|reported done) \(.*\) before it is ordered/,
    ),
  ],
  Campaign: [
    ordered(
      'campaign-dates',
      'The period does not end before it begins; each phase ends on or after its first day, lies inside the period and begins after the one before it has ended; a target is due inside the period; a participant group has enterprisesPerPerson.min ≤ max, a target atLeast ≤ atMost',
      '活动期间结束日不早于开始日；各阶段结束日不早于开始日、位于活动期间内、在上一阶段结束后开始；目标期限位于活动期间内；enterprisesPerPerson 下限不大于上限，目标下限不大于上限',
      /^The campaign ends|^The phase ".*" (ends|begins)|^The participant group ".*" pairs each person|^The target ".*" (asks for|is due)/,
    ),
    {
      name: 'campaign-target-bound',
      en: 'A target sets atLeast or atMost (anyOf required).',
      zh: '活动目标须设定下限 atLeast 或上限 atMost（anyOf required）。',
      expressed: 'fully',
      schema: { properties: { targets: { items: { anyOf: [{ required: ['atLeast'] }, { required: ['atMost'] }] } } } },
      message: /sets neither atLeast nor atMost/,
    },
    {
      name: 'campaign-figures-unique',
      en: 'No figure is listed twice (uniqueItems).',
      zh: '活动数据项不得重复（uniqueItems）。',
      expressed: 'fully',
      schema: unique('figures'),
      message: /^The figure ".*" appears twice\.$/,
    },
    idsUnique('campaign-ids-unique', { en: 'phase, participant group and target', zh: '活动阶段、参与干部类别和活动目标' }, /^The (phase|participant group|target) ".*" appears twice\.$/),
  ],
};
