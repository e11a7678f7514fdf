/**
 * Where test/schemas-agreement.test.ts gets its samples for each public schema. Every public
 * schema is tested: by default with an arbitrary derived from the zod schema (test/schemas/derive.ts)
 * and mutations of its valid values. Register here, by the schema's name (`Issue` for
 * `IssueSchema`, `IntakeChannel` for an enum), an arbitrary of valid values when the derived one
 * rarely satisfies the rules the parser checks in code (it is then drawn as often as the derived
 * one), and an arbitrary of invalid values when the testing kit has one. A schema added later is
 * picked up automatically; register an arbitrary for it only if the test says its valid samples
 * are too few.
 */
import fc from 'fast-check';
import { CalendarDateSchema, InstantSchema } from '../../src/index.js';
import { UsccSchema } from '../../src/enterprise/index.js';
import { chinaCalendar, HolidayNoticeSchema } from '../../src/calendar/index.js';
import { CapacityRuleSchema } from '../../src/pairing/index.js';
import {
  arbAdviser,
  arbCalendarDate,
  arbEnterprise,
  arbInstant,
  arbInvalidAdviser,
  arbInvalidCalendarDate,
  arbInvalidEnterprise,
  arbInvalidIssueCommand,
  arbInvalidLadder,
  arbInvalidPairing,
  arbInvalidScoringScheme,
  arbInvalidTally,
  arbInvalidUscc,
  arbInvalidVisit,
  arbHelpTaskSheet,
  arbInvalidHelpTaskSheet,
  arbIssue,
  arbIssueCommand,
  arbLadder,
  arbPairing,
  arbScoringScheme,
  arbTally,
  arbUscc,
  arbVisit,
} from '../../src/testing/index.js';
import { deriveArbitrary } from './derive.js';
import { CampaignMeasure } from '../../src/campaign/index.js';
import { RectificationGround } from '../../src/issue/index.js';
import { AdviserKind, GovernmentLevel } from '../../src/org/index.js';
import { fromDayNumber, toDayNumber } from '../../src/internal/days.js';

const basic = new Map<unknown, fc.Arbitrary<unknown>>([
  [UsccSchema, arbUscc()],
  [InstantSchema, arbInstant()],
  [CalendarDateSchema, arbCalendarDate()],
]);

/** A capacity rule whose minimum is at most its maximum. */
const arbCapacityRule = deriveArbitrary(CapacityRuleSchema, basic).map((r) => {
  const { minEnterprises: min, maxEnterprises: max } = r as { minEnterprises?: number; maxEnterprises: number | null };
  return max === null || min === undefined || min <= max ? r : { ...(r as object), minEnterprises: max, maxEnterprises: min };
});

/** One year of a notice: the published days of a year of `chinaCalendar`. */
const arbNotice = fc.integer({ min: chinaCalendar.firstYear, max: (chinaCalendar.provisionalFrom ?? chinaCalendar.lastYear + 1) - 1 }).map((year) => {
  const inYear = (date: string): boolean => Number(date.slice(0, 4)) === year;
  return {
    year,
    holidays: chinaCalendar.holidays.filter((h) => inYear(h.from) && inYear(h.to)),
    adjustedWorkingDays: chinaCalendar.adjustedWorkingDays.filter((w) => inYear(w.date)),
  };
});

/**
 * The arbitraries of schemas used inside others, which the derived arbitrary should not derive
 * (it draws them wherever the schema stands, the schema itself included).
 */
export const knownArbitraries: ReadonlyMap<unknown, fc.Arbitrary<unknown>> = new Map<unknown, fc.Arbitrary<unknown>>([
  ...basic,
  [CapacityRuleSchema, arbCapacityRule],
  [HolidayNoticeSchema, arbNotice],
]);

