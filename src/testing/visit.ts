import * as fc from 'fast-check';
import type { WorkCalendar } from '../calendar/schema.js';
import type { CalendarDate, Id } from '../core/schema.js';
import { VisitMode } from '../visit/enums.js';
import type { DeliveredPolicy, Visit } from '../visit/schema.js';
import { arbCalendarDate, arbInvalidCalendarDate } from './calendar.js';
import { idArb, idsArb, without } from './pools.js';
import { fromDayNumber, toDayNumber } from './tape.js';

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
  /** The policy ids to draw delivered policies from (default: short ids such as `'pol4'`). */
  readonly policyIds?: readonly Id[];
  /** Whether some visits to an enterprise record policies delivered (送政策, Part 13; default true). */
  readonly policies?: boolean;
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
 * purpose, findings, and now and then a record form with answers, the ids of issues raised and,
 * on a visit to an enterprise, the policies delivered (送政策), acknowledged or not, some
 * acknowledged on a later date.
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
      delivered: options.policies === false ? fc.constant(null) : fc.option(deliveredArb(options.policyIds), { nil: null, freq: 2 }),
    })
    .map(({ target: t, form, delivered, ...v }) => ({
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
      ...(delivered === null || t.enterpriseId === null ? {} : { policiesDelivered: delivered.map((d) => deliveredOn(d, v.date)) }),
    }));
}

/** A delivery as drawn: the policy, whether acknowledged, and the days after the visit of a later acknowledgement (null: none). */
interface DrawnDelivery {
  readonly policyId: Id;
  readonly acknowledged: boolean;
  readonly laterDays: number | null;
}

/** Distinct policies delivered on one visit (possibly none). */
function deliveredArb(pool: readonly Id[] | undefined): fc.Arbitrary<DrawnDelivery[]> {
  return fc.uniqueArray(
    fc.record({ policyId: idArb(pool, 'pol'), acknowledged: fc.boolean(), laterDays: fc.option(fc.nat({ max: 30 }), { nil: null }) }),
    { selector: (d) => d.policyId, maxLength: pool === undefined ? 4 : Math.min(4, pool.length) },
  );
}

/** A drawn delivery on a visit of `date`: a later acknowledgement only when acknowledged, dated `laterDays` after the visit. */
function deliveredOn(d: DrawnDelivery, date: CalendarDate): DeliveredPolicy {
  if (!d.acknowledged || d.laterDays === null) return { policyId: d.policyId, acknowledged: d.acknowledged };
  return { policyId: d.policyId, acknowledged: true, acknowledgedOn: fromDayNumber(toDayNumber(date) + d.laterDays) };
}

/**
 * An arbitrary of data that is almost a visit record but not quite: no visitors, a visitor or
 * department listed twice, both or neither of an enterprise and a park, an impossible date, an
 * unknown mode, an empty purpose, an unknown field, a missing field; policies delivered on a park
 * visit, a policy delivered twice, an acknowledgement date without an acknowledgement or before
 * the visit.
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
    valid.map((v) => ({ ...v, enterpriseId: null, parkId: 'park1', policiesDelivered: [{ policyId: 'pol1', acknowledged: false }] })),
    valid.map((v) => ({ ...v, enterpriseId: 'e1', parkId: null, policiesDelivered: [{ policyId: 'pol1', acknowledged: true }, { policyId: 'pol1', acknowledged: false }] })),
    valid.map((v) => ({ ...v, enterpriseId: 'e1', parkId: null, policiesDelivered: [{ policyId: 'pol1', acknowledged: false, acknowledgedOn: v.date }] })),
    valid.map((v) => ({ ...v, enterpriseId: 'e1', parkId: null, policiesDelivered: [{ policyId: 'pol1', acknowledged: true, acknowledgedOn: fromDayNumber(toDayNumber(v.date) - 1) }] })),
    fc.tuple(valid, fc.constantFrom('id', 'date', 'visitorIds', 'departmentIds', 'mode', 'purpose', 'findings')).map(([v, key]) => without(v, key)),
  );
}
