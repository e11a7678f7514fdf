/**
 * Part 9 (issue 14), "inputs that cannot stall a server": every public function that takes outside
 * data, fed the hostile inputs of each class below, must answer — a value or a typed error, never
 * an exception — within 1 s, with an error whose report is under 64 KB. For each class the bench
 * prints the worst time of its cases (each the worst of 3 runs; the input is built before timing)
 * and the largest error, and exits non-zero when any case throws or is over either budget.
 *
 * The error size is the UTF-8 length of the error as JSON, without its `value`s and a ladder
 * rejection's `report` (the caller's own data, returned by reference): what a log line or a
 * response body carries. Set `QINQING_HOSTILE_ONLY=<text>` to run only the cases whose label holds it.
 */
import { performance } from 'node:perf_hooks';
import { fc } from '@fast-check/vitest';
import * as z from 'zod';
import { safeParse, unwrap, type DomainError } from '../src/index.js';
import {
  addWorkingDays,
  calendarCoverage,
  chinaCalendar,
  extendCalendar,
  parseHolidayNotice,
  publishedYearsOnly,
  workingDaysBetween,
  WorkCalendarSchema,
  type WorkCalendar,
} from '../src/calendar/index.js';
import { isValidUscc, normalizeUscc, safeParseUscc, usccCheckCharacter } from '../src/enterprise/index.js';
import { safeParseIssue, safeParseIssueCommand, safeParseIssueEvents, type Issue, type IssueCommand } from '../src/issue/index.js';
import { authorize, defaultAccessPolicy, maskContactData, safeParseAccessPolicy, type AccessPolicy } from '../src/access/index.js';
import { validateLadder } from '../src/escalation/index.js';
import { defaultMeetingSeries, occurrences } from '../src/meeting/index.js';
import { defaultPairingPolicy, stableMatch, suggestPairings, type StableMatchInput } from '../src/pairing/index.js';
import { arbIssue, arbIssueCommand } from '../src/testing/index.js';
import { publicModules } from '../test/public-modules.js';

const TIME_BUDGET_MS = 1000;
const SIZE_BUDGET = 64 * 1024;
const REPEATS = Number(process.env['QINQING_HOSTILE_REPEATS'] ?? 3);
const only = process.env['QINQING_HOSTILE_ONLY'];
/** `QINQING_HOSTILE_LIST=1`: print the labels only (one a line), e.g. to run each case in its own process. */
const listOnly = process.env['QINQING_HOSTILE_LIST'] === '1';

/** One hostile call: its label, and a thunk built before timing (the input is made by `setup`). */
interface Case {
  readonly label: string;
  readonly setup: () => () => unknown;
}

/** The classes of hostile input, each with its cases. */
const classes: { readonly name: string; readonly cases: Case[] }[] = [];
const add = (name: string, label: string, setup: () => () => unknown): void => {
  let c = classes.find((k) => k.name === name);
  if (c === undefined) classes.push((c = { name, cases: [] }));
  c.cases.push({ label, setup });
};

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

const DEEP = 100_000;
const MB = 1024 * 1024;

/** `{ a: { a: … } }`, `depth` levels, built without recursion. */
function deepObject(depth: number): unknown {
  let v: unknown = {};
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}
/** `[[[…]]]`, `depth` levels. */
function deepArray(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}
/** An object and an array that contain themselves. */
function cyclic(): { readonly object: unknown; readonly array: unknown } {
  const object: Record<string, unknown> = { type: 'submit', id: 'x' };
  object['self'] = { back: object };
  const array: unknown[] = [];
  array.push([array]);
  return { object, array };
}

const command: IssueCommand = fc.sample(arbIssueCommand(null, { from: '2026-01-05', to: '2026-06-30' }), { numRuns: 1, seed: 20261214 })[0] as IssueCommand;
const issue: Issue = fc.sample(arbIssue({ from: '2026-01-05', to: '2026-06-30', maxCommands: 14 }), { numRuns: 1, seed: 20261214 })[0] as Issue;
const megabyte = 'x'.repeat(MB);
const megabyteDigits = '1'.repeat(MB);
const megabyteContact = '张三 13800138000，邮箱 zhang@example.com；'.repeat(Math.ceil(MB / 32)).slice(0, MB);
const megabyteNotice = '一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。'.repeat(Math.ceil(MB / 40)).slice(0, MB);

