/**
 * Laws of the help task sheet lifecycle (帮扶任务书, 004 Xuzhou; Part 14).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { safeParse, unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { supervisionStepRank } from '../../src/issue/index.js';
import { arbHelpTaskCommand, arbHelpTaskSheet } from '../../src/testing/index.js';
import { HelpTaskEventSchema, HelpTaskSheetSchema, helpTaskStanding, helpTaskTransitions, transitionHelpTaskSheet, type HelpTaskCommand, type HelpTaskSheet } from '../../src/visit/index.js';
import { fromDayNumber, toDayNumber } from '../../src/internal/days.js';

const sheets = arbHelpTaskSheet({ from: '2016-01-01', to: '2026-06-30' });
/** A command dated from a few days before the sheet's last change to a month after it. */
const commandFor = (s: HelpTaskSheet): fc.Arbitrary<HelpTaskCommand> =>
  fc.tuple(arbHelpTaskCommand(), fc.integer({ min: -3, max: 30 })).map(([c, gap]) => ({ ...c, on: fromDayNumber(toDayNumber(s.updatedOn) + gap) }));
const sheetAndCommand = sheets.chain((s) => fc.tuple(fc.constant(s), commandFor(s)));

describe('help task sheet lifecycle laws (004 Xuzhou)', () => {
  test.prop([sheetAndCommand])('every command is a row of the table, or refused — with HELP_TASK_INVALID_TRANSITION exactly when no row allows it', ([sheet, command]) => {
    const row = helpTaskTransitions.find((t) => t.from === sheet.status && t.command === command.type);
    const r = transitionHelpTaskSheet(sheet, command);
    if (r.ok) {
      expect(row).toBeDefined();
      expect(r.value.sheet.status).toBe(row?.to);
      expect(r.value.event).toMatchObject({ from: sheet.status, to: row?.to, type: command.type, on: command.on });
    } else {
      expect(r.error.code === 'HELP_TASK_INVALID_TRANSITION').toBe(row === undefined);
      if (row !== undefined) expect(['TIME_BEFORE_LAST_EVENT', 'SUPERVISION_STEP_BACKWARDS']).toContain(r.error.code);
    }
  });

  test.prop([sheetAndCommand])('a cancelled sheet never changes, and a completed one leaves its status only by reopenHelp', ([sheet, command]) => {
    const r = transitionHelpTaskSheet(sheet, command);
    if (sheet.status === 'cancelled') expect(r.ok).toBe(false);
    if (sheet.status === 'completed' && r.ok) {
      expect(command.type).toBe('reopenHelp');
      expect(r.value.sheet.reopenCount).toBe(sheet.reopenCount + 1);
    }
  });

  test.prop([sheetAndCommand])('what a command makes is a valid sheet and a valid event; the arguments are not changed', ([sheet, command]) => {
    const before = JSON.stringify([sheet, command]);
    const r = transitionHelpTaskSheet(sheet, command);
    expect(JSON.stringify([sheet, command])).toBe(before);
    if (!r.ok) return;
    expect(safeParse(HelpTaskSheetSchema, r.value.sheet)).toMatchObject({ ok: true, value: r.value.sheet });
    expect(safeParse(HelpTaskEventSchema, r.value.event).ok).toBe(true);
  });

  test.prop([sheetAndCommand])('nothing goes back: supervision step, reopen count and date of last change never fall; the deadline never moves', ([sheet, command]) => {
    const r = transitionHelpTaskSheet(sheet, command);
    if (!r.ok) return;
    const next = r.value.sheet;
    expect(supervisionStepRank(next.supervisionStep)).toBeGreaterThanOrEqual(supervisionStepRank(sheet.supervisionStep));
    expect(next.reopenCount).toBeGreaterThanOrEqual(sheet.reopenCount);
    expect(next.updatedOn >= sheet.updatedOn).toBe(true);
    expect([next.issuedOn, next.dueOn]).toEqual([sheet.issuedOn, sheet.dueOn]);
  });

  test.prop([sheets, fc.integer({ min: -10, max: 120 })])('a sheet is overdue exactly when it is unfinished and the date is after its deadline', (sheet, days) => {
    const asOf = fromDayNumber(toDayNumber(sheet.dueOn) + days);
    const s = unwrap(helpTaskStanding(sheet, asOf, chinaCalendar));
    const unfinished = sheet.status === 'open' || sheet.status === 'inProgress';
    expect(s.unfinished).toBe(unfinished);
    expect(s.overdue).toBe(unfinished && asOf > sheet.dueOn);
    if (!s.overdue) expect(s.overdueWorkingDays).toBe(0);
    if (!unfinished) expect([s.colour, s.dueStep]).toEqual([null, 'unsupervised']);
    if (sheet.status === 'completed') expect(s.completedOnTime).toBe((sheet.completedOn ?? '') <= sheet.dueOn);
  });
});
