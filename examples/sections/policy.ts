import { chinaCalendar, label, unwrap } from 'qinqing';
import { classifyEnterpriseSize, usccCheckCharacter } from 'qinqing/enterprise';
import {
  PolicyMatchStatus,
  PolicyMode,
  eligibleEnterprises,
  examplePolicies,
  matchPolicies,
  policyDeadlines,
  redemptionDeadline,
  validatePolicies,
  type EnterpriseFacts,
} from 'qinqing/policy';
import { jiaozuoLadder, targetLabel } from 'qinqing/escalation';
import { ForesightPolicySchema, foresight, policyAwareness, type AwarenessVisit, type Finding, type ForesightIssue } from 'qinqing/report';
import { heading, line, subheading, table } from '../report.js';

const asOf = '2026-11-30';
const code = (first17: string): string => first17 + unwrap(usccCheckCharacter(first17));
const county = '修武县';

/**
 * Ten enterprises of 修武县 (division 410821) with the figures the NBS size rules read (employees,
 * operating revenue and total assets in 万元) and the tags and figures the example policies read.
 */
const firms = [
  { id: '修武机械', industry: 'C3411', employees: 420, operatingRevenue: 38_000, totalAssets: 52_000, keyLevel: 'city', above: true, tags: ['specialisedInnovative', 'highTech'], numbers: { taxableIncome: 9_800_000, rdExpenseShare: 4.2, electricityKwh: 16_500_000, graduatesHired: 6 } },
  { id: '修武汽配', industry: 'C3670', employees: 260, operatingRevenue: 15_600, totalAssets: 21_000, keyLevel: 'city', above: true, tags: ['littleGiant', 'exporter'], numbers: { taxableIncome: 4_100_000, rdExpenseShare: 3.6, electricityKwh: 12_000_000, graduatesHired: 3 } },
  { id: '修武新材', industry: 'C2661', employees: 95, operatingRevenue: 6_200, totalAssets: 4_800, keyLevel: 'city', above: true, tags: ['techSme', 'highTech'], numbers: { taxableIncome: 2_300_000, rdExpenseShare: 6.1, electricityKwh: 8_200_000, graduatesHired: 2 } },
  { id: '修武食品', industry: 'C1491', employees: 180, operatingRevenue: 9_400, totalAssets: 7_600, keyLevel: 'county', above: true, tags: [], numbers: { taxableIncome: 2_600_000, electricityKwh: 3_100_000, graduatesHired: 0 } },
  { id: '修武纺织', industry: 'C1711', employees: 310, operatingRevenue: 21_000, totalAssets: 18_000, keyLevel: 'county', above: true, tags: ['exporter', 'seriousDishonesty'], numbers: { taxableIncome: 3_900_000, electricityKwh: 14_000_000, graduatesHired: 4 } },
  { id: '修武电子', industry: 'C3971', employees: 48, operatingRevenue: 1_900, totalAssets: 1_500, keyLevel: 'county', above: false, tags: ['techSme', 'specialisedInnovative'], numbers: { taxableIncome: 800_000, rdExpenseShare: 8.5, graduatesHired: 1 } },
  { id: '修武物流', industry: 'G5430', employees: 140, operatingRevenue: 5_200, totalAssets: 3_900, keyLevel: 'county', above: true, tags: [], numbers: { taxableIncome: 1_400_000, graduatesHired: 2 } },
  { id: '修武包装', industry: 'C2231', employees: 35, operatingRevenue: 1_200, totalAssets: 900, keyLevel: 'none', above: false, tags: ['techSme'], numbers: { taxableIncome: 450_000, rdExpenseShare: 2.4 } },
  { id: '修武印刷', industry: 'C2319', employees: 12, operatingRevenue: 260, totalAssets: 300, keyLevel: 'none', above: false, tags: [], numbers: { taxableIncome: 120_000, graduatesHired: 1 } },
  { id: '修武酒店', industry: 'H6110', employees: 60, operatingRevenue: 900, keyLevel: 'none', above: false, tags: [] },
] as const;

