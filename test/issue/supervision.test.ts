import { describe, expect, it } from 'vitest';
import { QinqingError, unwrap, parse, safeParse } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import {
  defaultSupervisionPolicy,
  SupervisionPolicySchema,
  SupervisionColour,
  supervisionStatus,
  type Issue,
  type SupervisionPolicy,
  type SupervisionStatus,
} from '../../src/issue/index.js';
import { deepFreeze } from '../../src/internal/freeze.js';
import { actors, assigned, at, run, submitted } from './fixtures.js';

const cal = chinaCalendar;

/** The status of an issue that is assigned (fails the test otherwise). */
function status(issue: Issue, asOf: string, policy?: SupervisionPolicy): SupervisionStatus {
  const s = unwrap(supervisionStatus(issue, asOf, cal, policy));
  if (s === null) throw new Error('not supervised');
  return s;
}

/** Assigned Monday 2 March 2026 with 10 working days: deadline Monday 16 March. */
const tenDays = assigned({ issueId: 'ten', date: '2026-03-02', workingDays: 10 });
/** Assigned Monday 2 March 2026 with 9 working days: deadline Friday 13 March. */
const nineDays = assigned({ issueId: 'nine', date: '2026-03-02', workingDays: 9 });

describe('the three-colour supervision slip (三色督办单)', () => {
  it('labels the colours in rising order, in Chinese and English', () => {
    expect(SupervisionColour.schema.options).toEqual(['green', 'blue', 'yellow', 'red']);
    expect(SupervisionColour.labels.blue.zh).toBe('蓝色预警');
    expect(SupervisionColour.labels.yellow.zh).toBe('黄色预警');
    expect(SupervisionColour.labels.red.en).toMatch(/overdue/i);
  });

  it('003: green, then blue at half the working-day budget, yellow at 80 %, red once overdue', () => {
    expect(tenDays.deadline).toBe('2026-03-16');
    const rows = (
      [
        ['2026-03-02', 'green', 0, 10],
        ['2026-03-06', 'green', 4, 6],
        ['2026-03-09', 'blue', 5, 5],
        ['2026-03-11', 'blue', 7, 3],
        ['2026-03-12', 'yellow', 8, 2],
        ['2026-03-16', 'yellow', 10, 0],
        ['2026-03-17', 'red', 11, -1],
      ] as const
    ).map(([asOf]) => {
      const s = status(tenDays, asOf);
      return [asOf, s.colour, s.usedWorkingDays, s.daysLeft];
    });
    expect(rows).toEqual([
      ['2026-03-02', 'green', 0, 10],
      ['2026-03-06', 'green', 4, 6],
      ['2026-03-09', 'blue', 5, 5],
      ['2026-03-11', 'blue', 7, 3],
      ['2026-03-12', 'yellow', 8, 2],
      ['2026-03-16', 'yellow', 10, 0],
      ['2026-03-17', 'red', 11, -1],
    ]);
    expect(status(tenDays, '2026-03-09')).toMatchObject({ budgetWorkingDays: 10, usedShare: 0.5, overdue: false, overdueWorkingDays: 0 });
  });

  it('003: a weekend right after the deadline is already red, with 0 working days overdue and no step due', () => {
    expect(nineDays.deadline).toBe('2026-03-13');
    expect(status(nineDays, '2026-03-14')).toMatchObject({ colour: 'red', overdue: true, overdueWorkingDays: 0, daysLeft: 0, dueStep: 'unsupervised', step: 'unsupervised' });
    expect(status(nineDays, '2026-03-16')).toMatchObject({ colour: 'red', overdueWorkingDays: 1, daysLeft: -1, dueStep: 'urge' });
  });

  it('counts a date before the assignment as nothing used, and a budget of 0 as all used', () => {
    expect(status(tenDays, '2026-02-27')).toMatchObject({ usedWorkingDays: 0, colour: 'green' });
    const sameDay = run(
      run(submitted('due-today', 'e1', at('2026-03-02')), [{ type: 'classify', categoryId: 'power', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' }], { date: '2026-03-02' }),
      [{ type: 'assign', departmentId: 'd-power', timeLimit: { dueOn: '2026-03-02' }, at: at('2026-03-02', 5) }],
    );
    expect(status(sameDay, '2026-03-02')).toMatchObject({ budgetWorkingDays: 0, usedShare: 1, colour: 'yellow' });
    expect(status(sameDay, '2026-03-03').colour).toBe('red');
  });

  it('reads the policy: other shares move the colours', () => {
    const early = parse(SupervisionPolicySchema, { blueAtShare: 0.2, yellowAtShare: 0.4 });
    expect(status(tenDays, '2026-03-04', early).colour).toBe('blue');
    expect(status(tenDays, '2026-03-06', early).colour).toBe('yellow');
    const flat = parse(SupervisionPolicySchema, { blueAtShare: 1, yellowAtShare: 1 });
    expect(status(tenDays, '2026-03-13', flat).colour).toBe('green');
    expect(status(tenDays, '2026-03-16', flat).colour).toBe('yellow');
  });
});

describe('the supervision ladder (催办 → 督办 → 网上挂牌 → 问责)', () => {
  it('000/003: urge after 1 working day overdue, supervision after 3, public listing after 5, accountability after 10', () => {
    const due = (asOf: string) => [status(tenDays, asOf).overdueWorkingDays, status(tenDays, asOf).dueStep];
    expect(due('2026-03-16')).toEqual([0, 'unsupervised']);
    expect(due('2026-03-17')).toEqual([1, 'urge']);
    expect(due('2026-03-18')).toEqual([2, 'urge']);
    expect(due('2026-03-19')).toEqual([3, 'supervision']);
    expect(due('2026-03-22')).toEqual([4, 'supervision']);
    expect(due('2026-03-23')).toEqual([5, 'publicListing']);
    expect(due('2026-03-27')).toEqual([9, 'publicListing']);
    expect(due('2026-03-30')).toEqual([10, 'accountability']);
  });

  it('003: a step recorded by the efficiency office stands even before the ladder makes it due', () => {
    const listed = run(tenDays, [{ type: 'supervise', step: 'publicListing', actor: actors.efficiency }], { date: '2026-03-18' });
    expect(status(listed, '2026-03-18')).toMatchObject({ dueStep: 'urge', recordedStep: 'publicListing', step: 'publicListing' });
    expect(status(listed, '2026-03-30')).toMatchObject({ dueStep: 'accountability', recordedStep: 'publicListing', step: 'accountability' });
  });

  it('follows a custom ladder, and an empty ladder makes nothing due', () => {
    const two = parse(SupervisionPolicySchema, { steps: [{ step: 'supervision', overdueDays: 2 }, { step: 'accountability', overdueDays: 4 }] });
    expect(status(tenDays, '2026-03-17', two).dueStep).toBe('unsupervised');
    expect(status(tenDays, '2026-03-18', two).dueStep).toBe('supervision');
    expect(status(tenDays, '2026-03-20', two).dueStep).toBe('accountability');
    const none = parse(SupervisionPolicySchema, { steps: [] });
    expect(status(tenDays, '2026-03-30', none)).toMatchObject({ colour: 'red', dueStep: 'unsupervised' });
  });

  it('follows an extended deadline', () => {
    const extended = run(
      tenDays,
      [
        { type: 'requestExtension', workingDays: 5, reason: '需现场核查', actor: actors.handler },
        { type: 'decideExtension', grant: true, actor: actors.office },
      ],
      { date: '2026-03-05' },
    );
    expect(extended.deadline).toBe('2026-03-23');
    expect(status(extended, '2026-03-17')).toMatchObject({ colour: 'blue', budgetWorkingDays: 15, usedWorkingDays: 11, daysLeft: 4 });
  });
});

describe('supervisionStatus', () => {
  it('returns null for an issue that is not assigned: nothing to supervise', () => {
    expect(supervisionStatus(submitted(), '2026-10-09', cal)).toEqual({ ok: true, value: null });
    const answered = run(tenDays, [{ type: 'answer', outcome: 'resolved', summary: '已协调', mode: 'writtenReply', actor: actors.handler }], { date: '2026-03-20' });
    expect(supervisionStatus(answered, '2026-03-30', cal)).toEqual({ ok: true, value: null });
  });

  it('returns the calendar errors at the path asOf', () => {
    const outside = supervisionStatus(tenDays, '2101-01-05', cal);
    expect(outside.ok || outside.error).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['asOf'] });
    const bad = supervisionStatus(tenDays, '2026-02-30', cal);
    expect(bad.ok || bad.error).toMatchObject({ code: 'INVALID_DATE', path: ['asOf'], value: '2026-02-30' });
  });

  it('Part 7: a status whose deadline or date lies in a provisional year (2027) says provisional; one in 2026 does not', () => {
    const christmas = assigned({ issueId: 'xmas', date: '2026-12-24', workingDays: 10 }); // deadline 2027-01-08, provisional
    expect(christmas.deadline).toBe('2027-01-08');
    const before = unwrap(supervisionStatus(christmas, '2026-12-28', cal));
    expect(before?.provisional).toBe(true); // the budget counts to a deadline in 2027
    expect(before?.budgetWorkingDays).toBe(10);
    expect(unwrap(supervisionStatus(tenDays, '2026-03-10', cal))?.provisional).toBe(false);
  });

  it('reports an assigned issue without a deadline as a data error', () => {
    const broken = { ...tenDays, deadline: null };
    const r = supervisionStatus(broken, '2026-03-10', cal);
    expect(r.ok || r.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['deadline'] });
  });

  it('changes nothing it is given', () => {
    const frozen = deepFreeze(structuredClone(tenDays));
    expect(status(frozen, '2026-03-20').colour).toBe('red');
    expect(frozen).toEqual(tenDays);
  });
});

