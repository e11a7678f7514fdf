import * as fc from 'fast-check';
import { chinaCalendar } from '../calendar/china.js';
import type { WorkCalendar } from '../calendar/schema.js';
import type { CalendarDate, Id } from '../core/schema.js';
import { VisitMode, type HelpTaskCommandType } from '../visit/enums.js';
import type { DeliveredPolicy, Visit } from '../visit/schema.js';
import type { GrassrootsTargetRef } from '../visit/targets.js';
import { createHelpTaskSheet, transitionHelpTaskSheet, type HelpTaskCommand, type HelpTaskSheet } from '../visit/task-sheet.js';
import { arbCalendarDate, arbInvalidCalendarDate } from './calendar.js';
import { idArb, idsArb, without } from './pools.js';
import { dayRange, fromDayNumber, toDayNumber } from './tape.js';

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
  /**
   * Whether some visits go to a household, a village or a grassroots organisation (`target`, Part
   * 14, 004) and carry a round and a work group (default true). Set it to false to draw only
   * visits to enterprises and parks, as before Part 14.
   */
  readonly targets?: boolean;
  /** The household, village and organisation ids to draw targets from (default: short ids such as `'hh7'`, `'vil2'`, `'org3'`). */
  readonly targetIds?: readonly Id[];
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
 * acknowledged on a later date; since Part 14 (004) also, unless `targets: false`, visits to a
 * household, a village or a grassroots organisation (`target`), and now and then a round and a
 * work group.
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
  const other = fc
    .tuple(fc.constantFrom('household' as const, 'village' as const, 'grassrootsOrganisation' as const), fc.nat({ max: 99 }))
    .chain(([kind, n]) => (options.targetIds === undefined ? fc.constant(`${kind === 'household' ? 'hh' : kind === 'village' ? 'vil' : 'org'}${n}`) : idArb(options.targetIds, 'hh')).map((id) => ({ enterpriseId: null, parkId: null, target: { kind, id } })));
  const places: fc.WeightedArbitrary<{ enterpriseId: Id | null; parkId: Id | null; target?: GrassrootsTargetRef }>[] = [{ weight: 4, arbitrary: enterprise }];
  if (options.parks !== false) places.push({ weight: 1, arbitrary: park });
  if (options.targets !== false) places.push({ weight: 2, arbitrary: other });
  const target: fc.Arbitrary<{ enterpriseId: Id | null; parkId: Id | null; target?: GrassrootsTargetRef }> = places.length === 1 ? enterprise : fc.oneof(...places);
  const campaign = options.targets === false ? fc.constant(null) : fc.option(fc.record({ roundId: idArb(undefined, 'r'), workGroupId: idArb(undefined, 'g') }, { requiredKeys: [] }), { nil: null });
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
      campaign,
    })
    .map(({ target: t, form, delivered, campaign: c, ...v }) => ({
      id: v.id,
      date: v.date,
      visitorIds: v.visitorIds,
      departmentIds: v.departmentIds,
      enterpriseId: t.enterpriseId,
      parkId: t.parkId,
      ...(t.target === undefined ? {} : { target: t.target }),
      mode: v.mode,
      purpose: v.purpose,
      findings: v.findings,
      ...(form === null ? { answers: {} } : form),
      issueIds: v.issueIds,
      ...(delivered === null || t.enterpriseId === null ? {} : { policiesDelivered: delivered.map((d) => deliveredOn(d, v.date)) }),
      ...(c === null ? {} : c),
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
 * the visit; a `target` beside an enterprise or a park, a target of kind enterprise, policies
 * delivered on a visit to a household.
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
    valid.map((v) => ({ ...without(v, 'target'), enterpriseId: null, parkId: null })),
    valid.map((v) => ({ ...v, enterpriseId: v.enterpriseId ?? 'e1', parkId: v.parkId ?? 'park1' })),
    fc.tuple(valid, arbInvalidCalendarDate()).map(([v, date]) => ({ ...v, date })),
    valid.map((v) => ({ ...v, mode: 'email' })),
    valid.map((v) => ({ ...v, purpose: '' })),
    valid.map((v) => ({ ...v, rating: 5 })),
    valid.map((v) => ({ ...v, enterpriseId: null, parkId: 'park1', policiesDelivered: [{ policyId: 'pol1', acknowledged: false }] })),
    valid.map((v) => ({ ...v, enterpriseId: 'e1', parkId: null, policiesDelivered: [{ policyId: 'pol1', acknowledged: true }, { policyId: 'pol1', acknowledged: false }] })),
    valid.map((v) => ({ ...v, enterpriseId: 'e1', parkId: null, policiesDelivered: [{ policyId: 'pol1', acknowledged: false, acknowledgedOn: v.date }] })),
    valid.map((v) => ({ ...v, enterpriseId: 'e1', parkId: null, policiesDelivered: [{ policyId: 'pol1', acknowledged: true, acknowledgedOn: fromDayNumber(toDayNumber(v.date) - 1) }] })),
    valid.map((v) => ({ ...v, enterpriseId: 'e1', parkId: null, target: { kind: 'household', id: 'hh1' } })),
    valid.map((v) => ({ ...v, enterpriseId: null, parkId: 'park1', target: { kind: 'village', id: 'vil1' } })),
    valid.map((v) => ({ ...v, enterpriseId: null, parkId: null, target: { kind: 'enterprise', id: 'e1' } })),
    valid.map((v) => ({ ...v, enterpriseId: null, parkId: null, target: { kind: 'household', id: 'hh1' }, policiesDelivered: [{ policyId: 'pol1', acknowledged: false }] })),
    fc.tuple(valid, fc.constantFrom('id', 'date', 'visitorIds', 'departmentIds', 'mode', 'purpose', 'findings')).map(([v, key]) => without(v, key)),
  );
}

/**
 * Options of {@link arbHelpTaskSheet}.
 *
 * @category Testing
 */
export interface ArbHelpTaskSheetOptions {
  /** The sheet ids to draw from (default: short ids such as `'t7'`). */
  readonly ids?: readonly Id[];
  /** The calendar the deadlines are counted on (`chinaCalendar` by default). */
  readonly calendar?: WorkCalendar;
  /** The first date of issue (default: the calendar's first day). */
  readonly from?: CalendarDate;
  /** The last date of issue (default: about 400 days before the calendar's last day, so that every deadline and command lies in it). */
  readonly to?: CalendarDate;
  /** At most this many commands are tried on a drawn sheet (default 5; 0 for open sheets only). */
  readonly maxCommands?: number;
}

const targetKinds = ['household', 'village', 'grassrootsOrganisation', 'enterprise', 'park'] as const;
const targetPrefix: Readonly<Record<(typeof targetKinds)[number], string>> = { household: 'hh', village: 'vil', grassrootsOrganisation: 'org', enterprise: 'e', park: 'park' };
const steps = ['urge', 'supervision', 'publicListing', 'accountability'] as const;

/** A command of every type, dated `gap` days after `after`. */
function commandArb(): fc.Arbitrary<{ type: HelpTaskCommandType; gap: number; step: (typeof steps)[number]; note: string; actorId: Id }> {
  return fc.record({
    // Weighted so that sheets are completed and reopened about as often as cancelled.
    type: fc.oneof(
      { weight: 3, arbitrary: fc.constant<HelpTaskCommandType>('start') },
      { weight: 3, arbitrary: fc.constant<HelpTaskCommandType>('complete') },
      { weight: 1, arbitrary: fc.constant<HelpTaskCommandType>('cancel') },
      { weight: 2, arbitrary: fc.constant<HelpTaskCommandType>('reopenHelp') },
      { weight: 2, arbitrary: fc.constant<HelpTaskCommandType>('supervise') },
    ),
    gap: fc.nat({ max: 20 }),
    step: fc.constantFrom(...steps),
    note: fc.constantFrom('需求已变化', '复访发现困难仍在', '已协调解决', '按期推进'),
    actorId: idArb(undefined, 'pm'),
  });
}

/** The command drawn, dated `on`. */
function toCommand(c: { type: HelpTaskCommandType; step: (typeof steps)[number]; note: string; actorId: Id }, on: CalendarDate): HelpTaskCommand {
  switch (c.type) {
    case 'start':
      return { type: 'start', on, actorId: c.actorId };
    case 'complete':
      return { type: 'complete', on, actorId: c.actorId, note: c.note };
    case 'cancel':
      return { type: 'cancel', on, actorId: c.actorId, note: c.note };
    case 'reopenHelp':
      return { type: 'reopenHelp', on, actorId: c.actorId, note: c.note };
    case 'supervise':
      return { type: 'supervise', on, actorId: c.actorId, step: c.step };
    default: {
      const never: never = c.type;
      throw new Error(`qinqing/testing: unknown command ${String(never)}`);
    }
  }
}

/**
 * An arbitrary of help task sheets (帮扶任务书, 004 Xuzhou; Part 14) as the library makes them: a
 * draft for a household, village, grassroots organisation, enterprise or park drawn up by
 * `createHelpTaskSheet` on the calendar, then a few commands of every type, each applied by
 * `transitionHelpTaskSheet` when the lifecycle allows it and skipped when it refuses — so sheets
 * come open, in progress, completed (some reopened), cancelled and supervised.
 *
 * @param options - Ids, the calendar, the range of dates of issue and how many commands to try.
 * @returns An arbitrary of sheets that `safeParse(HelpTaskSheetSchema, …)` accepts unchanged.
 * @example
 * ```ts
 * fc.assert(fc.property(arbHelpTaskSheet(), (s) => safeParse(HelpTaskSheetSchema, s).ok));
 * ```
 * @category Testing
 */
export function arbHelpTaskSheet(options: ArbHelpTaskSheetOptions = {}): fc.Arbitrary<HelpTaskSheet> {
  const calendar = options.calendar ?? chinaCalendar;
  const [first, last] = dayRange(calendar, options.from, options.to);
  const lastIssue = options.to === undefined ? Math.max(first, last - 400) : last;
  const maxCommands = options.maxCommands ?? 5;
  const draft = fc.record({
    id: idArb(options.ids, 't'),
    kind: fc.constantFrom(...targetKinds),
    n: fc.nat({ max: 99 }),
    title: fc.constantFrom('协调修建村道', '协助办理大病救助', '对接融资需求', '商标注册辅导', '危房改造'),
    measures: fc.constantFrom('缺什么、帮什么、补什么：对接相关部门', '联系银行，组织银企对接', '指导申报材料，跟踪办理'),
    problemIds: idsArb(undefined, 'p', 1, 3),
    workGroupId: fc.option(idArb(undefined, 'g'), { nil: null }),
    responsibleIds: idsArb(undefined, 'pm', 1, 2),
    roundId: fc.option(idArb(undefined, 'r'), { nil: null }),
    issued: fc.integer({ min: first, max: lastIssue }),
    issuedBy: idArb(undefined, 'lead'),
    workingDays: fc.integer({ min: 1, max: 60 }),
  });
  return fc
    .tuple(draft, fc.array(commandArb(), { maxLength: maxCommands }))
    .map(([d, commands]) => {
      const created = createHelpTaskSheet(
        {
          id: d.id,
          target: { kind: d.kind, id: `${targetPrefix[d.kind]}${d.n}` },
          title: d.title,
          measures: d.measures,
          problemIds: d.problemIds,
          workGroupId: d.workGroupId,
          responsibleIds: d.responsibleIds,
          ...(d.roundId === null ? {} : { roundId: d.roundId }),
          issuedOn: fromDayNumber(d.issued),
          issuedBy: d.issuedBy,
          workingDays: d.workingDays,
        },
        calendar,
      );
      if (!created.ok) throw new Error(`qinqing/testing: ${created.error.message}`);
      let sheet = created.value;
      let day = d.issued;
      for (const c of commands) {
        day += c.gap;
        const next = transitionHelpTaskSheet(sheet, toCommand(c, fromDayNumber(day)));
        if (next.ok) sheet = next.value.sheet;
      }
      return sheet;
    });
}

/**
 * An arbitrary of commands on a help task sheet, of every type, valid by `HelpTaskCommandSchema`
 * (a reason for `cancel` and `reopenHelp`, a step for `supervise`), dated in a range — for laws
 * over the lifecycle: each is applied or refused by the table.
 *
 * @param options - The range of dates (default: 2017).
 * @returns An arbitrary of commands.
 * @example
 * ```ts
 * fc.assert(fc.property(arbHelpTaskCommand(), (c) => safeParse(HelpTaskCommandSchema, c).ok));
 * ```
 * @category Testing
 */
export function arbHelpTaskCommand(options: { readonly from?: CalendarDate; readonly to?: CalendarDate } = {}): fc.Arbitrary<HelpTaskCommand> {
  const from = toDayNumber(options.from ?? '2017-01-01');
  const to = toDayNumber(options.to ?? '2017-12-31');
  if (Number.isNaN(from) || Number.isNaN(to) || from > to) throw new Error('qinqing/testing: arbHelpTaskCommand needs real dates with from ≤ to.');
  return fc.tuple(commandArb(), fc.integer({ min: from, max: to })).map(([c, day]) => toCommand(c, fromDayNumber(day)));
}

/**
 * An arbitrary of data that is almost a help task sheet but not quite: a deadline not after the
 * date of issue, a completion date on an unfinished sheet or none on a completed one, dates out of
 * order, a problem or person listed twice, an unknown status or target kind, a missing field.
 *
 * @param options - As for {@link arbHelpTaskSheet}.
 * @returns An arbitrary of values that `safeParse(HelpTaskSheetSchema, …)` rejects.
 * @example
 * ```ts
 * fc.assert(fc.property(arbInvalidHelpTaskSheet(), (x) => !safeParse(HelpTaskSheetSchema, x).ok));
 * ```
 * @category Testing
 */
export function arbInvalidHelpTaskSheet(options: ArbHelpTaskSheetOptions = {}): fc.Arbitrary<unknown> {
  const valid = arbHelpTaskSheet(options);
  return fc.oneof(
    valid.map((s) => ({ ...s, dueOn: s.issuedOn })),
    valid.map((s) => ({ ...s, status: 'open', completedOn: s.issuedOn })),
    valid.map((s) => ({ ...s, status: 'completed', completedOn: null })),
    valid.map((s) => ({ ...s, updatedOn: fromDayNumber(toDayNumber(s.issuedOn) - 1) })),
    valid.map((s) => ({ ...s, problemIds: [...s.problemIds, s.problemIds[0]] })),
    valid.map((s) => ({ ...s, responsibleIds: [...s.responsibleIds, s.responsibleIds[0]] })),
    valid.map((s) => ({ ...s, status: 'done' })),
    valid.map((s) => ({ ...s, target: { kind: 'person', id: 'x1' } })),
    valid.map((s) => ({ ...s, workingDays: 0 })),
    fc.tuple(valid, fc.constantFrom('id', 'target', 'title', 'dueOn', 'status', 'updatedOn')).map(([s, key]) => without(s, key)),
  );
}