/** The input's own parsers, by name: each takes `unknown`. */
const inputParsers: Readonly<Record<string, (input: unknown) => unknown>> = {
  safeParseIssueCommand,
  safeParseIssue,
  safeParseIssueEvents,
  safeParseAccessPolicy,
  validateLadder: (input) => validateLadder(input),
  stableMatch: (input) => stableMatch(input as StableMatchInput),
};

/** Every schema the package exports: the `XxxSchema` values and each enum's `.schema`. */
const schemas: readonly (readonly [string, z.ZodType])[] = Object.entries(publicModules).flatMap(([module, m]) =>
  Object.entries(m).flatMap(([name, v]): (readonly [string, z.ZodType])[] => {
    if (name.endsWith('Schema') && v instanceof z.ZodType) return [[`${module} ${name}`, v]];
    const inner = (v as { schema?: unknown } | null)?.schema;
    return typeof v === 'object' && inner instanceof z.ZodType ? [[`${module} ${name}.schema`, inner]] : [];
  }),
);
/**
 * An answer timed by the case itself: the worst of several calls (e.g. one per schema), and the
 * answer with the largest error.
 */
class Timed {
  constructor(
    readonly ms: number,
    readonly out: unknown,
    readonly note: string,
  ) {}
}

/** `safeParse(schema, input)` for every exported schema, as one case: the worst schema's time and the largest error. */
const everySchema = (input: unknown) => () => {
  let ms = 0;
  let slowest = '';
  let worst: unknown = { ok: true };
  for (const [name, s] of schemas) {
    const t0 = performance.now();
    const r = safeParse(s, input);
    const t = performance.now() - t0;
    if (t > ms) [ms, slowest] = [t, name];
    if (!r.ok && errorBytes(r.error) > errorBytes(errorOf(worst))) worst = r;
  }
  return new Timed(ms, worst, `slowest ${slowest}`);
};

/**
 * `f` on texts of 1 KB, 4 KB, … up to `size`, stopping at the first over the time budget (a
 * quadratic function would take minutes at 1 MB): the time at the largest size run.
 */
const growing = (size: number, make: (n: number) => string, f: (text: string) => unknown) => {
  const texts: string[] = [];
  for (let n = 1024; n < size; n *= 4) texts.push(make(n));
  texts.push(make(size));
  return () => {
    let last = new Timed(0, undefined, '');
    for (const t of texts) {
      const t0 = performance.now();
      const out = f(t);
      last = new Timed(performance.now() - t0, out, `at ${fmt(t.length)} characters`);
      if (last.ms > TIME_BUDGET_MS) break;
    }
    return last;
  };
};

// ---------------------------------------------------------------------------------------------
// Deep nesting, cycles
// ---------------------------------------------------------------------------------------------

for (const [shape, make] of [
  ['object', deepObject],
  ['array', deepArray],
] as const) {
  for (const [name, parse] of Object.entries(inputParsers)) add('deep nesting (100,000 levels)', `${name}(${shape})`, () => ((x) => () => parse(x))(make(DEEP)));
  add('deep nesting (100,000 levels)', `safeParseIssueCommand(command with a deep ${shape} in a field)`, () => {
    const x = { ...command, note: make(DEEP) };
    return () => safeParseIssueCommand(x);
  });
  add('deep nesting (100,000 levels)', `safeParse(each of ${schemas.length} exported schemas, ${shape})`, () => everySchema(make(DEEP)));
}
for (const [name, parse] of Object.entries(inputParsers)) {
  add('cycles', `${name}(cyclic object)`, () => ((x) => () => parse(x))(cyclic().object));
  add('cycles', `${name}(cyclic array)`, () => ((x) => () => parse(x))(cyclic().array));
}
add('cycles', `safeParseIssue(issue whose history refers back to it)`, () => {
  const x: Record<string, unknown> = JSON.parse(JSON.stringify(issue)) as Record<string, unknown>;
  (x['history'] as unknown[]).push(x);
  return () => safeParseIssue(x);
});
add('cycles', `safeParse(each exported schema, cyclic object)`, () => everySchema(cyclic().object));

// ---------------------------------------------------------------------------------------------
// 1 MB strings
// ---------------------------------------------------------------------------------------------

