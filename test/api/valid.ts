/**
 * Valid data for the no-throw law's registry: the library's defaults, and pools drawn once (with a
 * fixed seed, so that a failing case replays) from the testing kit. The law spoils them with
 * {@link hostile}; the pools only keep the per-call cost low.
 */
import { fc } from '@fast-check/vitest';
import {
  chinaCalendar,
  defaultAccessPolicy,
  defaultLifecyclePolicy,
  deriveStatutoryDays,
  hainingLadder,
  jiaozuoLadder,
  jiaozuoServiceAreas,
  jiaozuoTimeLadder,
  publishedYearsOnly,
  route,
  timeLadder,
  unwrap,
  xingtaiLadder,
  xingtaiServiceAreas,
  UNSAFE_NO_ACCESS_CHECK,
  type AccessSubject,
  type Actor,
  type CountyOf,
  type EscalationLadder,
  type ExtraFacts,
  type HolidayNotice,
  type Issue,
  type IssueCommand,
  type IssueContext,
  type IssueEvent,
  type Locale,
  type Route,
  type WorkCalendar,
} from './everything.js';
import { arbCalendarDate, arbInstant, arbIssue, arbIssueCommand } from '../../src/testing/index.js';

/** A fixed sample of an arbitrary: the same values in every run. */
export const pool = <T>(arb: fc.Arbitrary<T>, n = 24): readonly T[] => fc.sample(arb, { numRuns: n, seed: 20_260_105 });

/** `fc.constantFrom` over a pool. */
export const from = <T>(arb: fc.Arbitrary<T>, n = 24): fc.Arbitrary<T> => fc.constantFrom(...pool(arb, n));

export const locale: fc.Arbitrary<Locale> = fc.constantFrom('zh-CN', 'en');

/** Two small calendars: 2026 published, and 2026 with 2027 provisional. */
const small2026: WorkCalendar = {
  name: { zh: '小日历', en: 'A small calendar' },
  firstYear: 2026,
  lastYear: 2026,
  weekendDays: [6, 7],
  holidays: [
    { festival: 'newYear', from: '2026-01-01', to: '2026-01-03' },
    { festival: 'nationalDay', from: '2026-10-01', to: '2026-10-07' },
  ],
  adjustedWorkingDays: [{ festival: 'nationalDay', date: '2026-10-10' }],
  closures: [{ from: '2026-06-01', to: '2026-06-01', reason: { zh: '停电', en: 'Power cut' } }],
  provisionalFrom: null,
};

export const calendars: readonly WorkCalendar[] = [chinaCalendar, unwrap(publishedYearsOnly(chinaCalendar)), small2026];

/** A calendar: China's, its published years only, or a small one. */
export const calendar: fc.Arbitrary<WorkCalendar> = fc.constantFrom(...calendars);

/** A date in the years 2024–2027, China's calendar covers. */
export const date: fc.Arbitrary<string> = arbCalendarDate({ from: '2024-01-01', to: '2027-12-31' });

/** An instant in 2024–2027 at China's offset. */
export const instant: fc.Arbitrary<string> = arbInstant({ from: '2024-01-01', to: '2027-12-31' });

/** A date range within 2025–2026. */
export const period: fc.Arbitrary<{ from: string; to: string }> = fc
  .tuple(arbCalendarDate({ from: '2025-01-01', to: '2026-12-31' }), arbCalendarDate({ from: '2025-01-01', to: '2026-12-31' }))
  .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

/** The 2027 notice as qinqing would derive it (days off only). */
export const notice2027: HolidayNotice = {
  year: 2027,
  holidays: unwrap(deriveStatutoryDays(2027)).days.map((d) => ({ festival: d.festival, from: d.date, to: d.date })),
  adjustedWorkingDays: [],
};

/** Issues of every state, submitted in the first half of 2026 (their histories are valid events). */
export const issues: readonly Issue[] = pool(arbIssue({ from: '2026-01-05', to: '2026-06-30', maxCommands: 14 }), 40);

/** An issue from the pool. */
export const issue: fc.Arbitrary<Issue> = fc.constantFrom(...issues);

/** A few issues from the pool (possibly none, possibly one twice). */
export const someIssues: fc.Arbitrary<Issue[]> = fc.array(issue, { maxLength: 6 });

/** The events of an issue of the pool (a valid history), or its first few. */
export const history: fc.Arbitrary<readonly IssueEvent[]> = fc.tuple(issue, fc.nat()).map(([i, n]) => (n % 3 === 0 ? i.history.slice(0, 1 + (n % i.history.length)) : i.history));

/** An event of some issue. */
export const event: fc.Arbitrary<IssueEvent> = fc.tuple(issue, fc.nat()).map(([i, n]) => i.history[n % i.history.length] as IssueEvent);

/** A command: valid for an issue of the pool, or for a new issue. */
export const command: fc.Arbitrary<IssueCommand> = fc.oneof(
  from(arbIssueCommand(null, { from: '2026-01-05', to: '2026-06-30' }), 20),
  fc.constantFrom(...issues.filter((i) => i.state !== 'withdrawn' && !(i.state === 'closed' && i.mergedInto !== null)).slice(0, 12)).chain((i) => arbIssueCommand(i)),
);

export const actor: fc.Arbitrary<Actor> = fc.constantFrom<Actor>(
  { id: 'office', role: 'leadingGroupOffice' },
  { id: 'e1', role: 'enterprise' },
  { id: 'd-power', role: 'departmentHandler' },
  { id: 'mayor', role: 'cityLeader' },
);

export const ladders: readonly EscalationLadder[] = [jiaozuoLadder, xingtaiLadder, hainingLadder, jiaozuoTimeLadder, unwrap(timeLadder())];
export const ladder: fc.Arbitrary<EscalationLadder> = fc.constantFrom(...ladders);

/** Routes of the pool's issues on the built-in ladders. */
export const routes: readonly Route[] = issues.flatMap((i) =>
  ladders.flatMap((l) => {
    const r = route(i, l, '2026-07-01', chinaCalendar);
    return r.ok ? [r.value] : [];
  }),
);

/** Extra facts for routing. */
export const extraFacts: fc.Arbitrary<ExtraFacts> = fc.record(
  { industry: fc.constantFrom('C34', 'C26', 'I65'), enterprisesAffected: fc.integer({ min: 1, max: 20 }), amountInvolved: fc.integer({ min: 0, max: 10_000_000 }) },
  { requiredKeys: [] },
);

/** An issue context: China's calendar and the default policy, or more. */
export const context: fc.Arbitrary<IssueContext> = fc.oneof(
  fc.constant({ calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK }),
  fc.record({
    calendar,
    policy: fc.constant(defaultLifecyclePolicy),
    taxonomy: fc.constantFrom(xingtaiServiceAreas, jiaozuoServiceAreas),
    access: fc.record({
      policy: fc.constant(defaultAccessPolicy),
      subject: fc.constantFrom<AccessSubject>(
        { id: 'office', role: 'leadingGroupOffice', level: 'city' },
        { id: 'e1', role: 'enterprise', level: 'city', enterpriseId: 'e1' },
        { id: 'h1', role: 'departmentHandler', level: 'county', departmentId: 'd-power', countyId: 'c1' },
        { id: 'a1', role: 'adviser', level: 'city', pairedEnterpriseIds: ['e1', 'e2'] },
      ),
      countyOf: fc.constantFrom<CountyOf>({ e1: 'c1' }, (id: string) => (id === 'e1' ? 'c1' : undefined)),
    }),
  }),
);
