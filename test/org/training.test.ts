import { describe, expect, it } from 'vitest';
import { label, safeParse, unwrap } from '../../src/index.js';
import { TrainingAudience, TrainingSessionSchema, trainingSummary, type TrainingSession } from '../../src/org/index.js';

const year2018 = { from: '2018-01-01', to: '2018-12-31' };
const audiences = ['entrepreneurs', 'enterpriseStaff', 'governmentStaff', 'mixed'] as const;

/** Haining's 2018 training (002): 38 sessions, 4,011 attendances — 37 of 105 and one of 126, over the year. */
const sessions: TrainingSession[] = Array.from({ length: 38 }, (_, i) => ({
  id: `t${String(i + 1).padStart(2, '0')}`,
  title: i === 0 ? '新制造转型之战' : i === 1 ? '宏观经济形势分析与中美贸易摩擦' : `企业家培训第 ${i + 1} 期`,
  on: `2018-${String(1 + (i % 12)).padStart(2, '0')}-${String(10 + Math.floor(i / 12)).padStart(2, '0')}`,
  audience: audiences[i % 4] as (typeof audiences)[number],
  ...(i % 5 === 0 ? {} : { organiserId: i % 2 === 0 ? '市经信局' : '市财政局' }),
  attendance: i === 1 ? 126 : 105,
}));

describe('002 Haining: training sessions and attendance', () => {
  it('labels audiences, and label() knows them', () => {
    expect(TrainingAudience.labels.governmentStaff.en).toBe('Government staff');
    expect(label('enterpriseStaff', 'zh-CN')).toBe('企业职工');
  });

  it('002: reproduces "2018年累计举办培训38场，培训4011人次"', () => {
    const s = unwrap(trainingSummary(sessions, year2018));
    expect([s.sessions, s.attendances]).toEqual([38, 4011]);
    expect(s.averageAttendance).toBe(105.6);
    expect(s.text).toEqual({
      zh: '2018-01-01 至 2018-12-31 累计举办培训 38 场，培训 4011 人次（平均每场 105.6 人次）。',
      en: 'From 2018-01-01 to 2018-12-31: 38 training sessions, 4,011 attendances (105.6 per session on average).',
    });
    expect(Object.values(s.byAudience).reduce((n, c) => n + c.sessions, 0)).toBe(38);
    expect(s.byAudience.entrepreneurs).toEqual({ sessions: 10, attendances: 1050 });
    expect(s.byMonth).toHaveLength(12);
    expect(s.byMonth[0]).toEqual({ month: '2018-01', sessions: 4, attendances: 420 });
    expect(s.byOrganiser.map((o) => o.organiserId)).toEqual(['市经信局', '市财政局', null]);
    expect(s.byOrganiser.reduce((n, o) => n + o.attendances, 0)).toBe(4011);
    expect(s.largest).toEqual({ id: 't02', attendance: 126 });
  });

  it('counts only the period, and the people named on sign-in sheets once each', () => {
    const named: TrainingSession[] = [
      { id: 'a', title: '专利申请流程', on: '2019-03-01', audience: 'enterpriseStaff', attendance: 3, attendeeIds: ['p1', 'p2'] },
      { id: 'b', title: '融资渠道', on: '2019-04-01', audience: 'enterpriseStaff', attendance: 2, attendeeIds: ['p2', 'p3'] },
    ];
    const s = unwrap(trainingSummary([...sessions, ...named], { from: '2019-01-01', to: '2019-12-31' }));
    expect([s.sessions, s.attendances, s.sessionsWithNames, s.namedPeople]).toEqual([2, 5, 2, 3]);
    const empty = unwrap(trainingSummary([], year2018));
    expect([empty.sessions, empty.averageAttendance, empty.largest, empty.text.zh]).toEqual([0, 0, null, '2018-01-01 至 2018-12-31 累计举办培训 0 场，培训 0 人次。']);
  });

  it('refuses a sheet longer than the attendance, repeated ids, a bad period', () => {
    const r = safeParse(TrainingSessionSchema, { id: 'a', title: '培训', on: '2019-03-01', audience: 'mixed', attendance: 1, attendeeIds: ['p1', 'p2'] });
    expect(r.ok ? null : [r.error.code, r.error.path, r.error.messageZh]).toEqual(['INVALID_ARGUMENT', ['attendeeIds'], '培训签到名单人数不得超过参训人次。']);
    const twice = trainingSummary([sessions[0] as TrainingSession, sessions[0] as TrainingSession], year2018);
    expect(twice.ok ? null : [twice.error.code, twice.error.path]).toEqual(['DUPLICATE_ID', ['sessions', 1, 'id']]);
    const back = trainingSummary(sessions, { from: '2018-12-31', to: '2018-01-01' });
    expect(back.ok ? null : [back.error.code, back.error.path]).toEqual(['INVALID_ARGUMENT', ['period']]);
    const neg = trainingSummary([{ ...(sessions[0] as TrainingSession), attendance: -1 }], year2018);
    expect(neg.ok ? null : [neg.error.code, neg.error.path]).toEqual(['INVALID_INPUT', ['sessions', 0, 'attendance']]);
  });
});
