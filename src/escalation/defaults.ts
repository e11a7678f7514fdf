import { deepFreeze } from '../internal/freeze.js';
import { err, ok, type Result } from '../core/result.js';
import { argumentError, checkedOnce, safeParseWith } from '../internal/parse.js';
import { defaultSupervisionPolicy, SupervisionPolicySchema, type SupervisionPolicy } from '../supervision/policy.js';
import { EscalationLadderSchema, HolderChoiceSchema, type EscalationLadder, type EscalationRule, type HolderChoice } from './schema.js';

const JIAOZUO = '001: 焦作市服务工业企业长效机制（2009）';
const XINGTAI = '000: 邢台市工商局工商顾问制（2014）';
const HAINING = '002: 海宁“亲清互挂”（2019）';
const TIME = '000 催办、行政问责；003 效能办与领导小组办公室联合督办、网上挂牌；逾期工作日数为 qinqing 默认值';

const ladder = (input: unknown): EscalationLadder => deepFreeze(EscalationLadderSchema.parse(input));

/**
 * The holder choice of Jiaozuo's rule for major problems (001: 对于企业反映的重大问题或具有倾向性、普遍性问题，
 * 由常务副市长或市长协调解决 — the executive deputy mayor *or* the mayor). The source names both holders
 * and no rule for choosing between them; the conditions are qinqing's, each with its reason: the
 * mayor — who heads the leading group (001: 组长由市长担任; the executive deputy mayor is its deputy
 * head) — takes a major problem that is declared unsolvable for now, one involving 100,000,000 yuan
 * (1 亿元) or more, or one affecting 10 enterprises or more (qinqing's figures); every other major,
 * trend or widespread problem stays with the executive deputy mayor. A city with its own rule
 * writes its own choice (see {@link HolderChoiceSchema}). Frozen.
 *
 * @example
 * ```ts
 * jiaozuoMayorChoice.alternatives.map((a) => [a.id, a.target.holder]); // [['declaredUnsolvable', 'mayor'], ['largeAmount', 'mayor'], ['manyEnterprises', 'mayor']]
 * jiaozuoMayorChoice.otherwise.zh; // '其余重大问题或倾向性、普遍性问题，由常务副市长协调解决'
 * ```
 * @category Escalation
 */
export const jiaozuoMayorChoice: HolderChoice = /* @__PURE__ */ (() => deepFreeze(HolderChoiceSchema.parse({
  alternatives: [
    {
      id: 'declaredUnsolvable',
      when: { declaredUnsolvable: true },
      target: { holder: 'mayor' },
      reason: {
        zh: '重大问题经办理仍暂不能解决，由市长（市服务企业领导小组组长）协调解决',
        en: 'A major problem still declared unsolvable for now: the mayor, who heads the leading group',
      },
    },
    {
      id: 'largeAmount',
      when: { amountInvolved: { min: 100_000_000 } },
      target: { holder: 'mayor' },
      reason: { zh: '涉及金额 1 亿元以上的重大问题，由市长协调解决（金额门槛为 qinqing 默认值）', en: 'A major problem involving 100 million yuan or more: the mayor (qinqing’s threshold)' },
    },
    {
      id: 'manyEnterprises',
      when: { enterprisesAffected: { min: 10 } },
      target: { holder: 'mayor' },
      reason: { zh: '涉及 10 家以上企业的倾向性、普遍性问题，由市长协调解决（企业数门槛为 qinqing 默认值）', en: 'A trend or widespread problem of 10 enterprises or more: the mayor (qinqing’s threshold)' },
    },
  ],
  otherwise: { zh: '其余重大问题或倾向性、普遍性问题，由常务副市长协调解决', en: 'Other major, trend or widespread problems: the executive deputy mayor' },
})))();

/** Jiaozuo's three rules by nature (001), highest first. */
const jiaozuoRules = [
  {
    id: 'policy',
    when: { nature: ['policy'] },
    target: { holder: 'executiveMeeting' },
    rank: 40,
    description: { zh: '需要集中解决的政策性问题，提交市政府常务会议研究', en: 'Policy problems needing a collective decision go to the executive meeting' },
    source: JIAOZUO,
  },
  {
    id: 'majorOrWidespread',
    when: { nature: ['major', 'widespread'] },
    target: { holder: 'executiveDeputyMayor' },
    rank: 30,
    description: { zh: '重大问题或具有倾向性、普遍性问题，由常务副市长或市长协调解决', en: 'Major, trend or widespread problems: the executive deputy mayor or the mayor' },
    source: JIAOZUO,
    holderChoice: jiaozuoMayorChoice,
  },
  {
    id: 'ordinary',
    when: { nature: ['ordinary'] },
    target: { holder: 'deputyMayorInCharge', portfolio: '工业经济' },
    rank: 20,
    description: { zh: '一般性问题，由分管副市长协调解决', en: 'Ordinary problems: the deputy mayor in charge' },
    source: JIAOZUO,
  },
];

