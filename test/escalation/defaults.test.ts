import { describe, expect, it } from 'vitest';
import { unwrap, parse } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { SupervisionPolicySchema, supervisionStatus, type Issue } from '../../src/issue/index.js';
import {
  issueFacts,
  explainRoute,
  hainingLadder,
  jiaozuoLadder,
  jiaozuoTimeLadder,
  route,
  timeLadder,
  xingtaiLadder,
  type EscalationLadder,
  type ExtraFacts,
  type Route,
} from '../../src/escalation/index.js';
import { actors, at, run, submitted } from '../issue/fixtures.js';
import { answeredUnsolvable, assignedAs, reassigned, reopenedOnce } from './fixtures.js';

const cal = chinaCalendar;
/** The first working day after the issues below are assigned. */
const ON_TIME = '2026-09-29';

function routed(issue: Issue, ladder: EscalationLadder, asOf = ON_TIME, extra?: ExtraFacts): Route {
  return unwrap(route(issue, ladder, asOf, cal, extra));
}

describe('001 Jiaozuo: escalation by the nature of the problem (jiaozuoLadder)', () => {
  it('001: an ordinary problem (一般性问题) goes to the deputy mayor in charge (分管副市长)', () => {
    const r = routed(assignedAs({ nature: 'ordinary' }), jiaozuoLadder);
    expect(r).toMatchObject({ ruleId: 'ordinary', target: { holder: 'deputyMayorInCharge', portfolio: '工业经济' }, rank: 20 });
  });

  it('001: a major problem (重大问题) goes to the executive deputy mayor (常务副市长或市长)', () => {
    const r = routed(assignedAs({ nature: 'major' }), jiaozuoLadder);
    expect(r).toMatchObject({ ruleId: 'majorOrWidespread', target: { holder: 'executiveDeputyMayor' }, rank: 30 });
  });

  it('001: a trend or widespread problem (倾向性、普遍性问题) goes to the executive deputy mayor, like a major one', () => {
    const widespread = routed(assignedAs({ nature: 'widespread' }), jiaozuoLadder);
    const major = routed(assignedAs({ nature: 'major' }), jiaozuoLadder);
    expect(widespread.target).toEqual({ holder: 'executiveDeputyMayor' });
    expect(widespread.rank).toBe(major.rank);
  });

  it('001: a policy problem needing a collective decision (政策性问题) goes to the city government executive meeting (市政府常务会议)', () => {
    const r = routed(assignedAs({ nature: 'policy' }), jiaozuoLadder);
    expect(r).toMatchObject({ ruleId: 'policy', target: { holder: 'executiveMeeting' }, rank: 40, held: ['nature'], skipped: [] });
  });

  it('001: the higher the nature, the higher the level (ordinary < major = widespread < policy)', () => {
    const rank = (nature: 'ordinary' | 'major' | 'widespread' | 'policy'): number | null => routed(assignedAs({ nature }), jiaozuoLadder).rank;
    expect(rank('ordinary')).toBeLessThan(rank('major') as number);
    expect(rank('major')).toBe(rank('widespread'));
    expect(rank('widespread')).toBeLessThan(rank('policy') as number);
  });

  it('001: the rules cite their source, and the scope, procedure and lateness do not change the level', () => {
    expect(jiaozuoLadder.rules.every((r) => r.source?.startsWith('001'))).toBe(true);
    const late = assignedAs({ nature: 'ordinary', scope: 'multiDepartment', procedure: 'general' }, { workingDays: 2 });
    expect(routed(late, jiaozuoLadder, '2026-10-20').target).toEqual({ holder: 'deputyMayorInCharge', portfolio: '工业经济' });
  });

  it('001: an issue not yet classified (梳理、归纳、分类 not done) reaches no rule', () => {
    const r = routed(submitted(), jiaozuoLadder);
    expect(r).toMatchObject({ ruleId: null, target: null, rank: null, held: [] });
    expect(r.skipped.map((s) => s.failedOn)).toEqual(['nature', 'nature', 'nature']);
  });
});