/** 修武县's advisers and the enterprises each is paired with (包联). */
const adviserOf: Readonly<Record<string, string>> = {
  修武机械: '顾问张华', 修武汽配: '顾问张华', 修武食品: '顾问张华',
  修武新材: '顾问李强', 修武纺织: '顾问李强', 修武电子: '顾问李强', 修武物流: '顾问李强',
  修武包装: '顾问赵敏', 修武印刷: '顾问赵敏', 修武酒店: '顾问赵敏',
};

/** The size of each firm by the NBS 2017 rules (统计上大中小微型企业划分办法（2017）). */
function sizeOf(f: (typeof firms)[number]): ReturnType<typeof classifyEnterpriseSize> {
  return classifyEnterpriseSize({ industry: f.industry, employees: f.employees, operatingRevenue: f.operatingRevenue, totalAssets: 'totalAssets' in f ? f.totalAssets : null });
}

/** The firms as policy matching reads them: the size comes from the classification above. */
function enterpriseFacts(): EnterpriseFacts[] {
  return firms.map((f, i) => {
    const size = sizeOf(f);
    return {
      id: f.id,
      uscc: code(`91410821MA3Y${String(i + 1).padStart(5, '0')}`),
      marketEntityType: 'privateEnterprise',
      industry: f.industry,
      countyId: county,
      keyLevel: f.keyLevel,
      aboveDesignatedSize: f.above,
      ...(size.ok && size.value.scale !== null ? { scale: size.value.scale } : {}),
      establishedOn: '2015-06-01',
      tags: [...f.tags],
      ...('numbers' in f ? { numbers: { employees: f.employees, totalAssets: ('totalAssets' in f ? f.totalAssets : 0) * 10_000, ...f.numbers } } : {}),
    };
  });
}

const mark: Readonly<Record<string, string>> = { eligible: '✓', notEligible: '✗', unknown: '?' };

