import { deepFreeze } from '../internal/freeze.js';
import { FaultTolerancePolicySchema, type FaultTolerancePolicy } from './schema.js';

const EXAMPLE = 'qinqing 示例，非海宁原文：按“三个区分开来”的通行表述拟写';
const HAINING = '002 海宁（原文列举的一种情形）：干部因解决企业现实困难，敢于担当、主动作为而造成一定失误偏差';

/**
 * **qinqing's example** fault-tolerance list, not Haining's: Haining (002) says that 8 situations
 * exempt a cadre who acted for an enterprise and 6 make the cadre accountable, but publishes only
 * one of each (an error made "solving an enterprise's real difficulty, taking responsibility and
 * acting on one's own initiative", exempt; "not valuing, implementing or advancing the enterprise
 * investment commitment reform", accountable). The other 6 + 5 are written by qinqing after the
 * common wording of the "three distinctions" (三个区分开来: errors of inexperience in a reform or
 * pilot vs knowing violations; errors in exploration no rule yet limits vs defying an express
 * prohibition; unintentional errors made for development vs seeking personal gain), and the
 * accountable situation "dilatory with serious consequences" comes from Xingtai (000: 办事拖拉造成严重后果的实行行政问责).
 * Each situation's `source` says which. Build your own list with {@link FaultTolerancePolicySchema}
 * from your local measures; use this one for demonstrations and tests. Frozen.
 *
 * 18 facts; exemptions `solvingEnterpriseDifficulty` (002), `pilotWithoutExperience`,
 * `exploringWithoutRule`, `unintentionalForDevelopment`, `collectiveDecisionUnforeseeable`,
 * `carryingOutHigherDecision`, `enterpriseBrokeCommitment`, `remediedInTime`; accountabilities
 * `neglectedCommitmentReform` (002), `personalGain`, `knowingViolation`, `defiedProhibition`,
 * `colludedWithEnterprise`, `dilatoryWithSeriousConsequences` (000).
 *
 * @example
 * ```ts
 * [exampleFaultTolerancePolicy.exemptions.length, exampleFaultTolerancePolicy.accountabilities.length]; // [8, 6]
 * exampleFaultTolerancePolicy.name.en; // "qinqing's example fault-tolerance list (not Haining's text)"
 * ```
 * @category Accountability
 */