/** Covered years of a calendar cut out of `chinaCalendar`: its days within them, none derived before its provisional years. */
const arbCalendarCut = fc.integer({ min: 0, max: 40 }).chain((offset) =>
  fc.integer({ min: 0, max: 2 }).map((span) => {
    const firstYear = chinaCalendar.firstYear + offset;
    const lastYear = Math.min(firstYear + span, chinaCalendar.lastYear);
    const within = (date: string): boolean => Number(date.slice(0, 4)) >= firstYear && Number(date.slice(0, 4)) <= lastYear;
    const from = chinaCalendar.provisionalFrom;
    return JSON.parse(
      JSON.stringify({
        ...chinaCalendar,
        firstYear,
        lastYear,
        holidays: chinaCalendar.holidays.filter((h) => within(h.from) && within(h.to)),
        adjustedWorkingDays: chinaCalendar.adjustedWorkingDays.filter((w) => within(w.date)),
        closures: [],
        provisionalFrom: from !== null && from <= lastYear ? Math.max(from, firstYear) : null,
      }),
    ) as unknown;
  }),
);

/** The sections of GB/T 4754-2017 with their first and last divisions. */
const SECTIONS: readonly (readonly [string, number, number])[] = [
  ['A', 1, 5], ['B', 6, 12], ['C', 13, 43], ['D', 44, 46], ['E', 47, 50], ['F', 51, 52], ['G', 53, 60], ['H', 61, 62], ['I', 63, 65], ['J', 66, 69],
  ['K', 70, 70], ['L', 71, 72], ['M', 73, 75], ['N', 76, 79], ['O', 80, 82], ['P', 83, 83], ['Q', 84, 85], ['R', 86, 90], ['S', 91, 96], ['T', 97, 97],
];

/** A GB/T 4754-2017 code: a section letter, or the letter with one of its divisions and 0–2 more digits. */
const arbIndustryCode = fc.constantFrom(...SECTIONS).chain(([letter, first, last]) =>
  fc.oneof(
    fc.constant(letter),
    fc.tuple(fc.integer({ min: first, max: last }), fc.stringMatching(/^\d{0,2}$/)).map(([d, rest]) => `${letter}${String(d).padStart(2, '0')}${rest}`),
  ),
);

/** Lower bounds of large, medium and small, falling strictly. */
const arbSizeThresholds = (bound: fc.Arbitrary<number>) =>
  fc.uniqueArray(bound, { minLength: 3, maxLength: 3 }).map((xs) => {
    const [large, medium, small] = [...xs].sort((a, b) => b - a) as [number, number, number];
    return { large, medium, small };
  });

/** A row of size rules with the given codes: one to three indicators with falling thresholds. */
const arbSizeRow = (industries: fc.Arbitrary<string[]>) =>
  fc.record({
    id: fc.stringMatching(/^[a-z]{1,12}$/),
    name: fc.record({ zh: fc.constantFrom('工业', '批发业', '某行业'), en: fc.constantFrom('Industry', 'Wholesale', 'Some trade') }),
    industries,
    thresholds: fc.record(
      {
        employees: arbSizeThresholds(fc.integer({ min: 1, max: 1_000_000 })),
        operatingRevenue: arbSizeThresholds(fc.double({ min: 0.01, max: 1e9, noNaN: true })),
        totalAssets: arbSizeThresholds(fc.double({ min: 0.01, max: 1e9, noNaN: true })),
      },
      { requiredKeys: [] },
    ).filter((t) => Object.keys(t).length > 0),
  });

/** Size rules: rows with distinct ids and codes. */
const arbSizeRules = fc.uniqueArray(arbIndustryCode, { minLength: 1, maxLength: 12 }).chain((codes) =>
  fc.integer({ min: 1, max: codes.length }).chain((n) =>
    fc.tuple(...Array.from({ length: n }, (_, i) => arbSizeRow(fc.constant(codes.filter((_, k) => k % n === i))))).map((rows) => ({
      id: 'rules',
      name: { zh: '规模划分', en: 'Sizes' },
      source: '测试',
      rows: rows.map((r, i) => ({ ...r, id: `${r.id}${i}` })),
    })),
  ),
);