const text = '1 MB strings';
add(text, 'safeParseUscc(1 MB)', () => () => safeParseUscc(megabyteDigits));
add(text, 'isValidUscc(1 MB)', () => () => isValidUscc(megabyteDigits));
add(text, 'normalizeUscc(1 MB)', () => () => normalizeUscc(megabyte));
add(text, 'usccCheckCharacter(1 MB)', () => () => usccCheckCharacter(megabyteDigits));
add(text, 'parseHolidayNotice(1 MB of notice sentences)', () => () => parseHolidayNotice(megabyteNotice, 2026));
add(text, 'parseHolidayNotice(1 MB of x)', () => () => parseHolidayNotice(megabyte, 2026));
add(text, 'maskContactData(1 MB of names, numbers and e-mail)', () => growing(MB, (n) => megabyteContact.slice(0, n), maskContactData));
add(text, 'maskContactData(1 MB of digits)', () => growing(MB, (n) => megabyteDigits.slice(0, n), maskContactData));
add(text, 'maskContactData(1 MB of digits and spaces)', () => growing(MB, (n) => '1 '.repeat(n / 2), maskContactData));
for (const [name, parse] of Object.entries(inputParsers)) add(text, `${name}(1 MB string)`, () => () => parse(megabyte));
add(text, 'safeParseIssueCommand(command with a 1 MB field)', () => {
  const x = { ...command, actor: { ...command.actor, id: megabyte } };
  return () => safeParseIssueCommand(x);
});
add(text, 'safeParseIssueCommand(command with a 1 MB key)', () => {
  const x = { ...command, [megabyte]: 1 };
  return () => safeParseIssueCommand(x);
});
add(text, 'safeParse(each exported schema, 1 MB string)', () => everySchema(megabyte));

// ---------------------------------------------------------------------------------------------
// Large arrays
// ---------------------------------------------------------------------------------------------

const arrays = 'large and invalid arrays';
const tenThousandBadEvents = Array.from({ length: 10_000 }, (_, i) => ({ seq: i, type: 'nonsense', at: 'never' }));
add(arrays, 'safeParseIssueEvents(10,000 invalid events)', () => () => safeParseIssueEvents(tenThousandBadEvents));
add(arrays, 'safeParseIssueEvents(10,000 events, each with an unknown key)', () => {
  const x = Array.from({ length: 10_000 }, () => ({ ...(issue.history[0] as object), extra: 'x'.repeat(1000) }));
  return () => safeParseIssueEvents(x);
});
add(arrays, 'safeParseIssueEvents(1,000,000 items)', () => ((x) => () => safeParseIssueEvents(x))(new Array(1_000_000).fill({})));
add(arrays, 'safeParseIssueEvents(sparse array of length 2^32-1)', () => ((x) => () => safeParseIssueEvents(x))(new Array(2 ** 32 - 1)));
add(arrays, 'safeParseIssue(issue with 1,000,000 history entries)', () => {
  const x = { ...issue, history: new Array(1_000_000).fill(issue.history[0]) };
  return () => safeParseIssue(x);
});
add(arrays, 'safeParse(WorkCalendarSchema, 10,000 invalid holidays)', () => {
  const x = { ...chinaCalendar, holidays: Array.from({ length: 10_000 }, () => ({ festival: 'newYear', from: '2026-02-30', to: 'x' })) };
  return () => safeParse(WorkCalendarSchema, x);
});
add(arrays, 'safeParse(WorkCalendarSchema, 49,000 holidays of bad dates: 196,000 values, at the limit)', () => {
  const x = { ...chinaCalendar, holidays: Array.from({ length: 49_000 }, () => ({ festival: 'newYear', from: 'x', to: 'y' })) };
  return () => safeParse(WorkCalendarSchema, x);
});
add(arrays, 'safeParseIssueEvents(100,000 empty objects)', () => ((x) => () => safeParseIssueEvents(x))(Array.from({ length: 100_000 }, () => ({}))));
add(arrays, 'safeParseIssueEvents(4,999 empty objects: the most counted in full)', () => ((x) => () => safeParseIssueEvents(x))(Array.from({ length: 4_999 }, () => ({}))));
add(arrays, 'safeParseAccessPolicy(10,000 invalid rules)', () => {
  const x = { ...defaultAccessPolicy, rules: Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, effect: 'maybe', roles: [], actions: ['fly'] })) };
  return () => safeParseAccessPolicy(x);
});
add(arrays, 'safeParse(each exported schema, 1,000,000 items)', () => everySchema(new Array(1_000_000).fill('2026-01-01')));
add(arrays, 'stableMatch(10,000 cadres listing unknown enterprises)', () => {
  const x = {
    cadrePreferences: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`c${i}`, [`nobody${i}`]])),
    enterprisePreferences: { e1: ['c1'] },
    proposers: 'cadres',
  } as StableMatchInput;
  return () => stableMatch(x);
});