export const exampleFaultTolerancePolicy: FaultTolerancePolicy = /* @__PURE__ */ (() => deepFreeze(FaultTolerancePolicySchema.parse({
  id: 'qinqing-example-fault-tolerance',
  name: { zh: 'qinqing 容错免责示例清单（非海宁原文）', en: "qinqing's example fault-tolerance list (not Haining's text)" },
  source:
    '002 海宁：明确干部因解决企业现实困难，敢于担当、主动作为而造成一定失误偏差等8种情形可免责，干部对企业投资项目承诺制改革不重视不落实不推进等6种情形须追责（原文只给出数目和各一种情形）。' +
    '其余情形为 qinqing 示例，按“三个区分开来”拟写；“办事拖拉造成严重后果”取自 000 邢台。',
  facts: [
    { key: 'actedForEnterprise', label: { zh: '为解决企业现实困难而作为', en: "Acted to solve an enterprise's real difficulty" } },
    { key: 'tookInitiative', label: { zh: '敢于担当、主动作为', en: 'Took responsibility and acted on own initiative' } },
    { key: 'pilotReform', label: { zh: '在推进改革、先行先试中', en: 'In a reform or a pilot (先行先试)' } },
    { key: 'noClearRule', label: { zh: '上级尚无明确规定或限制', en: 'No rule or limit from above yet' } },
    { key: 'unintentional', label: { zh: '属无意过失', en: 'An unintentional error' } },
    { key: 'collectiveDecision', label: { zh: '经集体决策或履行了规定程序', en: 'Decided collectively or by the required procedure' } },
    { key: 'unforeseeable', label: { zh: '因难以预见的客观因素造成', en: 'Caused by factors that could not be foreseen' } },
    { key: 'carryingOutHigherDecision', label: { zh: '在执行上级决策部署中', en: 'While carrying out a decision from above' } },
    { key: 'enterpriseBrokeCommitment', label: { zh: '企业未履行承诺（承诺制改革）', en: 'The enterprise broke its commitment (commitment reform)' } },
    { key: 'dutiesPerformed', label: { zh: '已依规履行告知、监管职责', en: 'Duties of notice and oversight performed' } },
    { key: 'remedied', label: { zh: '主动纠错、挽回损失或消除影响', en: 'Corrected it, recovered the loss or removed the harm' } },
    { key: 'seriousConsequences', label: { zh: '造成严重后果', en: 'Caused serious consequences' } },
    { key: 'personalGain', label: { zh: '谋取私利', en: 'Sought personal gain' } },
    { key: 'knowinglyViolated', label: { zh: '明知故犯', en: 'Knowingly broke the rules' } },
    { key: 'expresslyProhibited', label: { zh: '上级明令禁止后依然我行我素', en: 'Went on after an express prohibition from above' } },
    { key: 'colludedWithEnterprise', label: { zh: '与企业串通或利益输送', en: 'Colluded with the enterprise or passed it benefits' } },
    { key: 'neglectedReform', label: { zh: '对企业投资项目承诺制改革不重视不落实不推进', en: 'Did not value, implement or advance the enterprise investment commitment reform' } },
    { key: 'dilatory', label: { zh: '办事拖拉、推诿扯皮', en: 'Dilatory, passing the buck' } },
  ],
  exemptions: [
    {
      id: 'solvingEnterpriseDifficulty',
      label: { zh: '因解决企业现实困难，敢于担当、主动作为而造成一定失误偏差', en: "An error made solving an enterprise's real difficulty, taking responsibility and acting on own initiative" },
      when: { all: ['actedForEnterprise', 'tookInitiative'], none: ['personalGain', 'knowinglyViolated', 'colludedWithEnterprise'] },
      source: HAINING,
    },
    {
      id: 'pilotWithoutExperience',
      label: { zh: '推进改革中因缺乏经验、先行先试出现失误', en: 'An error of inexperience in a reform or pilot' },
      when: { all: ['pilotReform'], none: ['knowinglyViolated', 'personalGain'] },
      source: EXAMPLE,
    },
    {
      id: 'exploringWithoutRule',
      label: { zh: '上级尚无明确限制的探索性试验中出现失误', en: 'An error in an exploration no rule from above yet limits' },
      when: { all: ['noClearRule', 'tookInitiative'], none: ['expresslyProhibited', 'personalGain'] },
      source: EXAMPLE,
    },
    {
      id: 'unintentionalForDevelopment',
      label: { zh: '为推动发展、服务企业出现的无意过失', en: 'An unintentional error made to promote development and serve an enterprise' },
      when: { all: ['unintentional', 'actedForEnterprise'], none: ['personalGain'] },
      source: EXAMPLE,
    },
    {
      id: 'collectiveDecisionUnforeseeable',
      label: { zh: '经集体决策、履行规定程序，因难以预见的因素造成损失', en: 'A loss from unforeseeable factors after a collective decision or the required procedure' },
      when: { all: ['collectiveDecision', 'unforeseeable'], none: ['personalGain', 'colludedWithEnterprise'] },
      source: EXAMPLE,
    },
    {
      id: 'carryingOutHigherDecision',
      label: { zh: '执行上级决策部署，因客观情况变化未达预期', en: 'Carrying out a decision from above, short of its aim as circumstances changed' },
      when: { all: ['carryingOutHigherDecision', 'unforeseeable'], none: ['personalGain', 'knowinglyViolated'] },
      source: EXAMPLE,
    },
    {
      id: 'enterpriseBrokeCommitment',
      label: { zh: '承诺制改革中企业未履行承诺，干部已依规履行告知和监管职责', en: 'In the commitment reform the enterprise broke its commitment, the cadre having given notice and overseen it' },
      when: { all: ['enterpriseBrokeCommitment', 'dutiesPerformed'], none: ['colludedWithEnterprise'] },
      source: EXAMPLE,
    },
    {
      id: 'remediedInTime',
      label: { zh: '无意过失且及时主动纠错、挽回损失或消除影响，未造成严重后果', en: 'An unintentional error corrected in time, its loss recovered or harm removed, without serious consequences' },
      when: { all: ['unintentional', 'remedied'], none: ['personalGain', 'seriousConsequences'] },
      source: EXAMPLE,
    },
  ],
  accountabilities: [
    {
      id: 'neglectedCommitmentReform',
      label: { zh: '对企业投资项目承诺制改革不重视不落实不推进', en: 'Did not value, implement or advance the enterprise investment commitment reform' },
      when: { all: ['neglectedReform'] },
      source: '002 海宁（原文列举的一种情形）：干部对企业投资项目承诺制改革不重视不落实不推进',
    },
    {
      id: 'personalGain',
      label: { zh: '借服务企业之名谋取私利', en: 'Sought personal gain in the name of serving enterprises' },
      when: { all: ['personalGain'] },
      source: EXAMPLE,
    },
    {
      id: 'knowingViolation',
      label: { zh: '明知故犯的违纪违法行为', en: 'A knowing breach of discipline or law' },
      when: { all: ['knowinglyViolated'] },
      source: EXAMPLE,
    },
    {
      id: 'defiedProhibition',
      label: { zh: '上级明令禁止后依然我行我素', en: 'Went on after an express prohibition from above' },
      when: { all: ['expresslyProhibited'] },
      source: EXAMPLE,
    },
    {
      id: 'colludedWithEnterprise',
      label: { zh: '与企业串通、搞利益输送', en: 'Colluded with the enterprise or passed it benefits' },
      when: { all: ['colludedWithEnterprise'] },
      source: EXAMPLE,
    },
    {
      id: 'dilatoryWithSeriousConsequences',
      label: { zh: '办事拖拉造成严重后果', en: 'Dilatory handling with serious consequences' },
      when: { all: ['dilatory', 'seriousConsequences'] },
      source: '000 邢台：办事拖拉造成严重后果的实行行政问责',
    },
  ],
})))();
