/**
 * Part 14 (issue 19): problem lists (问题清单) and help task sheets (帮扶任务书) with their lifecycle —
 * 004 Xuzhou: "根据查找的问题已全部制定排查问题清单和帮扶任务书"; one-to-one help "缺什么、帮什么、补什么".
 */
import { describe, expect, it } from 'vitest';
import { errorCodes, safeParse, unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { SupervisionPolicySchema } from '../../src/issue/index.js';
import { xuzhouHelpFocuses } from '../../src/taxonomy/index.js';
import {
  createHelpTaskSheet,
  HelpTaskCommandSchema,
  HelpTaskSheetSchema,
  helpTaskStanding,
  HelpTaskStatus,
  helpTaskTransitions,
  problemLists,
  transitionHelpTaskSheet,
  type HelpTaskCommand,
  type HelpTaskDraft,
  type HelpTaskSheet,
} from '../../src/visit/index.js';

const hh = { kind: 'household', id: 'hh-0012' } as const;
const draft: HelpTaskDraft = {
  id: 't1',
  target: hh,
  title: '协助办理大病救助',
  measures: '对接民政部门，申请大病救助；协调新农合报销',
  problemIds: ['p1'],
  workGroupId: 'g3',
  responsibleIds: ['pm-07'],
  issuedOn: '2017-09-29',
  issuedBy: 'g3-lead',
  workingDays: 10,
};
const sheet = unwrap(createHelpTaskSheet(draft, chinaCalendar));
const step = (s: HelpTaskSheet, c: HelpTaskCommand): HelpTaskSheet => unwrap(transitionHelpTaskSheet(s, c)).sheet;

describe('help task sheets (004 Xuzhou)', () => {
  it('004 Xuzhou: the six focuses (六个着力解决) are the default categories of a problem list', () => {
    expect(xuzhouHelpFocuses.categories.map((c) => c.label.zh)).toEqual([
      '群众思想困惑问题',
      '群众生活困难问题',
      '项目建设障碍问题',
      '企业发展瓶颈问题',
      '影响社会稳定问题',
      '基层党建薄弱问题',
    ]);
    expect(xuzhouHelpFocuses.source).toMatch(/^004/);
  });

  it('004: a sheet is drawn up open, due on the n-th working day after issue (calendar: National Day 2017)', () => {
    expect(sheet).toMatchObject({ status: 'open', dueOn: '2017-10-19', supervisionStep: 'unsupervised', reopenCount: 0, completedOn: null, updatedOn: '2017-09-29' });
    expect(safeParse(HelpTaskSheetSchema, sheet).ok).toBe(true);
    expect(createHelpTaskSheet({ ...draft, workingDays: 0 }, chinaCalendar)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['draft', 'workingDays'] } });
    expect(createHelpTaskSheet({ ...draft, issuedOn: '2017-09-31' }, chinaCalendar)).toMatchObject({ ok: false, error: { path: ['draft', 'issuedOn'] } });
    expect(createHelpTaskSheet({ ...draft, issuedOn: '1999-09-29' }, chinaCalendar)).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_NOT_COVERED', path: ['draft', 'issuedOn'] } });
    expect(createHelpTaskSheet({ ...draft, problemIds: ['p1', 'p1'] }, chinaCalendar)).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ID', path: ['draft', 'problemIds', 1] } });
  });

  it('004: against its problem list, a sheet answers problems of its own target only', () => {
    const problems = [
      { id: 'p1', target: hh },
      { id: 'p2', target: { kind: 'village', id: 'v-1' } as const },
    ];
    expect(createHelpTaskSheet(draft, chinaCalendar, { problems }).ok).toBe(true);
    expect(createHelpTaskSheet({ ...draft, problemIds: ['p9'] }, chinaCalendar, { problems })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_REFERENCE', path: ['draft', 'problemIds', 0] } });
    expect(createHelpTaskSheet({ ...draft, problemIds: ['p1', 'p2'] }, chinaCalendar, { problems })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['draft', 'problemIds', 1] } });
  });

  it('004: open → in progress → completed, each step an audit event', () => {
    const started = unwrap(transitionHelpTaskSheet(sheet, { type: 'start', on: '2017-09-30', actorId: 'pm-07' }));
    expect(started.event).toEqual({ sheetId: 't1', type: 'start', on: '2017-09-30', actorId: 'pm-07', from: 'open', to: 'inProgress' });
    const done = unwrap(transitionHelpTaskSheet(started.sheet, { type: 'complete', on: '2017-10-16', actorId: 'pm-07', note: '大病救助已到账' }));
    expect(done.sheet).toMatchObject({ status: 'completed', completedOn: '2017-10-16', updatedOn: '2017-10-16' });
    expect(done.event).toMatchObject({ from: 'inProgress', to: 'completed', note: '大病救助已到账' });
    // The arguments are not changed.
    expect(sheet.status).toBe('open');
    expect(started.sheet.status).toBe('inProgress');
  });

  it('004: refusals with stable codes — not in the table, dated before the last change, supervision stepping back', () => {
    expect(transitionHelpTaskSheet(sheet, { type: 'complete', on: '2017-10-09', actorId: 'pm-07' })).toMatchObject({ ok: false, error: { code: 'HELP_TASK_INVALID_TRANSITION', path: ['command', 'type'], value: 'complete' } });
    const r = transitionHelpTaskSheet(sheet, { type: 'complete', on: '2017-10-09', actorId: 'pm-07' });
    if (!r.ok) expect(r.error.messageZh).toBe('帮扶任务书处于“待帮扶”状态，不能执行“完成帮扶”（可执行：开始帮扶、撤销任务书、督办）。');
    expect(errorCodes.HELP_TASK_INVALID_TRANSITION.zh).toBe('帮扶任务书当前所处状态不允许执行该操作。');
    expect(transitionHelpTaskSheet(sheet, { type: 'start', on: '2017-09-28', actorId: 'pm-07' })).toMatchObject({ ok: false, error: { code: 'TIME_BEFORE_LAST_EVENT', path: ['command', 'on'] } });
    const urged = step(sheet, { type: 'supervise', on: '2017-10-20', actorId: 'office', step: 'supervision' });
    expect(urged).toMatchObject({ status: 'open', supervisionStep: 'supervision' });
    expect(transitionHelpTaskSheet(urged, { type: 'supervise', on: '2017-10-21', actorId: 'office', step: 'urge' })).toMatchObject({ ok: false, error: { code: 'SUPERVISION_STEP_BACKWARDS', path: ['command', 'step'] } });
    expect(safeParse(HelpTaskCommandSchema, { type: 'cancel', on: '2017-10-09', actorId: 'pm-07' }).ok).toBe(false);
    expect(transitionHelpTaskSheet({ ...sheet, dueOn: '2017-09-01' }, { type: 'start', on: '2017-10-09', actorId: 'pm-07' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['sheet', 'dueOn'] } });
  });

  it('004 ("定期对帮扶对象进行走访"): a completed help reopens only with a reason, and counts; a cancelled sheet is final', () => {
    const done = step(step(sheet, { type: 'start', on: '2017-09-30', actorId: 'pm-07' }), { type: 'complete', on: '2017-10-16', actorId: 'pm-07' });
    const again = step(done, { type: 'reopenHelp', on: '2017-12-01', actorId: 'pm-07', note: '复访发现报销仍未到位' });
    expect(again).toMatchObject({ status: 'inProgress', reopenCount: 1, completedOn: null });
    const cancelled = step(sheet, { type: 'cancel', on: '2017-10-09', actorId: 'g3-lead', note: '已由民政部门纳入低保' });
    for (const type of ['start', 'complete', 'reopenHelp'] as const) {
      expect(transitionHelpTaskSheet(cancelled, { type, on: '2017-10-10', actorId: 'x', note: '理由' } as HelpTaskCommand)).toMatchObject({ ok: false, error: { code: 'HELP_TASK_INVALID_TRANSITION' } });
    }
    expect(helpTaskTransitions.filter((t) => t.from === 'cancelled')).toEqual([]);
    expect(HelpTaskStatus.values).toEqual(['open', 'inProgress', 'completed', 'cancelled']);
  });

  it('003/004: overdue detection with the supervision ladder (qinqing\'s default steps), and on-time completion', () => {
    const due = unwrap(helpTaskStanding(sheet, '2017-10-19', chinaCalendar));
    expect(due).toMatchObject({ unfinished: true, overdue: false, workingDaysLeft: 0, colour: 'yellow', dueStep: 'unsupervised' });
    const late = unwrap(helpTaskStanding(sheet, '2017-10-25', chinaCalendar));
    expect(late).toMatchObject({ overdue: true, overdueWorkingDays: 4, workingDaysLeft: -4, colour: 'red', dueStep: 'supervision' });
    expect(late.reason.zh).toBe('待帮扶，已超过完成期限 2017-10-19 4 个工作日，应予督办。');
    const strict = SupervisionPolicySchema.parse({ steps: [{ step: 'urge', overdueDays: 1 }, { step: 'accountability', overdueDays: 4 }] });
    expect(unwrap(helpTaskStanding(sheet, '2017-10-25', chinaCalendar, strict)).dueStep).toBe('accountability');
    const done = step(step(sheet, { type: 'start', on: '2017-09-30', actorId: 'pm-07' }), { type: 'complete', on: '2017-10-20', actorId: 'pm-07' });
    expect(unwrap(helpTaskStanding(done, '2017-11-01', chinaCalendar))).toMatchObject({ unfinished: false, overdue: false, colour: null, completedOn: '2017-10-20', completedOnTime: false });
    expect(helpTaskStanding(sheet, '2017-02-29', chinaCalendar)).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['asOf'] } });
  });

  it('004: problem lists per target show the problems no sheet answers', () => {
    const v = { kind: 'village', id: 'v-1' } as const;
    const problems = [
      { id: 'p3', target: hh, foundOn: '2017-05-20' },
      { id: 'p1', target: hh, foundOn: '2017-05-16' },
      { id: 'p2', target: v, foundOn: '2017-05-16' },
    ];
    const cancelled = step(unwrap(createHelpTaskSheet({ ...draft, id: 't0', problemIds: ['p3'] }, chinaCalendar)), { type: 'cancel', on: '2017-10-09', actorId: 'x', note: '重复' });
    const lists = unwrap(problemLists(problems, [sheet, cancelled]));
    expect(lists).toEqual([
      { target: hh, problemIds: ['p1', 'p3'], taskSheetIds: ['t0', 't1'], uncoveredProblemIds: ['p3'] },
      { target: v, problemIds: ['p2'], taskSheetIds: [], uncoveredProblemIds: ['p2'] },
    ]);
    expect(problemLists(problems, [{ ...sheet, problemIds: ['p2'] }])).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['taskSheets', 0, 'problemIds', 0] } });
    expect(problemLists([...problems, problems[0] as (typeof problems)[number]])).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ID', path: ['problems', 3, 'id'] } });
  });
});
