/**
 * Part 14 (issue 19): 限期整改 — departments ordered to rectify within a limit (003: "对个别服务不力、
 * 办事拖拉、敷衍塞责的部门，将限期整改"; "与市效能办联合交有关责任部门限期办理"), the limit in working days.
 */
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import { unwrap } from '../../src/index.js';
import { RectificationOrderSchema, rectificationDueOn, rectificationStatus, rectifyOrder, type RectificationOrder } from '../../src/issue/index.js';

const order: RectificationOrder = {
  id: 'r1',
  departmentId: 'd-land',
  orderedOn: '2010-06-07',
  orderedBy: [{ id: 'office', role: 'leadingGroupOffice' }, { id: 'xiaoneng', role: 'efficiencyOffice' }],
  grounds: ['dilatory'],
  reason: '交办问题逾期未办结',
  issueIds: ['q-24'],
  limit: { workingDays: 5 },
  rectified: null,
};
const status = (o: RectificationOrder, asOf: string) => unwrap(rectificationStatus(o, asOf, chinaCalendar));
const codeAndPath = (r: { ok: boolean; error?: { code: string; path?: readonly (string | number)[] } }) => (r.ok ? 'ok' : [r.error?.code, r.error?.path]);

describe('003 Lishui: rectification orders (限期整改) and their status at a date', () => {
  it('003 Lishui: the limit counts working days after the order (Dragon Boat 2010: 12 June, a Saturday, was worked)', () => {
    expect(unwrap(rectificationDueOn(order, chinaCalendar))).toBe('2010-06-12');
    expect(unwrap(rectificationDueOn({ ...order, limit: { dueOn: '2010-06-30' } }, chinaCalendar))).toBe('2010-06-30');
  });

  it('003 Lishui: ordered → within its limit, with the working days left; the day of the order counts as within it', () => {
    expect(status(order, '2010-06-07')).toMatchObject({ state: 'ordered', dueOn: '2010-06-12', workingDaysLeft: 5, onTime: null });
    expect(status(order, '2010-06-12')).toMatchObject({ state: 'ordered', workingDaysLeft: 0 });
  });

  it('003 Lishui: ordered → not rectified in time once the limit has passed, with the working days overdue (0 on the days off right after)', () => {
    expect(status(order, '2010-06-16')).toMatchObject({ state: 'notRectifiedInTime', onTime: false, overdueWorkingDays: 1 }); // 13 June worked, 14–16 off
    expect(status(order, '2010-06-30')).toMatchObject({ state: 'notRectifiedInTime', overdueWorkingDays: 11 });
  });

  it('003 Lishui: ordered → rectified, on time or late; a report dated after the status date does not count yet', () => {
    const onTime = unwrap(rectifyOrder(order, { on: '2010-06-11', summary: '建立交办问题台账，逐件销号' }));
    expect(status(onTime, '2010-06-30')).toMatchObject({ state: 'rectified', rectifiedOn: '2010-06-11', onTime: true, overdueWorkingDays: 0 });
    const late = unwrap(rectifyOrder(order, { on: '2010-06-18', summary: '已整改' }));
    expect(status(late, '2010-06-30')).toMatchObject({ state: 'rectified', onTime: false, overdueWorkingDays: 3 });
    expect(status(late, '2010-06-17')).toMatchObject({ state: 'notRectifiedInTime', rectifiedOn: null });
  });

  it('an order made after the status date has no status yet (null)', () => {
    expect(status(order, '2010-06-01')).toBeNull();
  });

  it('a rectification is reported once, and not before the order; the order is never changed', () => {
    const done = unwrap(rectifyOrder(order, { on: '2010-06-11', summary: '已整改' }));
    expect(codeAndPath(rectifyOrder(done, { on: '2010-06-12', summary: '再次报告' }))).toEqual(['RECTIFICATION_ALREADY_REPORTED', ['order', 'rectified']]);
    expect(codeAndPath(rectifyOrder(order, { on: '2010-06-01', summary: '已整改' }))).toEqual(['INVALID_ARGUMENT', ['report', 'on']]);
    expect(codeAndPath(rectifyOrder(order, { on: '2010-06-31', summary: '已整改' }))).toEqual(['INVALID_DATE', ['report', 'on']]);
    expect(order.rectified).toBeNull();
    expect(Object.isFrozen(done)).toBe(true);
  });

  it('the schema: one or two different supervising bodies, grounds and issues once, no due date or rectification before the order', () => {
    expect(RectificationOrderSchema.safeParse(order).success).toBe(true);
    const refused = (o: unknown) => RectificationOrderSchema.safeParse(o).success;
    expect(refused({ ...order, orderedBy: [order.orderedBy[0], order.orderedBy[0]] })).toBe(false);
    expect(refused({ ...order, orderedBy: [{ id: 'd-tax', role: 'departmentHead' }] })).toBe(false);
    expect(refused({ ...order, orderedBy: [] })).toBe(false);
    expect(refused({ ...order, grounds: ['dilatory', 'dilatory'] })).toBe(false);
    expect(refused({ ...order, grounds: [] })).toBe(false);
    expect(refused({ ...order, limit: { dueOn: '2010-06-01' } })).toBe(false);
    expect(refused({ ...order, rectified: { on: '2010-06-01', summary: '已整改' } })).toBe(false);
    expect(refused({ ...order, limit: { workingDays: 5, dueOn: '2010-06-30' } })).toBe(false);
  });

  it('errors name the argument: an invalid order under order, a bad date at asOf, a limit beyond the calendar at the order date', () => {
    expect(codeAndPath(rectificationStatus({ ...order, grounds: [] }, '2010-06-30', chinaCalendar))).toEqual(['INVALID_INPUT', ['order', 'grounds']]);
    expect(codeAndPath(rectificationStatus(order, '2010-02-30', chinaCalendar))).toEqual(['INVALID_DATE', ['asOf']]);
    expect(codeAndPath(rectificationDueOn({ ...order, orderedOn: '2100-12-30' }, chinaCalendar))).toEqual(['CALENDAR_YEAR_NOT_COVERED', ['order', 'orderedOn']]);
  });
});