describe('000 Xingtai: who solves it (xingtaiLadder)', () => {
  it('000: within the adviser’s own function (职能范围内) the adviser solves it directly', () => {
    expect(routed(assignedAs({ scope: 'ownFunction' }), xingtaiLadder)).toMatchObject({ ruleId: 'ownFunction', target: { holder: 'adviser' }, rank: 0 });
  });

  it('000: involving other sections (涉及其他科室职能) a team is formed (组成团队进行帮扶)', () => {
    expect(routed(assignedAs({ scope: 'otherSections' }), xingtaiLadder)).toMatchObject({ ruleId: 'otherSections', target: { holder: 'team' }, rank: 10 });
  });

  it('000: outside the bureau’s functions (工商职能外) bureau leaders coordinate (由局领导协调解决)', () => {
    expect(routed(assignedAs({ scope: 'outsideBureau' }), xingtaiLadder)).toMatchObject({ ruleId: 'outsideBureau', target: { holder: 'bureauLeader' }, rank: 20 });
  });

  it('000: involving several departments (涉及多个部门) goes to the city bureau’s quarterly scheduling meeting (季度调度会)', () => {
    expect(routed(assignedAs({ scope: 'multiDepartment' }), xingtaiLadder)).toMatchObject({
      ruleId: 'crossDepartment',
      target: { holder: 'quarterlyScheduling' },
      rank: 30,
    });
  });

  it('000: a hard matter the handler cannot solve (疑难事项) goes to the county’s monthly adviser meeting (工商顾问例会)', () => {
    const hard = answeredUnsolvable(assignedAs({ scope: 'ownFunction' }));
    expect(hard.answer?.outcome).toBe('unsolvable');
    expect(routed(hard, xingtaiLadder)).toMatchObject({ ruleId: 'hardMatter', target: { holder: 'monthlyAdviserMeeting' }, rank: 25 });
  });

  it('000: a hard matter involving several departments still goes to the quarterly scheduling meeting, which is higher', () => {
    const hard = answeredUnsolvable(assignedAs({ scope: 'multiDepartment' }));
    expect(routed(hard, xingtaiLadder)).toMatchObject({ ruleId: 'crossDepartment', rank: 30 });
  });

  it('000: the ladder rises own function → team → bureau leaders → monthly meeting → quarterly meeting', () => {
    expect(xingtaiLadder.rules.map((r) => [r.target.holder, r.rank])).toEqual([
      ['quarterlyScheduling', 30],
      ['monthlyAdviserMeeting', 25],
      ['bureauLeader', 20],
      ['team', 10],
      ['adviser', 0],
    ]);
  });
});

describe('002 Haining: hard cases go to the half-monthly consultation (hainingLadder)', () => {
  it('002: a problem declared unsolvable for now (疑难杂症) enters the half-monthly consultation chaired by the mayor (半月会商)', () => {
    const r = routed(answeredUnsolvable(assignedAs()), hainingLadder);
    expect(r).toMatchObject({ ruleId: 'declaredUnsolvable', target: { holder: 'halfMonthlyConsultation' }, rank: 30 });
  });

  it('002: a problem reopened twice (再梳理、再跟踪、再反馈 twice) enters the half-monthly consultation', () => {
    const twice = reopenedOnce(reassigned(reopenedOnce(assignedAs())), '2026-10-08');
    expect(twice).toMatchObject({ state: 'reopened', reopenCount: 2 });
    expect(routed(twice, hainingLadder, '2026-10-09')).toMatchObject({ ruleId: 'reopenedTwice', target: { holder: 'halfMonthlyConsultation' } });
  });

  it('002: a problem reopened once, or closed after a complaint once, stays with the responsible department', () => {
    const once = reopenedOnce(assignedAs());
    expect(once.reopenCount).toBe(1);
    expect(routed(once, hainingLadder)).toMatchObject({ ruleId: 'department', target: { holder: 'departmentHead' }, rank: 10 });
    expect(routed(assignedAs(), hainingLadder).target).toEqual({ holder: 'departmentHead' });
  });
});