/** Policies to enterprises (惠企政策直达快享, issue 18) and problems before they are raised (未诉先办). */
export function policySection(): void {
  heading('12', '惠企政策直达与未诉先办', 'Policies to enterprises, and problems before they are raised');
  line(
    'Jiaozuo publishes every policy concerning enterprises (001); Haining carries policies on visits and counts',
    'how many enterprises know them (政策知晓率, 002); Lishui\'s firms never heard of the tax relief they were due (003).',
    'Below: the NBS size of ten firms of 修武县, five example policies (shaped after real ones, not the texts)',
    'matched to them with reasons, the deadlines of 直达快享, who has been told, and the month\'s hotspots.',
  );

  subheading('企业规模（统计上大中小微型企业划分办法（2017））', 'Enterprise size by the NBS 2017 rules');
  table(
    ['企业 Firm', '行业 Industry', '人数 Staff', '营收(万元) Revenue', '规模 Size', '依据 Decided by'],
    firms.map((f) => {
      const r = unwrap(sizeOf(f));
      return [f.id, f.industry, String(f.employees), String(f.operatingRevenue), r.scale === null ? '—' : label(r.scale, 'zh-CN'), r.decidedBy.map((d) => `${label(d.indicator, 'zh-CN')} ${d.value}`).join('、') || '—'];
    }),
  );
  const machine = unwrap(sizeOf(firms[0]));
  line('', `修武机械: ${machine.explanation.zh}`, `  ${machine.explanation.en}`);

  subheading('政策与兑现时限', 'The policies and their deadlines (直达快享)');
  const report = unwrap(validatePolicies(examplePolicies));
  line(`validatePolicies: ${report.set.policies.length} policies, valid: ${String(report.valid)}, ${report.warnings.length} warnings — ${examplePolicies.name?.zh ?? examplePolicies.id}`);
  const publishedOn = '2026-09-28';
  const acceptedOn = '2026-11-02';
  table(
    ['政策 Policy', '方式 Mode', `操作指南 Handbook (published ${publishedOn})`, `兑现 Redeemed by (applied ${acceptedOn})`],
    examplePolicies.policies.map((p) => {
      const handbook = unwrap(policyDeadlines(p, publishedOn, chinaCalendar)).handbookDue;
      const due = unwrap(redemptionDeadline(p, acceptedOn, chinaCalendar)).due;
      return [p.name.zh, PolicyMode.labels[p.mode].zh, handbook, due ?? '—（按政策本身 / no figure）'];
    }),
  );
  line('Sichuan\'s 直达快享 plan (川办函〔2024〕17号): handbook within 7 working days, 快申快享 redeemed within 60; National Day is off.');

  subheading('匹配结果', 'Matching: who qualifies for what');
  const facts = enterpriseFacts();
  const matches = facts.map((f) => unwrap(matchPolicies(f, examplePolicies, asOf)));
  table(
    ['企业 Firm', ...examplePolicies.policies.map((_, i) => `P${i + 1}`)],
    matches.map((m, i) => [facts[i]?.id ?? '', ...m.matches.map((x) => mark[x.status] ?? x.status)]),
  );
  line(
    examplePolicies.policies.map((p, i) => `P${i + 1} ${p.name.zh}`).join('; '),
    `✓ ${PolicyMatchStatus.labels.eligible.zh} eligible · ✗ ${PolicyMatchStatus.labels.notEligible.zh} not eligible · ? ${PolicyMatchStatus.labels.unknown.zh} facts missing`,
  );
  for (const id of ['修武电子', '修武纺织', '修武酒店']) {
    const m = matches[facts.findIndex((f) => f.id === id)];
    line('', `${id}:`);
    for (const x of m?.matches ?? []) {
      line(`  ${x.name.zh}: ${x.reason.zh}`, `    ${x.reason.en}`);
      if (x.status === 'eligible') line(`    满足 met: ${x.met.map((c) => c.text.zh).join('；')}`);
    }
  }
  const award = examplePolicies.policies[2];
  if (award !== undefined) {
    const city = unwrap(eligibleEnterprises(award, facts, asOf));
    line('', `eligibleEnterprises(${award.name.zh}): ${city.eligible.join('、')} (${city.eligible.length} of ${facts.length}; ${city.unknown.length} unknown).`);
  }

  subheading('政策知晓率（按顾问）', 'Policy awareness by adviser (政策知晓率, 002)');
  const eligible = matches.flatMap((m) => m.eligible.map((policyId) => ({ policyId, enterpriseId: m.enterpriseId })));
  const visits: AwarenessVisit[] = [
    { enterpriseId: '修武机械', date: '2026-10-12', policiesDelivered: [{ policyId: 'example-specialised-award', acknowledged: true }, { policyId: 'example-key-power-price', acknowledged: true }] },
    { enterpriseId: '修武汽配', date: '2026-10-15', policiesDelivered: [{ policyId: 'example-specialised-award', acknowledged: true }, { policyId: 'example-key-power-price', acknowledged: false }] },
    { enterpriseId: '修武新材', date: '2026-10-20', policiesDelivered: [{ policyId: 'example-small-micro-tax', acknowledged: true }, { policyId: 'example-rd-subsidy', acknowledged: true }] },
    { enterpriseId: '修武电子', date: '2026-11-03', policiesDelivered: [{ policyId: 'example-rd-subsidy', acknowledged: true }] },
    { enterpriseId: '修武印刷', date: '2026-11-10', policiesDelivered: [{ policyId: 'example-small-micro-tax', acknowledged: true }] },
    { enterpriseId: '修武食品', date: '2026-11-18' },
  ];
  const pairings = Object.entries(adviserOf).map(([enterpriseId, adviserId]) => ({ adviserId, enterpriseId, parkId: null, since: '2026-01-05', until: null }));
  const awareness = unwrap(
    policyAwareness({
      eligible,
      visits,
      pairings,
      enterprises: facts.map((f) => ({ id: f.id, countyId: county })),
      period: { from: '2026-10-01', to: asOf },
    }),
  );
  const pct = (r: number | null): string => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
  table(
    ['顾问 Adviser', '应知 Eligible pairs', '已送 Delivered', '已确认 Acknowledged', '知晓率 Rate'],
    [...awareness.byAdviser, { id: '全县 county', ...awareness.total }].map((l) => [l.id, String(l.eligible), String(l.delivered), String(l.acknowledged), pct(l.rate)]),
  );
  line(`Told = acknowledged by the enterprise (qinqing's reading of 002); deliveries from 2026-10-01 to ${asOf}.`);
  line('', `尚未告知的符合条件企业（下次走访计划） · Eligible firms nobody has told yet (${awareness.untoldCount}), for the next visit plan:`);
  table(
    ['顾问 Adviser', '企业 Firm', '政策 Policy', '已送未确认 Delivered, not acknowledged'],
    awareness.untold.map((u) => [u.adviserIds.join('、') || '—', u.enterpriseId, examplePolicies.policies.find((p) => p.id === u.policyId)?.name.zh ?? u.policyId, u.delivered ? '是 yes' : '否 no']),
  );

  subheading('本月热点与未诉先办', "The month's hotspots and problems to act on before they are raised (未诉先办)");
  const issues = demoIssues();
  const raisedOnVisit = issues.filter((i) => i.enterpriseId === '修武机械' && i.submittedAt.startsWith('2026-11')).map((i) => i.id);
  // A county this small is cut by GB/T 4754 section (门类) rather than the default division (大类).
  const policy = ForesightPolicySchema.parse({ industryLevel: 'section' });
  const found = unwrap(foresight(issues, [{ id: '走访-修武机械-1105', issueIds: raisedOnVisit }], facts, { period: { from: '2026-11-01', to: asOf }, policy }));
  const kind = (zh: string, en: string, rows: readonly Finding[]): void => {
    line('', `${zh} · ${en}: ${rows.length}`);
    for (const f of rows) {
      const owner = f.owner?.route.target ? targetLabel(f.owner.route.target, jiaozuoLadder, 'zh-CN') : '—';
      line(
        `  ${f.categoryId} × ${f.industry ?? '—'} × ${f.placeId ?? '—'}: ${f.evidence.issueCount} issues from ${f.evidence.enterpriseCount} firms, ${f.evidence.visitCount} visit(s); owner 牵头 ${owner}`,
        `    ${f.reason.zh}`,
        `    ${f.reason.en}`,
      );
    }
  };
  kind('高频问题', 'hotspots', found.hotspots);
  kind('上升问题', 'rising', found.rising);
  kind(`季节性问题（${found.seasonalMonths.join('、')}）`, 'seasonal, next month', found.seasonal);
  kind('共性未解决问题', 'shared unsolved problems', found.unsolvedClusters);
  line('', 'Thresholds are qinqing\'s own (the 2025 hotline guideline asks for 未诉先办 but names no figure); owners come from the Jiaozuo ladder (001).');
}