/**
 * Jiaozuo's ladder (001): a policy problem needing a collective decision → the city government's
 * executive meeting; a major, trend or widespread problem → the executive deputy mayor or the
 * mayor, chosen by {@link jiaozuoMayorChoice} (the mayor when the problem is declared unsolvable
 * for now, involves 100 million yuan or more, or affects 10 enterprises or more: qinqing's
 * conditions, the source names none), with the reason in the route; an ordinary problem → the
 * deputy mayor in charge of industry. Frozen.
 *
 * @example
 * ```ts
 * jiaozuoLadder.rules.map((r) => r.target.holder); // ['executiveMeeting', 'executiveDeputyMayor', 'deputyMayorInCharge']
 * jiaozuoLadder.rules[1]?.holderChoice?.alternatives.map((a) => a.target.holder); // ['mayor', 'mayor', 'mayor']
 * ```
 * @category Escalation
 */
export const jiaozuoLadder: EscalationLadder = /* @__PURE__ */ ladder({
  id: 'jiaozuo-001',
  name: { zh: '焦作市企业问题协调层级', en: "Jiaozuo's escalation by nature" },
  source: JIAOZUO,
  rules: jiaozuoRules,
});

/**
 * Xingtai's ladder (000): a problem involving several departments → the city bureau's quarterly
 * scheduling meeting; a hard matter the handler cannot solve → the county's monthly adviser
 * meeting; outside the bureau's functions → bureau leaders; other sections of the bureau → a
 * cross-section team (团队帮扶); within the adviser's own function → the adviser. Frozen.
 *
 * @example
 * ```ts
 * xingtaiLadder.rules.at(-1)?.target.holder; // 'adviser'
 * ```
 * @category Escalation
 */
export const xingtaiLadder: EscalationLadder = /* @__PURE__ */ ladder({
  id: 'xingtai-000',
  name: { zh: '邢台工商顾问协调层级', en: "Xingtai's adviser escalation" },
  source: XINGTAI,
  rules: [
    {
      id: 'crossDepartment',
      when: { scope: ['multiDepartment'] },
      target: { holder: 'quarterlyScheduling' },
      rank: 30,
      description: { zh: '涉及多个部门需要协调解决的矛盾和问题，由市局季度调度会统一研究解决', en: 'Cross-department problems: the quarterly scheduling meeting' },
      source: XINGTAI,
    },
    {
      id: 'hardMatter',
      when: { declaredUnsolvable: true },
      target: { holder: 'monthlyAdviserMeeting' },
      rank: 25,
      description: { zh: '企业提出的疑难事项，由县局每月工商顾问例会研究解决', en: 'Hard matters: the monthly adviser meeting' },
      source: XINGTAI,
    },
    {
      id: 'outsideBureau',
      when: { scope: ['outsideBureau'] },
      target: { holder: 'bureauLeader' },
      rank: 20,
      description: { zh: '超出本局职能的，由局领导出面协调', en: "Outside the bureau's functions: bureau leaders coordinate" },
      source: XINGTAI,
    },
    {
      id: 'otherSections',
      when: { scope: ['otherSections'] },
      target: { holder: 'team' },
      rank: 10,
      description: { zh: '涉及其他科室的，组成团队帮扶', en: 'Other sections: a cross-section team' },
      source: XINGTAI,
    },
    {
      id: 'ownFunction',
      when: { scope: ['ownFunction'] },
      target: { holder: 'adviser' },
      rank: 0,
      description: { zh: '本人职能范围内的，由工商顾问直接解决', en: 'Within the own function: the adviser solves it' },
      source: XINGTAI,
    },
  ],
});

/**
 * Haining's hard-case consultation (002): especially hard cases (疑难杂症) — a problem its handler
 * declared it cannot solve for now, or one reopened twice (002 names no number: the threshold of two
 * is qinqing's) — enter the half-monthly consultation
 * chaired by the mayor; everything else stays with the responsible department. Frozen.
 *
 * @example
 * ```ts
 * hainingLadder.rules[0]?.target.holder; // 'halfMonthlyConsultation'
 * ```
 * @category Escalation
 */
export const hainingLadder: EscalationLadder = /* @__PURE__ */ ladder({
  id: 'haining-002',
  name: { zh: '海宁疑难杂症半月会商', en: "Haining's half-monthly consultation of hard cases" },
  source: HAINING,
  rules: [
    {
      id: 'declaredUnsolvable',
      when: { declaredUnsolvable: true },
      target: { holder: 'halfMonthlyConsultation' },
      rank: 30,
      description: { zh: '特别突出的“疑难杂症”，启动“半月会商”机制，由市长牵头会诊交办', en: 'Especially hard cases: the half-monthly consultation chaired by the mayor' },
      source: HAINING,
    },
    {
      id: 'reopenedTwice',
      when: { reopenCount: { min: 2 } },
      target: { holder: 'halfMonthlyConsultation' },
      rank: 30,
      description: { zh: '再梳理、再跟踪、再反馈两次仍不满意的，提交半月会商', en: 'Reopened twice: the half-monthly consultation' },
      source: HAINING,
    },
    {
      id: 'department',
      when: {},
      target: { holder: 'departmentHead' },
      rank: 10,
      description: { zh: '其余问题由责任部门办理', en: 'Everything else: the responsible department' },
      source: HAINING,
    },
  ],
});