/** Facts for the size rules: a code, with or without its section letter, and indicators known or not. */
const arbSizeFacts = fc.record(
  {
    industry: arbIndustryCode.map((c) => (c.length > 1 && c.charCodeAt(2) % 2 === 0 ? c.slice(1) : c)),
    employees: fc.oneof(fc.nat({ max: 100_000 }), fc.constant(null)),
    operatingRevenue: fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constant(null)),
    totalAssets: fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constant(null)),
  },
  { requiredKeys: ['industry'] },
);

/** A fault-tolerance list (issue 19): declared facts, situations on both sides naming only them, ids unique across sides. */
const arbFaultTolerancePolicy = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 6 }).chain((keys) => {
  const situation = fc
    .tuple(fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: 3 }), fc.uniqueArray(fc.constantFrom(...keys), { maxLength: 3 }), fc.constantFrom('甲', '乙'))
    .map(([all, none, zh]) => ({ label: { zh, en: 'Situation' }, when: { all, none: none.filter((k) => !all.includes(k)) } }));
  return fc.tuple(fc.array(situation, { maxLength: 4 }), fc.array(situation, { maxLength: 4 }), fc.constantFrom('清单', '示例')).map(([ex, ac, zh]) => ({
    id: 'list',
    name: { zh, en: 'List' },
    source: '测试',
    facts: keys.map((key) => ({ key, label: { zh: '事实', en: 'Fact' } })),
    exemptions: ex.map((s, i) => ({ id: `e${i}`, ...s })),
    accountabilities: ac.map((s, i) => ({ id: `a${i}`, ...s })),
  }));
});
/** A day number from 2005 to 2030. */
const arbDay = fc.integer({ min: toDayNumber('2005-01-01'), max: toDayNumber('2030-12-31') });
const arbLabel = fc.record({ zh: fc.constantFrom('阶段', '活动', '目标'), en: fc.constantFrom('Phase', 'Campaign', 'Target') });

/** A campaign (issue 19): phases one after another inside its period, unique ids and figures, targets with a bound, due inside the period. */
const arbCampaign = fc
  .record({
    start: arbDay,
    cuts: fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 2, maxLength: 8 }).map((xs) => [...xs].sort((a, b) => a - b)),
    groups: fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z]{1,8}$/),
        name: arbLabel,
        kind: fc.constantFrom(...AdviserKind.values),
        level: fc.option(fc.constantFrom(...GovernmentLevel.values)),
        expected: fc.record({ people: fc.option(fc.nat({ max: 2000 })), enterprises: fc.option(fc.nat({ max: 2000 })) }),
        enterprisesPerPerson: fc.option(fc.tuple(fc.nat({ max: 5 }), fc.integer({ min: 1, max: 5 })).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }))),
      }),
      { maxLength: 4, selector: (g) => g.id },
    ),
    targets: fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z]{1,8}$/),
        label: arbLabel,
        measure: fc.constantFrom(...CampaignMeasure.values),
        bounds: fc.oneof(fc.record({ atLeast: fc.nat({ max: 500 }) }), fc.record({ atMost: fc.nat({ max: 500 }) }), fc.tuple(fc.nat({ max: 50 }), fc.nat({ max: 50 })).map(([a, b]) => ({ atLeast: Math.min(a, b), atMost: Math.max(a, b) }))),
        by: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
        source: fc.constant('测试'),
      }),
      { maxLength: 3, selector: (t) => t.id },
    ),
    figures: fc.uniqueArray(fc.constantFrom(...CampaignMeasure.values), { maxLength: 6 }),
  })
  .map(({ start, cuts, groups, targets, figures }) => {
    const end = start + (cuts.at(-1) as number);
    const phases = cuts.slice(0, -1).map((c, i) => ({ id: `p${i}`, name: { zh: '阶段', en: 'Phase' }, from: fromDayNumber(start + c + (i === 0 ? 0 : 1)), to: fromDayNumber(start + (cuts[i + 1] as number)) }));
    return {
      id: 'campaign',
      name: { zh: '企业服务年', en: 'Enterprise Service Year' },
      source: '测试',
      period: { from: fromDayNumber(start), to: fromDayNumber(end) },
      phases: phases.filter((p) => p.from <= p.to),
      participants: groups,
      targets: targets.map(({ bounds, by, ...t }) => ({ ...t, ...bounds, by: by === null ? null : fromDayNumber(start + Math.floor(by * (end - start))) })),
      figures,
    };
  })
  .filter((c) => c.phases.length > 0);

