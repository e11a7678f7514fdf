import * as fc from 'fast-check';
import type { WorkCalendar } from '../calendar/schema.js';
import type { CalendarDate, Id } from '../core/schema.js';
import { VisitMode } from '../visit/enums.js';
import type { Visit } from '../visit/schema.js';
import { arbCalendarDate, arbInvalidCalendarDate } from './calendar.js';
import { idArb, idsArb, without } from './pools.js';

/**
 * Options of {@link arbVisit}.
 *
 * @category Testing
 */
export interface ArbVisitOptions {
  /** The visit ids to draw from (default: short ids such as `'v7'`). */
  readonly ids?: readonly Id[];
  /** The adviser or cadre ids to draw visitors from (default: short ids such as `'a3'`). */
  readonly visitorIds?: readonly Id[];
  /** The department ids to draw from (default: short ids such as `'d2'`). */
  readonly departmentIds?: readonly Id[];
  /** The enterprise ids to draw from (default: short ids such as `'e12'`). */
  readonly enterpriseIds?: readonly Id[];
  /** The park ids to draw from (default: short ids such as `'park2'`). */
  readonly parkIds?: readonly Id[];
  /** Whether some visits go to a park rather than an enterprise (default true). */
  readonly parks?: boolean;
  /** The calendar whose years the dates lie in (`chinaCalendar` by default). */
  readonly calendar?: WorkCalendar;
  /** The first date (default: the calendar's first day). */
  readonly from?: CalendarDate;
  /** The last date (default: the calendar's last day). */
  readonly to?: CalendarDate;
}

/**
 * An arbitrary of visit records (走访): one or more distinct visitors, one or more distinct
 * departments, exactly one enterprise or park, a date within the calendar's years, a mode, a
 * purpose, findings, and now and then a record form with answers and the ids of issues raised.
 *
 * @param options - Pools of ids and the range of dates.
 * @returns An arbitrary of visits that `safeParse(VisitSchema, …)` accepts unchanged.
 * @example
 * ```ts
 * fc.assert(fc.property(arbVisit({ from: '2026-01-01', to: '2026-03-31' }), (v) => safeParse(VisitSchema, v).ok));
 * ```
 * @category Testing
 */
export function arbVisit(options: ArbVisitOptions = {}): fc.Arbitrary<Visit> {
  const enterprise = idArb(options.enterpriseIds, 'e').map((enterpriseId) => ({ enterpriseId, parkId: null }));
  const park = idArb(options.parkIds, 'park').map((parkId) => ({ enterpriseId: null, parkId }));
  const target = options.parks === false ? enterprise : fc.oneof({ weight: 4, arbitrary: enterprise }, { weight: 1, arbitrary: park });
  const answers = fc.dictionary(fc.constantFrom('needs', 'financing', 'land', 'talent', 'policy'), fc.constantFrom('无', '有融资需求', '用地紧张', ''), { maxKeys: 4 });
  return fc
    .record({
      id: idArb(options.ids, 'v'),
      date: arbCalendarDate(options),
      visitorIds: idsArb(options.visitorIds, 'a', 1, 3),
      departmentIds: idsArb(options.departmentIds, 'd', 1, 3),
      target,
      mode: fc.constantFrom(...VisitMode.schema.options),
      purpose: fc.constantFrom('月度走访', '政策宣讲', '回访诉求办理情况', '园区调研'),
      findings: fc.constantFrom('', '企业生产经营正常', '反映融资难、用工紧'),
      form: fc.option(fc.record({ checklistId: fc.constantFrom('xuzhou-10+1', 'mini'), answers }), { nil: null }),
      issueIds: fc.uniqueArray(idArb(undefined, 'i'), { maxLength: 3 }),
    })
    .map(({ target: t, form, ...v }) => ({
      id: v.id,
      date: v.date,
      visitorIds: v.visitorIds,
      departmentIds: v.departmentIds,
      enterpriseId: t.enterpriseId,
      parkId: t.parkId,
      mode: v.mode,
      purpose: v.purpose,
      findings: v.findings,
      ...(form === null ? { answers: {} } : form),
      issueIds: v.issueIds,
    }));
}

/**
 * An arbitrary of data that is almost a visit record but not quite: no visitors, a visitor or
 * department listed twice, both or neither of an enterprise and a park, an impossible date, an
 * unknown mode, an empty purpose, an unknown field, a missing field.
 *
 * @param options - As for {@link arbVisit}.
 * @returns An arbitrary of values that `safeParse(VisitSchema, …)` rejects.
 * @example
 * ```ts
 * fc.assert(fc.property(arbInvalidVisit(), (x) => !safeParse(VisitSchema, x).ok));
 * ```
 * @category Testing
 */
export function arbInvalidVisit(options: ArbVisitOptions = {}): fc.Arbitrary<unknown> {
  const valid = arbVisit(options);
  return fc.oneof(
    valid.map((v) => ({ ...v, visitorIds: [] })),
    valid.map((v) => ({ ...v, visitorIds: [...v.visitorIds, v.visitorIds[0]] })),
    valid.map((v) => ({ ...v, departmentIds: [...v.departmentIds, v.departmentIds[0]] })),
    valid.map((v) => ({ ...v, enterpriseId: null, parkId: null })),
    valid.map((v) => ({ ...v, enterpriseId: v.enterpriseId ?? 'e1', parkId: v.parkId ?? 'park1' })),
    fc.tuple(valid, arbInvalidCalendarDate()).map(([v, date]) => ({ ...v, date })),
    valid.map((v) => ({ ...v, mode: 'email' })),
    valid.map((v) => ({ ...v, purpose: '' })),
    valid.map((v) => ({ ...v, rating: 5 })),
    fc.tuple(valid, fc.constantFrom('id', 'date', 'visitorIds', 'departmentIds', 'mode', 'purpose', 'findings')).map(([v, key]) => without(v, key)),
  );
}