/**
 * 修武县's issues from November 2023 to November 2026: power cuts at the machinery firms every
 * winter, a rise in November 2026 still unsolved, loans to renew at two firms, and a road that
 * keeps breaking.
 */
function demoIssues(): ForesightIssue[] {
  const out: ForesightIssue[] = [];
  const add = (day: string, enterpriseId: string, categoryId: string, title: string, state = 'closed', answer: { outcome: string } | null = null): void => {
    out.push({ id: `I-${day}-${enterpriseId}`, enterpriseId, categoryId, title, submittedAt: `${day}T09:30:00+08:00`, state, answer });
  };
  const machinery = ['修武机械', '修武汽配', '修武电子'];
  for (const year of [2023, 2024, 2025]) {
    for (let d = 0; d < 5; d++) add(`${year}-12-${String(3 + d * 4).padStart(2, '0')}`, machinery[d % 3] ?? '', 'power', '冬季限电影响生产');
    add(`${year}-06-12`, '修武食品', 'permits', '食品生产许可延续');
  }
  for (let m = 5; m <= 10; m++) add(`2026-${String(m).padStart(2, '0')}-08`, '修武物流', 'roads', '园区道路破损');
  for (let d = 0; d < 7; d++) {
    add(`2026-11-${String(2 + d * 3).padStart(2, '0')}`, machinery[d % 3] ?? '', 'power', '变压器容量不足、频繁跳闸', d < 4 ? 'assigned' : 'answered', d < 4 ? null : { outcome: 'unsolvable' });
  }
  for (let d = 0; d < 5; d++) add(`2026-11-${String(6 + d * 4).padStart(2, '0')}`, d % 2 === 0 ? '修武食品' : '修武包装', 'financing', '流动资金贷款到期续贷难', 'answered', { outcome: 'solved' });
  return out;
}