// ---------------------------------------------------------------------------------------------
// Pairing tables
// ---------------------------------------------------------------------------------------------

const tables = 'pairing tables';
const suggestion = (advisers: number, enterprises: number, lists: number) => {
  const expertise = Array.from({ length: lists }, (_, k) => `cat${k}`);
  const a = Array.from({ length: advisers }, (_, i) => ({ id: `a${i}`, kind: 'contactLeader' as const, level: 'city' as const, expertise, experience: { basis: ['studied' as const] } }));
  const e = Array.from({ length: enterprises }, (_, i) => ({ id: `e${i}`, keyLevel: 'city' as const, countyId: 'c1', industry: 'C3411' }));
  const needsOf = Object.fromEntries(e.map((x) => [x.id, expertise]));
  const industriesOf = Object.fromEntries(a.map((x) => [x.id, expertise.map((_, k) => `C${k}`)]));
  return () => suggestPairings(a, e, [], defaultPairingPolicy, { asOf: '2026-03-01', needsOf, industriesOf });
};
add(tables, 'suggestPairings(1,100 advisers × 600 key enterprises: 1,980,000 comparisons, near the bound)', () => suggestion(1_100, 600, 1));
add(tables, 'suggestPairings(1,000 advisers × 1,000 key enterprises)', () => suggestion(1_000, 1_000, 1));
add(tables, 'suggestPairings(10,000 advisers × 10,000 key enterprises)', () => suggestion(10_000, 10_000, 1));
add(tables, 'suggestPairings(300 × 300, 1,000 needs and industry codes each)', () => suggestion(300, 300, 1_000));

// ---------------------------------------------------------------------------------------------
// Access policies of 10,000 rules
// ---------------------------------------------------------------------------------------------

const policies = 'access policies (10,000 rules)';
const rule = (id: string, effect: 'allow' | 'deny', roles: readonly string[], actions: readonly string[]) => ({ id, effect, roles, actions, scope: 'anywhere', source: 'app' });
const policyOf = (rules: readonly unknown[]) => ({ id: 'big', name: { zh: '大', en: 'Big' }, source: 'app', rules });
add(policies, 'safeParseAccessPolicy(5,000 allow × 5,000 deny, all in conflict)', () => {
  const x = policyOf(Array.from({ length: 10_000 }, (_, i) => rule(`r${i}`, i % 2 === 0 ? 'allow' : 'deny', ['auditor', 'enterprise'], ['close', 'viewIssue'])));
  return () => safeParseAccessPolicy(x);
});
add(policies, 'safeParseAccessPolicy(10,000 allow rules, no conflict)', () => {
  const x = policyOf(Array.from({ length: 10_000 }, (_, i) => rule(`r${i}`, 'allow', ['auditor', 'enterprise', 'departmentHandler'], ['close', 'viewIssue', 'answer'])));
  return () => safeParseAccessPolicy(x);
});
add(policies, 'safeParseAccessPolicy(10,000 rules, one id)', () => {
  const x = policyOf(Array.from({ length: 10_000 }, () => rule('same', 'allow', ['auditor'], ['viewIssue'])));
  return () => safeParseAccessPolicy(x);
});
add(policies, 'safeParseAccessPolicy(a rule naming 100,000 roles and actions)', () => {
  const x = policyOf([rule('wide', 'allow', new Array(100_000).fill('auditor'), new Array(100_000).fill('viewIssue')), rule('deny', 'deny', new Array(100_000).fill('auditor'), new Array(100_000).fill('viewIssue'))]);
  return () => safeParseAccessPolicy(x);
});
add(policies, 'authorize(with a valid 10,000-rule policy)', () => {
  const parsed = safeParseAccessPolicy(policyOf(Array.from({ length: 10_000 }, (_, i) => rule(`r${i}`, 'allow', ['auditor'], ['viewIssue']))));
  const policy = (parsed.ok ? parsed.value : defaultAccessPolicy) as AccessPolicy;
  return () => authorize({ id: 'u', role: 'auditor', level: 'city' }, 'viewIssue', {}, policy);
});

