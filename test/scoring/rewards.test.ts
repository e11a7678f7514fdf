import { describe, expect, it } from 'vitest';
import { label, parse, safeParse, unwrap } from '../../src/index.js';
import {
  appraisalGrades,
  decideFaultTolerance,
  exampleFaultTolerancePolicy,
  PersonnelDecisionKind,
  PersonnelDecisionSchema,
  personnelDecisionSummary,
  PersonnelProposalPolicySchema,
  proposePersonnelDecisions,
  rankUnits,
  type PersonnelDecision,
} from '../../src/scoring/index.js';

const year2018 = { from: '2018-01-01', to: '2018-12-31' };
/** 182 seconded cadres appraised for 2018 (002: 180余名干部驻企; 优秀等次单列，比例上浮5%), scores falling from 99. */
const cadres = Array.from({ length: 182 }, (_, i) => ({ id: `c${String(i).padStart(3, '0')}`, score: 99 - i * 0.25, seconded: true }));
const appraisal = unwrap(appraisalGrades(cadres));

describe('002 Haining / 000 Xingtai: rewards and promotions fed by appraisal', () => {
  it('labels the kinds of decision, and label() knows them', () => {
    expect(PersonnelDecisionKind.values).toEqual(['reward', 'promotion', 'administrativeAccountability']);
    expect(label('administrativeAccountability', 'zh-CN')).toBe('行政问责');
  });

  it('002: proposes 15 cadres for promotion from the excellent ones, best first, the rest beyond the cap', () => {
    expect(appraisal.pools.seconded).toMatchObject({ people: 182, quota: 36, excellent: 36 });
    const p = unwrap(proposePersonnelDecisions(appraisal, parse(PersonnelProposalPolicySchema, { maxPromotions: 15 })));
    const promoted = p.proposals.filter((x) => x.kind === 'promotion');
    expect(promoted.map((x) => x.personId)).toEqual(cadres.slice(0, 15).map((c) => c.id));
    expect(p.beyondPromotionCap).toHaveLength(21);
    expect(promoted[0]?.reason.zh).toBe('年度考核优秀（挂职干部单列组第 1 名）：建议优先提拔使用（第 1 名，名额 15 名）。');
    expect(promoted[14]?.reason.en).toBe('Excellent (place 15 in the seconded pool): proposed for priority promotion (15 of at most 15).');
    // 000 Xingtai: every excellent one is also proposed for a reward.
    expect(p.proposals.filter((x) => x.kind === 'reward')).toHaveLength(36);
  });

  it('000: a ranking (e.g. the enterprises’ evaluation) orders promotion candidates before their place', () => {
    const ranking = unwrap(rankUnits(cadres.slice(0, 36).map((c, i) => ({ id: c.id, score: i === 35 ? 100 : 50 }))));
    const p = unwrap(proposePersonnelDecisions(appraisal, parse(PersonnelProposalPolicySchema, { maxPromotions: 2 }), { ranking }));
    const promoted = p.proposals.filter((x) => x.kind === 'promotion');
    expect(promoted.map((x) => [x.personId, x.rank])).toEqual([['c035', 1], ['c000', 2]]);
    expect(promoted[0]?.reason.zh).toBe('年度考核优秀（挂职干部单列组第 36 名，排名第 1）：建议优先提拔使用（第 1 名，名额 2 名）。');
  });

  it('000: proposes the incompetent for an accountability review, which the fault-tolerance list then decides', () => {
    const low = unwrap(appraisalGrades([{ id: 'slow', score: 40 }, { id: 'ok', score: 80 }]));
    const p = unwrap(proposePersonnelDecisions(low));
    // Two people: a 15% quota rounds down to no one excellent.
    expect(p.proposals.map((x) => [x.personId, x.kind])).toEqual([['slow', 'administrativeAccountability']]);
    expect(p.proposals[0]?.reason.zh).toBe('年度考核不称职（常规名额组第 2 名）：建议启动问责审查；是否追责按容错免责清单认定。');
    const d = unwrap(decideFaultTolerance({ dilatory: true, seriousConsequences: true, actedForEnterprise: false, pilotReform: false, noClearRule: false, unintentional: false, collectiveDecision: false, carryingOutHigherDecision: false, enterpriseBrokeCommitment: false }, exampleFaultTolerancePolicy));
    expect(d.outcome).toBe('accountable');
  });

  it('002: records the decisions and reproduces "2018年已提拔使用15人"', () => {
    const p = unwrap(proposePersonnelDecisions(appraisal, parse(PersonnelProposalPolicySchema, { maxPromotions: 15 })));
    const decisions: PersonnelDecision[] = p.proposals
      .filter((x) => x.kind === 'promotion')
      .map((x, i) => ({ id: `d${i}`, personId: x.personId, kind: 'promotion', decidedOn: '2018-12-20', decidedBy: '海宁市委', reason: x.reason, appraisal: { period: '2018', grade: x.grade, place: x.place } }));
    const accountable: PersonnelDecision = { id: 'acc', personId: 'slow', kind: 'administrativeAccountability', decidedOn: '2018-11-02', decidedBy: '市纪委', reason: { zh: '办事拖拉造成严重后果', en: 'Dilatory with serious consequences' }, faultToleranceCaseId: 'case-7' };
    const s = unwrap(personnelDecisionSummary([...decisions, accountable, { ...accountable, id: 'old', decidedOn: '2017-05-01' }], year2018));
    expect(s.byKind.promotion).toEqual({ decisions: 15, people: 15 });
    expect(s.decisions).toBe(16);
    expect(s.text).toEqual({ zh: '2018-01-01 至 2018-12-31：奖励 0 人、提拔使用 15 人、行政问责 1 人。', en: '2018-01-01 to 2018-12-31: 0 rewarded, 15 promoted, 1 held to administrative account.' });
    expect(safeParse(PersonnelDecisionSchema, { ...accountable, kind: 'demotion' }).ok).toBe(false);
  });

  it('takes a policy read from JSON that leaves out the defaults', () => {
    const p = unwrap(proposePersonnelDecisions(appraisal, { maxPromotions: 3 } as never));
    expect(p.proposals.filter((x) => x.kind === 'promotion')).toHaveLength(3);
  });

  it('refuses a broken appraisal, ranking or policy, and repeated ids, at their paths', () => {
    const r = proposePersonnelDecisions({ ...appraisal, grades: [{ ...appraisal.grades[0], grade: 'superb' }] } as never);
    expect(r.ok ? null : [r.error.code, r.error.path]).toEqual(['INVALID_INPUT', ['appraisal', 'grades', 0, 'grade']]);
    const twice = proposePersonnelDecisions({ ...appraisal, grades: [appraisal.grades[0], appraisal.grades[0]] } as never);
    expect(twice.ok ? null : [twice.error.code, twice.error.path]).toEqual(['DUPLICATE_ID', ['appraisal', 'grades', 1, 'id']]);
    const rk = proposePersonnelDecisions(appraisal, undefined, { ranking: [{ id: 'c000', score: 1, rank: 0 }] });
    expect(rk.ok ? null : [rk.error.code, rk.error.path]).toEqual(['INVALID_INPUT', ['options', 'ranking', 0, 'rank']]);
    const pol = proposePersonnelDecisions(appraisal, { ...parse(PersonnelProposalPolicySchema, {}), maxPromotions: -1 });
    expect(pol.ok ? null : [pol.error.code, pol.error.path]).toEqual(['INVALID_INPUT', ['policy', 'maxPromotions']]);
    const d = { id: 'd', personId: 'p', kind: 'reward', decidedOn: '2018-01-01', decidedBy: 'x', reason: { zh: '好', en: 'Good' } } as const;
    const dup = personnelDecisionSummary([d, d], year2018);
    expect(dup.ok ? null : [dup.error.code, dup.error.path]).toEqual(['DUPLICATE_ID', ['decisions', 1, 'id']]);
  });
});
