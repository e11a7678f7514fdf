import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  label,
  QinqingError,
  unwrap,
  parse,
  safeParse,
} from '../../src/index.js';
import { chinaCalendar, isWorkingDay } from '../../src/calendar/index.js';
import { EscalationHolder } from '../../src/escalation/index.js';
import {
  defaultMeetingSeries,
  hainingHalfMonthlyConsultation,
  jiaozuoHalfYearlySymposium,
  jiaozuoJointMeeting,
  MeetingCadenceUnit,
  MeetingKind,
  MeetingRoll,
  MeetingSeriesSchema,
  occurrences,
  xingtaiMonthlyAdviserMeeting,
  xingtaiQuarterlyScheduling,
  type MeetingSeries,
  type Occurrence,
} from '../../src/meeting/index.js';

const cal = chinaCalendar;
const year2026 = { from: '2026-01-01', to: '2026-12-31' } as const;

/** A series like `base` with another cadence. */
function withCadence(base: MeetingSeries, cadence: Record<string, unknown>, id = 'custom'): MeetingSeries {
  return parse(MeetingSeriesSchema, { ...base, id, cadence });
}

const of = (series: MeetingSeries, period: { from: string; to: string } = year2026): readonly Occurrence[] => unwrap(occurrences(series, period, cal));
const days = (list: readonly Occurrence[]) => list.map((o) => o.on);

describe('meeting series as policy data (§8)', () => {
  it('names the five meeting kinds with the same labels as the escalation holders they are', () => {
    expect(MeetingKind.schema.options).toEqual(['monthlyAdviserMeeting', 'quarterlyScheduling', 'halfMonthlyConsultation', 'halfYearlySymposium', 'jointMeeting']);
    for (const kind of MeetingKind.schema.options) {
      expect(EscalationHolder.schema.options).toContain(kind);
      expect(MeetingKind.labels[kind]).toEqual(EscalationHolder.labels[kind]);
      expect(label(kind, 'zh-CN')).toBe(EscalationHolder.labels[kind].zh);
    }
    expect(MeetingKind.labels.quarterlyScheduling.zh).toBe('季度调度会');
    expect(MeetingCadenceUnit.schema.options).toEqual(Object.keys(MeetingCadenceUnit.labels));
    expect(MeetingRoll.schema.options).toEqual(Object.keys(MeetingRoll.labels));
    expect(label('previousWorkingDay', 'zh-CN')).toBe('提前至上一个工作日');
  });

  it('000/001/002: the five series of the sources, each naming its source, frozen and surviving JSON', () => {
    expect(defaultMeetingSeries.map((s) => s.id)).toEqual([
      'xingtai-monthly-adviser-meeting',
      'xingtai-quarterly-scheduling',
      'jiaozuo-joint-meeting',
      'haining-half-monthly-consultation',
      'jiaozuo-half-yearly-symposium',
    ]);
    expect(xingtaiMonthlyAdviserMeeting.source).toMatch(/^000/);
    expect(xingtaiQuarterlyScheduling.source).toMatch(/^000/);
    expect(jiaozuoJointMeeting.source).toMatch(/^001/);
    expect(jiaozuoHalfYearlySymposium.source).toMatch(/^001/);
    expect(hainingHalfMonthlyConsultation.source).toMatch(/^002/);
    expect(Object.isFrozen(defaultMeetingSeries)).toBe(true);
    for (const s of defaultMeetingSeries) {
      expect(Object.isFrozen(s.cadence), s.id).toBe(true);
      expect(s.holder, s.id).toBe(s.kind);
      expect(safeParse(MeetingSeriesSchema, JSON.parse(JSON.stringify(s)))).toStrictEqual({ ok: true, value: s });
    }
    expect(hainingHalfMonthlyConsultation.chair).toBe('mayor');
    expect(hainingHalfMonthlyConsultation.cadence).toEqual({ every: 2, unit: 'week', anchor: '2019-01-04', until: null, roll: 'nextWorkingDay' });
  });

  it('STYLE.md §3: the default series validate against the JSON Schema of a series, for other back ends', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(z.toJSONSchema(MeetingSeriesSchema, { io: 'input', target: 'draft-2020-12' }));
    for (const s of defaultMeetingSeries) expect(validate(JSON.parse(JSON.stringify(s))), s.id).toBe(true);
    expect(validate({ ...hainingHalfMonthlyConsultation, cadence: { unit: 'week', anchor: '2026-02-30' } })).toBe(false);
  });

  it('fills in the cadence defaults: every 1 unit, no end, moved to the next working day', () => {
    const s = withCadence(xingtaiMonthlyAdviserMeeting, { unit: 'month', anchor: '2026-01-20' });
    expect(s.cadence).toEqual({ every: 1, unit: 'month', anchor: '2026-01-20', until: null, roll: 'nextWorkingDay' });
  });

  it('rejects a bad series with a stable code and the path of the problem', () => {
    const bad = (cadence: unknown, extra: Record<string, unknown> = {}) => {
      const r = safeParse(MeetingSeriesSchema, { ...xingtaiMonthlyAdviserMeeting, ...extra, cadence });
      if (r.ok) throw new Error('accepted');
      return r.error;
    };
    expect(bad({ unit: 'month', anchor: '2026-02-30' })).toMatchObject({ code: 'INVALID_DATE', path: ['cadence', 'anchor'] });
    expect(bad({ unit: 'fortnight', anchor: '2026-02-01' })).toMatchObject({ code: 'INVALID_INPUT', path: ['cadence', 'unit'] });
    expect(bad({ unit: 'week', every: 0, anchor: '2026-02-01' })).toMatchObject({ code: 'INVALID_INPUT', path: ['cadence', 'every'] });
    const until = bad({ unit: 'month', anchor: '2026-02-01', until: '2025-12-31' });
    expect(until).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['cadence', 'until'] });
    expect(until.messageZh).toContain('早于');
    expect(bad({ unit: 'month', anchor: '2026-02-01' }, { kind: 'executiveMeeting' })).toMatchObject({ code: 'INVALID_INPUT', path: ['kind'] });
    expect(bad({ unit: 'month', anchor: '2026-02-01' }, { fee: 100 }).code).toBe('INVALID_INPUT');
    expect(() => parse(MeetingSeriesSchema, {})).toThrow(QinqingError);
    expect(MeetingSeriesSchema.safeParse(hainingHalfMonthlyConsultation).success).toBe(true);
  });
});