/** The time-based rules from a supervision policy's steps, highest first; `rankOf` ranks the i-th step of the policy. */
function timeRules(policy: SupervisionPolicy, rankOf: (i: number) => number): EscalationRule[] {
  const holder = { urge: 'leadingGroupOffice', supervision: 'efficiencyOffice', publicListing: 'efficiencyOffice', accountability: 'leadingGroup' } as const;
  const text = {
    urge: { zh: '办理不及时、不到位，由顾问团（领导小组办公室）催办', en: 'Late or incomplete: urged by the office' },
    supervision: { zh: '逾期未办，由效能办和领导小组办公室联合督办', en: 'Overdue: supervised jointly by the efficiency office and the office' },
    publicListing: { zh: '逾期仍未办结，网上挂牌督办', en: 'Still overdue: listed publicly online' },
    accountability: { zh: '办事拖拉造成严重后果，实行行政问责', en: 'Dilatory with serious consequences: administrative accountability' },
  } as const;
  return policy.steps
    .map((s, i) => ({
      id: s.step,
      when: { overdueWorkingDays: { min: s.overdueDays } },
      target: { holder: holder[s.step], step: s.step },
      rank: rankOf(i),
      description: text[s.step],
      source: TIME,
    }))
    .reverse();
}

/**
 * A time-based ladder from a supervision policy (000, 003): by working days overdue, urge →
 * supervision → public listing → accountability, with the policy's thresholds (by default 1, 3, 5
 * and 10 working days); an issue on time stays with its adviser.
 *
 * @param policy - The supervision policy whose steps give the thresholds; `defaultSupervisionPolicy` by default.
 * @returns The ladder, frozen; or, for a policy that {@link qinqing/issue!SupervisionPolicySchema} refuses
 *   (a threshold that is NaN, negative or fractional, …), its error with the path under `policy`.
 * @example
 * ```ts
 * unwrap(timeLadder()).rules.map((r) => r.id); // ['accountability', 'publicListing', 'supervision', 'urge', 'onTime']
 * timeLadder({ ...defaultSupervisionPolicy, steps: [{ step: 'urge', overdueDays: -1 }] }).ok; // false: INVALID_INPUT at ['policy', 'steps', 0, 'overdueDays']
 * ```
 * @category Escalation
 */
export function timeLadder(policy: SupervisionPolicy = defaultSupervisionPolicy): Result<EscalationLadder> {
  const problem = checkedOnce(SupervisionPolicySchema, policy);
  if (problem !== null) return err(argumentError(problem, ['policy'], { en: 'a valid supervision policy', zh: '有效的督办规则' }));
  const built = safeParseWith(EscalationLadderSchema, {
    id: 'time',
    name: { zh: '逾期督办层级', en: 'Escalation by working days overdue' },
    source: TIME,
    rules: [
      ...timeRules(policy, (i) => 10 * (i + 1)),
      { id: 'onTime', when: {}, target: { holder: 'adviser' }, rank: 0, description: { zh: '未逾期的，由顾问跟踪', en: 'On time: the adviser follows it' }, source: TIME },
    ],
  });
  return built.ok ? ok(deepFreeze(built.value)) : err(argumentError(built.error, ['policy'], { en: 'a supervision policy a time ladder can be built from', zh: '可据以生成逾期督办层级的督办规则' }));
}

/**
 * Jiaozuo's ladder (001) merged with the time-based one, highest rank first, so that lateness can
 * lift a problem above its nature's level and never lowers it: accountability (10 working days
 * overdue), the executive meeting (policy), public listing (5), the executive deputy mayor or the
 * mayor (major, widespread; {@link jiaozuoMayorChoice}), joint supervision (3), urging (1), the
 * deputy mayor in charge (ordinary). Frozen.
 *
 * @example
 * ```ts
 * jiaozuoTimeLadder.rules.map((r) => r.rank); // [50, 40, 35, 30, 25, 22, 20]
 * ```
 * @category Escalation
 */
export const jiaozuoTimeLadder: EscalationLadder = /* @__PURE__ */ (() => ladder({
  id: 'jiaozuo-001-time',
  name: { zh: '焦作协调层级（含逾期督办）', en: "Jiaozuo's escalation with lateness" },
  source: `${JIAOZUO}; ${TIME}`,
  rules: ((): EscalationRule[] => {
    const [accountability, publicListing, supervision, urge] = timeRules(defaultSupervisionPolicy, (i) => [22, 25, 35, 50][i] as number);
    const [policy, major, ordinary] = jiaozuoRules;
    return [accountability, policy, publicListing, major, supervision, urge, ordinary] as EscalationRule[];
  })(),
}))();