/** A rectification order (限期整改): due and rectified not before the order, grounds and issues once, two different bodies. */
const arbRectificationOrder = fc
  .record({
    day: arbDay,
    due: fc.nat({ max: 60 }),
    done: fc.option(fc.nat({ max: 90 })),
    joint: fc.boolean(),
    fixed: fc.boolean(),
    grounds: fc.uniqueArray(fc.constantFrom(...RectificationGround.values), { minLength: 1, maxLength: 5 }),
    issueIds: fc.uniqueArray(fc.stringMatching(/^q-[0-9]{1,3}$/), { maxLength: 4 }),
  })
  .map(({ day, due, done, joint, fixed, grounds, issueIds }) => ({
    id: 'r1',
    departmentId: 'd-land',
    orderedOn: fromDayNumber(day),
    orderedBy: joint ? [{ id: 'office', role: 'leadingGroupOffice' }, { id: 'xiaoneng', role: 'efficiencyOffice' }] : [{ id: 'office', role: 'leadingGroupOffice' }],
    grounds,
    reason: '',
    issueIds,
    limit: fixed ? { dueOn: fromDayNumber(day + due) } : { workingDays: 1 + (due % 30) },
    rectified: done === null ? null : { on: fromDayNumber(day + done), summary: '已整改' },
  }));

/** The registered arbitraries: of valid values (mixed with the derived one) and of invalid ones. */
export const sampleArbitraries: Readonly<Record<string, { readonly valid?: fc.Arbitrary<unknown>; readonly invalid?: fc.Arbitrary<unknown> }>> = {
  Uscc: { valid: arbUscc(), invalid: arbInvalidUscc() },
  CalendarDate: { valid: arbCalendarDate(), invalid: arbInvalidCalendarDate() },
  Instant: { valid: arbInstant() },
  Enterprise: { valid: arbEnterprise(), invalid: arbInvalidEnterprise() },
  Adviser: { valid: arbAdviser(), invalid: arbInvalidAdviser() },
  Pairing: { valid: arbPairing(), invalid: arbInvalidPairing() },
  Visit: { valid: arbVisit(), invalid: arbInvalidVisit() },
  HelpTaskSheet: { valid: arbHelpTaskSheet(), invalid: arbInvalidHelpTaskSheet() },
  Issue: { valid: arbIssue() },
  IssueCommand: { valid: arbIssueCommand(), invalid: arbInvalidIssueCommand() },
  EscalationLadder: { valid: arbLadder(), invalid: arbInvalidLadder() },
  ScoringScheme: { valid: arbScoringScheme(), invalid: arbInvalidScoringScheme() },
  Tally: { valid: arbTally(), invalid: arbInvalidTally() },
  WorkCalendar: { valid: arbCalendarCut },
  EnterpriseSizeFacts: { valid: arbSizeFacts },
  EnterpriseSizeRow: { valid: arbSizeRow(fc.uniqueArray(arbIndustryCode, { minLength: 1, maxLength: 5 })) },
  EnterpriseSizeRules: { valid: arbSizeRules },
  FaultTolerancePolicy: { valid: arbFaultTolerancePolicy },
  // Issue 19: the derived events carry the optional jointWith on any type (only a supervise event may); real events keep the draws valid.
  IssueEvent: { valid: fc.tuple(arbIssue(), fc.nat()).map(([i, n]) => i.history[n % i.history.length]) },
  Campaign: { valid: arbCampaign },
  RectificationOrder: { valid: arbRectificationOrder },
};