describe('SupervisionPolicySchema', () => {
  it('has frozen defaults: the sources name the steps but give no figures', () => {
    expect(defaultSupervisionPolicy).toEqual({
      source: 'qinqing defaults',
      blueAtShare: 0.5,
      yellowAtShare: 0.8,
      steps: [
        { step: 'urge', overdueDays: 1 },
        { step: 'supervision', overdueDays: 3 },
        { step: 'publicListing', overdueDays: 5 },
        { step: 'accountability', overdueDays: 10 },
      ],
    });
    expect(Object.isFrozen(defaultSupervisionPolicy.steps[0])).toBe(true);
    const copy = unwrap(safeParse(SupervisionPolicySchema, {}));
    expect(Object.isFrozen(copy.steps[0])).toBe(false);
  });

  it('rejects blue after yellow, with the path', () => {
    const r = safeParse(SupervisionPolicySchema, { blueAtShare: 0.9, yellowAtShare: 0.8 });
    expect(r.ok || r.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['blueAtShare'] });
  });

  it('rejects shares outside (0, 1], with the path', () => {
    for (const [input, path] of [
      [{ blueAtShare: 0 }, ['blueAtShare']],
      [{ yellowAtShare: 1.2 }, ['yellowAtShare']],
    ] as const) {
      const r = safeParse(SupervisionPolicySchema, input);
      expect(r.ok || r.error).toMatchObject({ path });
    }
  });

  it('rejects a ladder that does not rise in both step and days, with the path', () => {
    const backwards = safeParse(SupervisionPolicySchema, { steps: [{ step: 'supervision', overdueDays: 1 }, { step: 'urge', overdueDays: 3 }] });
    expect(backwards.ok || backwards.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['steps', 1, 'step'] });
    const flatDays = safeParse(SupervisionPolicySchema, { steps: [{ step: 'urge', overdueDays: 3 }, { step: 'supervision', overdueDays: 3 }] });
    expect(flatDays.ok || flatDays.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['steps', 1, 'overdueDays'] });
    const unsupervised = safeParse(SupervisionPolicySchema, { steps: [{ step: 'unsupervised', overdueDays: 1 }] });
    expect(unsupervised.ok || unsupervised.error).toMatchObject({ path: ['steps', 0, 'step'] });
    const zero = safeParse(SupervisionPolicySchema, { steps: [{ step: 'urge', overdueDays: 0 }] });
    expect(zero.ok || zero.error).toMatchObject({ path: ['steps', 0, 'overdueDays'] });
  });

  it('rejects unknown fields, and parse(SupervisionPolicySchema) throws', () => {
    const r = safeParse(SupervisionPolicySchema, { redAtShare: 1 });
    expect(r.ok).toBe(false);
    expect(() => parse(SupervisionPolicySchema, { blueAtShare: 2 })).toThrow(QinqingError);
  });
});