// ---------------------------------------------------------------------------------------------
// Escalation ladders of 10,000 rules
// ---------------------------------------------------------------------------------------------

const ladders = 'escalation ladders (10,000 rules)';
const ladderOf = (rules: readonly unknown[]) => ({ id: 'big', name: { zh: '大', en: 'Big' }, source: 'app', rules });
add(ladders, 'validateLadder(10,000 rules, each shadowed by the first)', () => {
  const x = ladderOf(Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, when: i === 0 ? {} : { overdueWorkingDays: { min: i } }, target: { holder: 'mayor' }, rank: 10 })));
  return () => validateLadder(x);
});
add(ladders, 'validateLadder(10,000 rules, rank rising, none covering another)', () => {
  const x = ladderOf(Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, when: { overdueWorkingDays: { min: i, max: i + 1 } }, target: { holder: 'mayor' }, rank: i % 1000 })));
  return () => validateLadder(x);
});
add(ladders, 'validateLadder(10,000 rules over distinct categories)', () => {
  const x = ladderOf(Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, when: { categoryId: [`cat${i}`], amountInvolved: { min: i * 10 } }, target: { holder: 'mayor' }, rank: 10_000 - i > 1000 ? 1000 : 10_000 - i })));
  return () => validateLadder(x);
});
add(ladders, 'validateLadder(10,000 rules, every one an error)', () => {
  const x = ladderOf(Array.from({ length: 10_000 }, () => ({ id: 'same', when: { nature: [], overdueWorkingDays: { min: 5, max: 1 } }, target: { holder: 'nobody' }, rank: 10 })));
  return () => validateLadder(x);
});

// ---------------------------------------------------------------------------------------------
// Large calendars and schedules
// ---------------------------------------------------------------------------------------------

const calendars = 'large calendars';
const published = unwrap(publishedYearsOnly(chinaCalendar));
add(calendars, 'extendCalendar(published years, to 2200 with 10,000 one-day holidays)', () => {
  const holidays = Array.from({ length: 10_000 }, (_, i) => {
    const d = new Date(Date.UTC(2101, 0, 1 + i)).toISOString().slice(0, 10);
    return { festival: 'newYear', from: d, to: d };
  });
  const x = { lastYear: 2200, holidays };
  return () => extendCalendar(published, x as never);
});
add(calendars, 'extendCalendar(published years, 10,000 holidays in conflict with adjusted days)', () => {
  const days = Array.from({ length: 10_000 }, (_, i) => new Date(Date.UTC(2101, 0, 1 + i)).toISOString().slice(0, 10));
  const x = { lastYear: 2200, holidays: days.map((d) => ({ festival: 'newYear', from: d, to: d })), adjustedWorkingDays: days.map((d) => ({ festival: 'newYear', date: d })) };
  return () => extendCalendar(published, x as never);
});
add(calendars, 'safeParse(WorkCalendarSchema, a 1900–2200 calendar, 10,000 holidays 50 years long)', () => {
  const x = {
    ...chinaCalendar,
    firstYear: 1900,
    lastYear: 2200,
    holidays: Array.from({ length: 10_000 }, () => ({ festival: 'newYear', from: '1950-01-01', to: '2000-12-31' })),
  };
  return () => safeParse(WorkCalendarSchema, x);
});
add(calendars, 'calendarCoverage(chinaCalendar)', () => () => calendarCoverage(chinaCalendar));
add(calendars, 'addWorkingDays(2004-01-01, 1e9, chinaCalendar)', () => () => addWorkingDays('2004-01-01', 1e9, chinaCalendar));
add(calendars, 'workingDaysBetween(2004-01-01, 2100-12-31, chinaCalendar)', () => () => workingDaysBetween('2004-01-01', '2100-12-31', chinaCalendar));
add(calendars, 'occurrences(a weekly series, 2004–2100)', () => {
  const series = { ...(defaultMeetingSeries[0] as (typeof defaultMeetingSeries)[number]) };
  const weekly = { ...series, cadence: { ...series.cadence, unit: 'week', every: 1, anchor: '2004-01-01', until: null } } as typeof series;
  return () => occurrences(weekly, { from: '2004-01-01', to: '2100-12-31' }, chinaCalendar as WorkCalendar);
});
add(calendars, 'occurrences(a weekly series, 0001–9999, anchored in 0001)', () => {
  const series = { ...(defaultMeetingSeries[0] as (typeof defaultMeetingSeries)[number]) };
  const weekly = { ...series, cadence: { ...series.cadence, unit: 'week', every: 1, anchor: '0001-01-01', until: null } } as typeof series;
  return () => occurrences(weekly, { from: '0001-01-01', to: '9999-12-31' }, chinaCalendar as WorkCalendar);
});
add(calendars, 'occurrences(a weekly series anchored in 0001, the period 9000–9999)', () => {
  const series = { ...(defaultMeetingSeries[0] as (typeof defaultMeetingSeries)[number]) };
  const weekly = { ...series, cadence: { ...series.cadence, unit: 'week', every: 1, anchor: '0001-01-01', until: null } } as typeof series;
  return () => occurrences(weekly, { from: '9000-01-01', to: '9999-12-31' }, chinaCalendar as WorkCalendar);
});