describe('000, 003: escalation by working days overdue (timeLadder)', () => {
  /** Assigned Monday 28 September 2026 with 2 working days: deadline Wednesday 30 September, before National Day. */
  const issue = assignedAs({}, { issueId: 'nd', date: '2026-09-28', workingDays: 2 });

  it('000/003: urge at 1, joint supervision at 3, public listing at 5, accountability at 10 working days overdue, counted over National Day 2026', () => {
    expect(issue.deadline).toBe('2026-09-30');
    const rows = [
      '2026-09-30', // the deadline itself
      '2026-10-01', // National Day: days off
      '2026-10-07',
      '2026-10-08', // first working day after the holiday
      '2026-10-09',
      '2026-10-10', // Saturday, an adjusted working day (调休上班)
      '2026-10-11', // Sunday
      '2026-10-12',
      '2026-10-13',
      '2026-10-19',
      '2026-10-20',
    ].map((asOf) => {
      const r = routed(issue, unwrap(timeLadder()), asOf);
      return [asOf, unwrap(issueFacts(issue, asOf, cal)).overdueWorkingDays, r.ruleId, r.target?.holder, r.target?.step ?? null];
    });
    expect(rows).toEqual([
      ['2026-09-30', 0, 'onTime', 'adviser', null],
      ['2026-10-01', 0, 'onTime', 'adviser', null],
      ['2026-10-07', 0, 'onTime', 'adviser', null],
      ['2026-10-08', 1, 'urge', 'leadingGroupOffice', 'urge'],
      ['2026-10-09', 2, 'urge', 'leadingGroupOffice', 'urge'],
      ['2026-10-10', 3, 'supervision', 'efficiencyOffice', 'supervision'],
      ['2026-10-11', 3, 'supervision', 'efficiencyOffice', 'supervision'],
      ['2026-10-12', 4, 'supervision', 'efficiencyOffice', 'supervision'],
      ['2026-10-13', 5, 'publicListing', 'efficiencyOffice', 'publicListing'],
      ['2026-10-19', 9, 'publicListing', 'efficiencyOffice', 'publicListing'],
      ['2026-10-20', 10, 'accountability', 'leadingGroup', 'accountability'],
    ]);
  });

  it('agrees with the supervision slip on the step due, day by day through October 2026', () => {
    for (let d = 1; d <= 31; d++) {
      const asOf = `2026-10-${String(d).padStart(2, '0')}`;
      const status = unwrap(supervisionStatus(issue, asOf, cal));
      expect(routed(issue, unwrap(timeLadder()), asOf).target?.step ?? 'unsupervised', asOf).toBe(status?.dueStep);
    }
  });

  it('a custom supervision policy moves the thresholds: urge at 2, accountability at 4 working days overdue', () => {
    const ladder = unwrap(timeLadder(parse(SupervisionPolicySchema, { steps: [{ step: 'urge', overdueDays: 2 }, { step: 'accountability', overdueDays: 4 }] })));
    expect(ladder.rules.map((r) => [r.id, r.when.overdueWorkingDays?.min, r.rank])).toEqual([
      ['accountability', 4, 20],
      ['urge', 2, 10],
      ['onTime', undefined, 0],
    ]);
    const steps = ['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12'].map((asOf) => routed(issue, ladder, asOf).ruleId);
    expect(steps).toEqual(['onTime', 'urge', 'urge', 'accountability']);
  });

  it('a policy without steps leaves every issue with its adviser', () => {
    const ladder = unwrap(timeLadder(parse(SupervisionPolicySchema, { steps: [] })));
    expect(routed(issue, ladder, '2026-10-30')).toMatchObject({ ruleId: 'onTime', target: { holder: 'adviser' }, rank: 0 });
  });

  it('an issue not assigned is never overdue', () => {
    expect(routed(submitted(), unwrap(timeLadder()), '2026-12-31').ruleId).toBe('onTime');
    expect(routed(answeredUnsolvable(issue, '2026-10-20'), unwrap(timeLadder()), '2026-12-31').ruleId).toBe('onTime');
  });
});

describe('001 + 000/003: Jiaozuo with lateness (jiaozuoTimeLadder)', () => {
  const late = (nature: 'ordinary' | 'major' | 'policy', asOf: string): Route =>
    routed(assignedAs({ nature }, { date: '2026-09-28', workingDays: 2 }), jiaozuoTimeLadder, asOf);

  it('001: on time, the nature decides', () => {
    expect(late('ordinary', '2026-09-30').target?.holder).toBe('deputyMayorInCharge');
    expect(late('major', '2026-09-30').target?.holder).toBe('executiveDeputyMayor');
    expect(late('policy', '2026-09-30').target?.holder).toBe('executiveMeeting');
  });

  it('000/003: lateness lifts an ordinary problem above the deputy mayor in charge, and never lowers a major or policy one', () => {
    expect([late('ordinary', '2026-10-08'), late('ordinary', '2026-10-10'), late('ordinary', '2026-10-13')].map((r) => [r.ruleId, r.rank])).toEqual([
      ['urge', 22],
      ['supervision', 25],
      ['publicListing', 35],
    ]);
    expect(late('major', '2026-10-10')).toMatchObject({ ruleId: 'majorOrWidespread', rank: 30 });
    expect(late('major', '2026-10-13')).toMatchObject({ ruleId: 'publicListing', rank: 35 });
    expect(late('policy', '2026-10-13')).toMatchObject({ ruleId: 'policy', rank: 40 });
  });

  it('000: 10 working days overdue means administrative accountability (行政问责), whatever the nature', () => {
    for (const nature of ['ordinary', 'major', 'policy'] as const) {
      expect(late(nature, '2026-10-20')).toMatchObject({ ruleId: 'accountability', target: { holder: 'leadingGroup', step: 'accountability' }, rank: 50 });
    }
  });
});