describe('occurrences: the meetings of a series in a period, on working days', () => {
  it('000/001/002: over 2026 the five series meet 12, 4, 6, 26 and 2 times, on working days only', () => {
    const counts = defaultMeetingSeries.map((s) => {
      const list = of(s);
      for (const o of list) {
        expect(unwrap(isWorkingDay(o.on, cal)), `${s.id} ${o.on}`).toBe(true);
        expect(o.scheduledOn >= year2026.from && o.scheduledOn <= year2026.to).toBe(true);
        expect(o).toMatchObject({ seriesId: s.id, kind: s.kind, rolled: o.on !== o.scheduledOn, merged: [] });
      }
      return [s.kind, list.length];
    });
    expect(Object.fromEntries(counts)).toEqual({
      monthlyAdviserMeeting: 12, // 000: 每月召开一次
      quarterlyScheduling: 4, // 000: 每季度召开一次
      jointMeeting: 6, // 001: 定期召开 (qinqing: every two months)
      halfMonthlyConsultation: 26, // 002: 每两周举行
      halfYearlySymposium: 2, // 001: 每半年安排一次
    });
  });

  it('000: the county adviser meeting on the 10th moves off weekends to the next working day, and meets on an adjusted Saturday', () => {
    const list = of(xingtaiMonthlyAdviserMeeting);
    expect(days(list)).toEqual([
      '2026-01-12', '2026-02-10', '2026-03-10', '2026-04-10', '2026-05-11', '2026-06-10',
      '2026-07-10', '2026-08-10', '2026-09-10', '2026-10-10', '2026-11-10', '2026-12-10',
    ]);
    expect(list[0]).toMatchObject({ scheduledOn: '2026-01-10', on: '2026-01-12', rolled: true });
    expect(list[4]).toMatchObject({ scheduledOn: '2026-05-10', on: '2026-05-11', rolled: true });
    // Saturday 10 October 2026 is worked (调休上班) for National Day.
    expect(list[9]).toMatchObject({ scheduledOn: '2026-10-10', on: '2026-10-10', rolled: false });
  });

  it('000: the quarterly scheduling meeting meets in the first month of each quarter', () => {
    expect(of(xingtaiQuarterlyScheduling).map((o) => o.scheduledOn)).toEqual(['2026-01-15', '2026-04-15', '2026-07-15', '2026-10-15']);
  });

  it('002: the half-monthly consultation meets every other Friday, and after National Day on the first working day', () => {
    const list = of(hainingHalfMonthlyConsultation);
    expect(list[0]?.scheduledOn).toBe('2026-01-09');
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1] as Occurrence;
      const b = list[i] as Occurrence;
      expect(Date.parse(b.scheduledOn) - Date.parse(a.scheduledOn)).toBe(14 * 86_400_000);
    }
    expect(list.find((o) => o.scheduledOn === '2026-10-02')).toMatchObject({ on: '2026-10-08', rolled: true });
    expect(list.find((o) => o.scheduledOn === '2026-02-20')).toMatchObject({ on: '2026-02-24', rolled: true });
  });

  it('001: the symposium meets in June and December, the joint meeting in odd months', () => {
    expect(days(of(jiaozuoHalfYearlySymposium))).toEqual(['2026-06-15', '2026-12-15']);
    expect(days(of(jiaozuoJointMeeting))).toEqual(['2026-01-26', '2026-03-25', '2026-05-25', '2026-07-27', '2026-09-28', '2026-11-25']);
  });

  it('§10: a meeting on National Day (2026-10-01) moves to 2026-10-08, or back to 2026-09-30 with previousWorkingDay', () => {
    const next = withCadence(xingtaiMonthlyAdviserMeeting, { unit: 'month', anchor: '2026-01-01' });
    const prev = withCadence(xingtaiMonthlyAdviserMeeting, { unit: 'month', anchor: '2026-01-01', roll: 'previousWorkingDay' });
    const october = { from: '2026-10-01', to: '2026-10-31' };
    expect(of(next, october)).toEqual([{ seriesId: 'custom', kind: 'monthlyAdviserMeeting', scheduledOn: '2026-10-01', on: '2026-10-08', rolled: true, merged: [], provisional: false }]);
    expect(of(prev, october)).toEqual([{ seriesId: 'custom', kind: 'monthlyAdviserMeeting', scheduledOn: '2026-10-01', on: '2026-09-30', rolled: true, merged: [], provisional: false }]);
  });

  it('§10: a meeting can land on an adjusted working Saturday (调休上班)', () => {
    // Spring Festival 2026: 15–23 February off; Saturdays 14 and 28 February worked.
    const on28th = withCadence(xingtaiMonthlyAdviserMeeting, { unit: 'month', anchor: '2026-01-28' });
    expect(of(on28th, { from: '2026-02-01', to: '2026-02-28' })).toMatchObject([{ scheduledOn: '2026-02-28', on: '2026-02-28', rolled: false }]);
    const back = withCadence(xingtaiMonthlyAdviserMeeting, { unit: 'month', anchor: '2026-01-20', roll: 'previousWorkingDay' });
    expect(of(back, { from: '2026-02-01', to: '2026-02-28' })).toMatchObject([{ scheduledOn: '2026-02-20', on: '2026-02-14', rolled: true }]);
    const forward = withCadence(xingtaiMonthlyAdviserMeeting, { unit: 'month', anchor: '2026-01-20' });
    expect(of(forward, { from: '2026-02-01', to: '2026-02-28' })).toMatchObject([{ scheduledOn: '2026-02-20', on: '2026-02-24', rolled: true }]);
  });

  it('keeps the day of the month, or the last day of a shorter month', () => {
    const last = withCadence(xingtaiMonthlyAdviserMeeting, { unit: 'month', anchor: '2024-01-31' });
    expect(of(last, { from: '2024-01-01', to: '2024-04-30' }).map((o) => o.scheduledOn)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']);
    expect(of(last, { from: '2025-02-01', to: '2025-02-28' }).map((o) => o.scheduledOn)).toEqual(['2025-02-28']);
  });

  it('starts at the anchor and stops at until', () => {
    const s = withCadence(xingtaiMonthlyAdviserMeeting, { unit: 'month', anchor: '2026-03-10', until: '2026-06-10' });
    expect(of(s).map((o) => o.scheduledOn)).toEqual(['2026-03-10', '2026-04-10', '2026-05-10', '2026-06-10']);
    expect(of(s, { from: '2030-01-01', to: '2030-12-31' })).toEqual([]);
  });

  it('holds two meetings that a long break rolls onto one day as one, and lists it in one period only', () => {
    // Spring Festival 2020 (extended nationally): 24 January – 2 February off.
    const weekly = withCadence(hainingHalfMonthlyConsultation, { unit: 'week', anchor: '2020-01-03' });
    const held = { scheduledOn: '2020-01-31', on: '2020-02-03', rolled: true, merged: ['2020-01-24'] };
    expect(of(weekly, { from: '2020-01-01', to: '2020-02-10' })).toContainEqual(expect.objectContaining(held));
    expect(of(weekly, { from: '2020-01-01', to: '2020-01-27' }).map((o) => o.on)).toEqual(['2020-01-03', '2020-01-10', '2020-01-17']);
    expect(of(weekly, { from: '2020-01-28', to: '2020-02-10' })[0]).toMatchObject(held);
    const back = withCadence(hainingHalfMonthlyConsultation, { unit: 'week', anchor: '2020-01-03', roll: 'previousWorkingDay' });
    const heldBack = { scheduledOn: '2020-01-24', on: '2020-01-23', rolled: true, merged: ['2020-01-31'] };
    expect(of(back, { from: '2020-01-20', to: '2020-01-27' })).toEqual([expect.objectContaining(heldBack)]);
    expect(of(back, { from: '2020-01-28', to: '2020-02-05' })).toEqual([]);
  });

  it('rejects bad dates and periods with the path, and passes the calendar coverage error through', () => {
    const fails = (period: unknown) => {
      const r = occurrences(xingtaiMonthlyAdviserMeeting, period as { from: string; to: string }, cal);
      if (r.ok) throw new Error('accepted');
      return r.error;
    };
    expect(fails({ from: '2026-02-30', to: '2026-12-31' })).toMatchObject({ code: 'INVALID_DATE', path: ['period', 'from'], value: '2026-02-30' });
    expect(fails({ from: '2026-01-01', to: '2026/12/31' })).toMatchObject({ code: 'INVALID_DATE', path: ['period', 'to'] });
    expect(fails({ from: '2026-01-01' })).toMatchObject({ code: 'INVALID_DATE', path: ['period', 'to'] });
    const backwards = fails({ from: '2026-12-31', to: '2026-01-01' });
    expect(backwards).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['period'] });
    expect(backwards.messageZh).toContain('早于');
    expect(fails(null)).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['period'] });
    expect(fails({ from: '2101-01-01', to: '2101-12-31' }).code).toBe('CALENDAR_YEAR_NOT_COVERED');
    expect(fails({ from: '2100-12-01', to: '2101-01-31' }).code).toBe('CALENDAR_YEAR_NOT_COVERED');
    expect(of(xingtaiMonthlyAdviserMeeting, { from: '2100-12-11', to: '2101-01-09' })).toEqual([]);
    const broken = { ...xingtaiMonthlyAdviserMeeting, cadence: { ...xingtaiMonthlyAdviserMeeting.cadence, anchor: '2014-13-10' } };
    expect(occurrences(broken, year2026, cal)).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['series', 'cadence', 'anchor'] } });
  });

  it('is deterministic and does not depend on the machine time zone: a one-day period', () => {
    expect(of(jiaozuoHalfYearlySymposium, { from: '2026-06-15', to: '2026-06-15' })).toEqual([
      { seriesId: 'jiaozuo-half-yearly-symposium', kind: 'halfYearlySymposium', scheduledOn: '2026-06-15', on: '2026-06-15', rolled: false, merged: [], provisional: false },
    ]);
    expect(of(jiaozuoHalfYearlySymposium, { from: '2026-06-16', to: '2026-06-16' })).toEqual([]);
  });
});

describe('occurrences refuses a cadence that never steps forward (Part 8 / issue 13: no public function stalls or throws on a typed value)', () => {
  it.each([0, -1, 0.5, Number.NaN, 121])('every %s is INVALID_ARGUMENT at series.cadence.every, not an endless loop', (every) => {
    const series = { ...hainingHalfMonthlyConsultation, cadence: { ...hainingHalfMonthlyConsultation.cadence, every } };
    expect(occurrences(series, { from: '2026-01-01', to: '2026-03-31' }, chinaCalendar)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', path: ['series', 'cadence', 'every'] },
    });
  });
});