// ---------------------------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------------------------

/** Bytes of the error as JSON, without the caller's own values and a ladder's report. */
function errorBytes(error: unknown): number {
  if (error === undefined) return 0;
  const json = JSON.stringify(error, (key, v: unknown) => (key === 'value' || key === 'report' ? undefined : v));
  return json === undefined ? 0 : Buffer.byteLength(json, 'utf8');
}

/** The error of a `Result`-like answer, if it failed. */
function errorOf(out: unknown): DomainError | undefined {
  if (out instanceof Timed) return errorOf(out.out);
  if (out !== null && typeof out === 'object' && 'ok' in out && out.ok === false && 'error' in out) return out.error as DomainError;
  return undefined;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

let failures = 0;
let cases = 0;
const started = performance.now();
if (!listOnly) process.stdout.write(`hostile inputs: worst of ${REPEATS} runs per case; budget ${TIME_BUDGET_MS} ms and ${SIZE_BUDGET / 1024} KB of error\n`);
for (const c of classes) {
  const selected = c.cases.filter((k) => only === undefined || k.label.includes(only));
  if (listOnly) {
    for (const k of selected) process.stdout.write(`${k.label}\n`);
    continue;
  }
  if (selected.length === 0) continue;
  process.stdout.write(`\n${c.name}\n`);
  let worstMs = 0;
  let worstBytes = 0;
  for (const k of selected) {
    cases++;
    let ms = 0;
    let bytes = 0;
    let outcome = '';
    try {
      const run = k.setup();
      for (let r = 0; r < REPEATS; r++) {
        const t0 = performance.now();
        const out = run();
        ms = Math.max(ms, out instanceof Timed ? out.ms : performance.now() - t0);
        const e = errorOf(out);
        bytes = Math.max(bytes, e === undefined ? 0 : errorBytes(e));
        outcome = `${e === undefined ? 'ok' : e.code}${out instanceof Timed && out.note !== '' ? ` (${out.note})` : ''}`;
      }
    } catch (e) {
      outcome = `THROWS ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 60)}` : String(e)}`;
    }
    const over = outcome.startsWith('THROWS') || ms > TIME_BUDGET_MS || bytes > SIZE_BUDGET;
    if (over) failures++;
    worstMs = Math.max(worstMs, ms);
    worstBytes = Math.max(worstBytes, bytes);
    process.stdout.write(`  ${over ? '✗' : ' '} ${pad(k.label, 86)} ${lpad(fmt(ms), 7)} ms ${lpad(fmt(bytes), 11)} B  ${outcome}\n`);
  }
  process.stdout.write(`  = worst ${fmt(worstMs)} ms, largest error ${fmt(worstBytes)} B\n`);
}
if (!listOnly) process.stdout.write(`\nhostile: ${cases} cases in ${((performance.now() - started) / 1000).toFixed(1)} s; ${failures === 0 ? 'all within budget' : `${failures} over budget or throwing`}\n`);
if (failures > 0) process.exit(1);