describe('explainRoute: which rule decided, and why the earlier ones did not', () => {
  it('001: names each skipped rule with the condition it failed on, then the deciding rule, in English and Chinese', () => {
    const r = routed(assignedAs({ nature: 'major' }), jiaozuoLadder);
    expect(r.skipped).toEqual([{ ruleId: 'policy', failedOn: 'nature' }]);
    expect(explainRoute(r, jiaozuoLadder, 'en')).toEqual([
      'Rule "policy" does not apply: nature.',
      'Rule "majorOrWidespread" decides (nature): → Executive deputy mayor, rank 30. Major, trend or widespread problems: the executive deputy mayor or the mayor.' +
        ' Holder: no alternative applies ("declaredUnsolvable": declared unsolvable; "largeAmount": money involved; "manyEnterprises": enterprises affected).' +
        ' Other major, trend or widespread problems: the executive deputy mayor.',
    ]);
    expect(explainRoute(r, jiaozuoLadder, 'zh-CN')).toEqual([
      '规则“policy”不适用：问题性质不符。',
      '规则“majorOrWidespread”适用（问题性质）：→ 常务副市长，层级 30。重大问题或具有倾向性、普遍性问题，由常务副市长或市长协调解决。' +
        '协调主体：备选均不适用（“declaredUnsolvable”暂不能解决不符，“largeAmount”涉及金额不符，“manyEnterprises”涉及企业数不符）。其余重大问题或倾向性、普遍性问题，由常务副市长协调解决。',
    ]);
  });

  it('000/003: on the time ladder the skipped rules fail on working days overdue, and the target names its step', () => {
    const r = routed(assignedAs({}, { workingDays: 2 }), unwrap(timeLadder()), '2026-10-10');
    expect(r.skipped).toEqual([
      { ruleId: 'accountability', failedOn: 'overdueWorkingDays' },
      { ruleId: 'publicListing', failedOn: 'overdueWorkingDays' },
    ]);
    const en = explainRoute(r, unwrap(timeLadder()), 'en');
    const zh = explainRoute(r, unwrap(timeLadder()), 'zh-CN');
    expect(en[0]).toBe('Rule "accountability" does not apply: working days overdue.');
    expect(zh[1]).toBe('规则“publicListing”不适用：逾期工作日不符。');
    expect(en[2]).toMatch(/^Rule "supervision" decides \(working days overdue\): → Efficiency office — .+, rank 20\./);
    expect(zh[2]).toMatch(/^规则“supervision”适用（逾期工作日）：→ 效能办·.+，层级 20。/);
  });

  it('001: a portfolio shows in the target', () => {
    const r = routed(assignedAs({ nature: 'ordinary' }), jiaozuoLadder);
    expect(explainRoute(r, jiaozuoLadder, 'zh-CN').at(-1)).toContain('分管副市长（工业经济）');
    expect(explainRoute(r, jiaozuoLadder, 'en').at(-1)).toContain('Deputy mayor in charge (工业经济)');
  });

  it('000: an unclassified issue on the Xingtai ladder is a gap, said in both languages', () => {
    const r = routed(submitted(), xingtaiLadder);
    expect(explainRoute(r, xingtaiLadder, 'en').at(-1)).toBe('No rule applies: the ladder has a gap for these facts.');
    expect(explainRoute(r, xingtaiLadder, 'zh-CN').at(-1)).toBe('没有适用的规则：该层级对这些情形存在空缺。');
    expect(explainRoute(r, xingtaiLadder, 'en')).toHaveLength(xingtaiLadder.rules.length + 1);
  });

  it('002: a rule without conditions decides with "no conditions"', () => {
    const r = routed(assignedAs(), hainingLadder);
    expect(explainRoute(r, hainingLadder, 'en').at(-1)).toMatch(/^Rule "department" decides \(no conditions\)/);
    expect(explainRoute(r, hainingLadder, 'zh-CN').at(-1)).toMatch(/^规则“department”适用（无条件）/);
  });

  it('explains a route of an issue supervised by hand like any other', () => {
    const supervised = run(assignedAs(), [{ type: 'supervise', step: 'urge', actor: actors.efficiency, at: at('2026-09-29') }]);
    expect(unwrap(issueFacts(supervised, ON_TIME, cal)).supervisionStep).toBe('urge');
    expect(routed(supervised, hainingLadder).ruleId).toBe('department');
  });
});
