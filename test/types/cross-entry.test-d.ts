/**
 * Types shared by several entry points, against the BUILT package (`qinqing/…` resolves to dist/
 * through package.json `exports`, as in examples/; run `npm run build` first).
 *
 * Each entry's declaration file is self-contained (scripts/build-dts.ts), so `WorkCalendar`,
 * `Result`, `DomainError`, `Issue`, … are declared once in every entry that uses them. An app that
 * imports from several subpaths must still be able to pass a value typed by one to a function of
 * another: these tests fail to compile if the copies stop being interchangeable.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  QinqingError,
  safeParse,
  unwrap,
  type DomainError,
  type Issue as RootIssue,
  type Result,
  type WorkCalendar as RootWorkCalendar,
} from 'qinqing';
import {
  chinaCalendar,
  deadlineAfter,
  WorkCalendarSchema,
  type CalendarResult,
  type WorkCalendar,
} from 'qinqing/calendar';
import {
  batchSummary,
  decideIssue,
  safeParseIssue,
  UNSAFE_NO_ACCESS_CHECK,
  weeklySupervisionList,
  type Issue,
  type IssueContext,
} from 'qinqing/issue';
import { ledgerReport } from 'qinqing/report';
import type { Arbitrary } from 'fast-check';
import { arbIssue } from 'qinqing/testing';
import type { WorkCalendar as CjsWorkCalendar } from 'qinqing/calendar' with { 'resolution-mode': 'require' };
import type { Issue as CjsIssue } from 'qinqing/issue' with { 'resolution-mode': 'require' };

declare const issues: readonly Issue[];
/** qinqing/issue does not export `WorkCalendar`, but its copy of the type is the context's calendar. */
type IssueWorkCalendar = IssueContext['calendar'];

describe('types shared by several entry points', () => {
  it('resolve to real types, not any', () => {
    expectTypeOf<WorkCalendar>().not.toBeAny();
    expectTypeOf<Issue>().not.toBeAny();
    expectTypeOf<Result<number>>().not.toBeAny();
    expectTypeOf(chinaCalendar).toEqualTypeOf<WorkCalendar>();
  });

  it('WorkCalendar is the same type from qinqing, qinqing/calendar and qinqing/issue', () => {
    expectTypeOf<WorkCalendar>().toEqualTypeOf<IssueWorkCalendar>();
    expectTypeOf<WorkCalendar>().toEqualTypeOf<RootWorkCalendar>();
    expectTypeOf<RootIssue>().toEqualTypeOf<Issue>();
  });

  it('a calendar from qinqing/calendar is accepted by the functions of qinqing/issue', () => {
    const calendar: WorkCalendar = unwrap(safeParse(WorkCalendarSchema, {}));
    weeklySupervisionList(issues, '2026-10-09', calendar);
    expectTypeOf(weeklySupervisionList).parameter(2).toEqualTypeOf<WorkCalendar>();
    batchSummary(issues, 'b1', '2026-10-09', chinaCalendar);
    const context: IssueContext = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };
    decideIssue(null, {} as Parameters<typeof decideIssue>[1], context);
    // Part 9 (issue 14): the access check is on by default; leaving it out does not compile.
    // @ts-expect-error access is required
    const unchecked: IssueContext = { calendar: chinaCalendar };
    expectTypeOf(unchecked).toEqualTypeOf<IssueContext>();
    // Only the named opt-out turns it off: any other string does not compile.
    // @ts-expect-error not the opt-out
    const typo: IssueContext = { calendar: chinaCalendar, access: 'none' };
    expectTypeOf(typo).toEqualTypeOf<IssueContext>();
  });

  it('results and errors of one entry are the root Result and DomainError', () => {
    const parsed: Result<RootWorkCalendar> = safeParse(WorkCalendarSchema, {});
    const issue: Result<RootIssue> = safeParseIssue({});
    const deadline: CalendarResult<string> = deadlineAfter('2026-10-09', 5, chinaCalendar);
    if (!parsed.ok) expectTypeOf(parsed.error).toEqualTypeOf<DomainError>();
    if (!issue.ok) expectTypeOf(issue.error).toEqualTypeOf<DomainError>();
    if (!deadline.ok) {
      const error: DomainError = deadline.error;
      expectTypeOf(new QinqingError(error).error).toEqualTypeOf<DomainError>();
    }
    // unwrap (root) takes a Result of any entry
    expectTypeOf(unwrap(safeParseIssue({}))).toEqualTypeOf<Issue>();
  });

  it('issues from qinqing/issue and qinqing/testing feed qinqing/report', () => {
    ledgerReport(issues, { locale: 'zh-CN' });
    expectTypeOf(arbIssue()).toEqualTypeOf<Arbitrary<Issue>>();
  });

  it('the require-flavoured declarations (.d.cts) describe the same types', () => {
    expectTypeOf<CjsWorkCalendar>().not.toBeAny();
    expectTypeOf<CjsWorkCalendar>().toEqualTypeOf<WorkCalendar>();
    expectTypeOf<CjsIssue>().toEqualTypeOf<Issue>();
  });

  it('still rejects what is not a calendar', () => {
    // @ts-expect-error a calendar needs its years, holidays and working days
    batchSummary(issues, 'b1', '2026-10-09', { weekend: [6, 7] });
  });
});
