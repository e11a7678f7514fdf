/**
 * Part 9 (issue 14), adversarial-size tests: every public function that takes outside data, fed
 * input nested 100,000 deep (objects and arrays), cyclic input, strings of 1 MB, arrays of
 * 1,000,000 items, policies and ladders of 10,000 rules and invalid 10,000-element arrays, returns
 * a value or a typed error — never throws — and every error message stays under 64 KB. No times
 * here: `npm run bench -- hostile` reports them.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { errorCodes, safeParse, type DomainError } from '../../src/index.js';
import { parseHolidayNotice } from '../../src/calendar/index.js';
import { isValidUscc, normalizeUscc, safeParseUscc, usccCheckCharacter } from '../../src/enterprise/index.js';
import { safeParseIssue, safeParseIssueCommand, safeParseIssueEvents } from '../../src/issue/index.js';
import { defaultAccessPolicy, safeParseAccessPolicy } from '../../src/access/index.js';
import { validateLadder } from '../../src/escalation/index.js';
import { defaultPairingPolicy, stableMatch, suggestPairings, type StableMatchInput } from '../../src/pairing/index.js';
import { publicModules } from '../public-modules.js';

const KB64 = 64 * 1024;
const MB = 1024 * 1024;

/** A value nested `depth` deep, built without recursion. */
function deep(depth: number, array: boolean): unknown {
  let v: unknown = array ? [] : {};
  for (let i = 0; i < depth; i++) v = array ? [v] : { a: v };
  return v;
}
function cyclic(): unknown {
  const o: Record<string, unknown> = { type: 'submit', id: 'x' };
  o['self'] = { back: o };
  return o;
}

/** The answer is a value or a well-formed typed error under 64 KB (and the error survives JSON). */
function answered(out: unknown): DomainError | undefined {
  const r = out as { ok?: boolean; error?: DomainError };
  if (r.ok !== false) return undefined;
  const e = r.error as DomainError;
  expect(Object.keys(errorCodes)).toContain(e.code);
  for (const m of [e.message, e.messageZh]) {
    expect(m.length).toBeGreaterThan(0);
    expect(Buffer.byteLength(m, 'utf8')).toBeLessThan(KB64);
  }
  expect(() => JSON.stringify({ ...e, value: undefined })).not.toThrow();
  return e;
}

/** The parsers of outside data, each taking `unknown`. */
const parsers: Readonly<Record<string, (input: unknown) => unknown>> = {
  safeParseIssueCommand,
  safeParseIssue,
  safeParseIssueEvents,
  safeParseAccessPolicy,
  validateLadder: (input) => validateLadder(input),
  stableMatch: (input) => stableMatch(input as StableMatchInput),
};

/** Every exported schema. */
const schemas = Object.values(publicModules).flatMap((m) =>
  Object.entries(m).flatMap(([name, v]): z.ZodType[] => {
    if (name.endsWith('Schema') && v instanceof z.ZodType) return [v];
    const inner = (v as { schema?: unknown } | null)?.schema;
    return typeof v === 'object' && inner instanceof z.ZodType ? [inner] : [];
  }),
);

describe('Part 9 (issue 14): input nested 100,000 deep and cyclic input give INPUT_TOO_DEEP, never a RangeError', () => {
  const inputs: readonly [string, unknown][] = [
    ['objects 100,000 deep', deep(100_000, false)],
    ['arrays 100,000 deep', deep(100_000, true)],
    ['a cyclic object', cyclic()],
  ];
  for (const [what, input] of inputs) {
    for (const [name, parse] of Object.entries(parsers)) {
      it(`${name}(${what})`, () => {
        expect(answered(parse(input))?.code).toBe('INPUT_TOO_DEEP');
      });
    }
    it(`safeParse(each of the exported schemas, ${what})`, () => {
      for (const s of schemas) expect(answered(safeParse(s, input))?.code).toBe('INPUT_TOO_DEEP');
    });
  }

  it('a deep value in a field of an otherwise valid command, or a cycle in a stored issue', () => {
    const command = { type: 'withdraw', issueId: 'i1', actor: { id: 'e1', role: 'enterprise' }, at: '2026-10-09T09:00:00+08:00', note: deep(100_000, false) };
    expect(answered(safeParseIssueCommand(command))).toMatchObject({ code: 'INPUT_TOO_DEEP', path: ['note', ...new Array(63).fill('a')] });
    const issue: Record<string, unknown> = { id: 'i1', history: [] };
    (issue['history'] as unknown[]).push(issue);
    expect(answered(safeParseIssue(issue))).toMatchObject({ code: 'INPUT_TOO_DEEP', path: ['history', 0] });
  });
});

describe('Part 9 (issue 14): strings of 1 MB', () => {
  const mb = 'x'.repeat(MB);
  const digits = '9'.repeat(MB);

  it('every parser of outside data: INPUT_TOO_LARGE, as the input, in a field or as a key', () => {
    for (const parse of Object.values(parsers)) expect(answered(parse(mb))?.code).toBe('INPUT_TOO_LARGE');
    expect(answered(safeParseIssueCommand({ type: 'withdraw', issueId: mb }))?.code).toBe('INPUT_TOO_LARGE');
    expect(answered(safeParseIssueCommand({ type: 'withdraw', [mb]: 1 }))?.code).toBe('INPUT_TOO_LARGE');
  });

  it('the text parsers: the USCC functions answer, parseHolidayNotice refuses a text of more than 65,536 characters', () => {
    expect(answered(safeParseUscc(digits))?.code).toBe('USCC_INVALID_LENGTH');
    expect(isValidUscc(digits)).toBe(false);
    expect(normalizeUscc(` ${'ａ'.repeat(MB)} `)).toBe('A'.repeat(MB));
    expect(answered(usccCheckCharacter(digits))?.code).toBe('USCC_INVALID_LENGTH');
    expect(answered(parseHolidayNotice(mb, 2026))).toMatchObject({ code: 'INPUT_TOO_LARGE', path: ['text'] });
    expect(answered(parseHolidayNotice('一、元旦：1月1日放假。'.repeat(6_000), 2026))?.code).toBe('INPUT_TOO_LARGE');
  });
});

describe('Part 9 (issue 14): arrays of 1,000,000 items and invalid arrays of 10,000', () => {
  it('1,000,000 items, as the input or in it: INPUT_TOO_LARGE without reading them', () => {
    const million = new Array(1_000_000).fill({});
    for (const parse of Object.values(parsers)) expect(answered(parse(million))?.code).toBe('INPUT_TOO_LARGE');
    expect(answered(safeParseIssue({ id: 'i1', history: million }))).toMatchObject({ code: 'INPUT_TOO_LARGE', path: ['history'] });
  });

  it('10,000 invalid events: the first problem, under 64 KB', () => {
    const e = answered(safeParseIssueEvents(Array.from({ length: 10_000 }, (_, i) => ({ seq: i, type: 'nonsense', at: 'never' }))));
    expect(e?.code).toBe('INVALID_INPUT');
    expect(e?.path?.[0]).toBe(0);
  });

  it('1,000 invalid events are counted in full: the first 20 listed, 980 more counted', () => {
    const e = answered(safeParseIssueEvents(Array.from({ length: 1_000 }, () => 'nonsense')));
    expect(e).toMatchObject({ code: 'INVALID_INPUT', moreIssues: 980 });
    expect(e?.issues).toHaveLength(20);
  });

  it('a policy of 10,000 invalid rules, and 10,000 rules with one id', () => {
    expect(answered(safeParseAccessPolicy({ ...defaultAccessPolicy, rules: Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, effect: 'maybe' })) }))?.code).toBe('INVALID_INPUT');
    const same = { id: 'same', effect: 'allow', roles: ['auditor'], actions: ['viewIssue'], scope: 'ownArea', source: 'app' };
    const e = answered(safeParseAccessPolicy({ ...defaultAccessPolicy, rules: new Array(10_000).fill(same) }));
    // 9,999 repeated ids; only 20 are listed, so the unlisted ones might be other problems: INVALID_INPUT
    expect(e).toMatchObject({ code: 'INVALID_INPUT', moreIssues: 9_979 });
    expect(e?.issues?.every((i) => i.code === 'DUPLICATE_ID')).toBe(true);
  });

  it('stableMatch with 10,000 unknown references: 20 listed, the rest counted', () => {
    const input = { cadrePreferences: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`c${i}`, [`nobody${i}`]])), enterprisePreferences: { e1: ['c1'] }, proposers: 'cadres' } as StableMatchInput;
    expect(answered(stableMatch(input))).toMatchObject({ code: 'INVALID_INPUT', moreIssues: 9_980 });
  });
});

describe('Part 9 (issue 14): policies and ladders of 10,000 rules, pairing tables of 10,000 × 10,000', () => {
  const rule = (id: string, effect: string) => ({ id, effect, roles: ['auditor', 'enterprise'], actions: ['close', 'viewIssue'], scope: 'anywhere', source: 'app' });

  it('a policy of 10,000 rules in conflict: ACCESS_POLICY_CONFLICT, 20 listed and the rest counted', () => {
    const e = answered(safeParseAccessPolicy({ id: 'p', name: { zh: '大', en: 'Big' }, source: 'app', rules: Array.from({ length: 10_000 }, (_, i) => rule(`r${i}`, i % 2 === 0 ? 'allow' : 'deny')) }));
    expect(e).toMatchObject({ code: 'ACCESS_POLICY_CONFLICT', moreIssues: 9_979 });
    expect(e?.issues).toHaveLength(20);
  });

  it('a policy of 10,000 allow rules is valid', () => {
    expect(safeParseAccessPolicy({ id: 'p', name: { zh: '大', en: 'Big' }, source: 'app', rules: Array.from({ length: 10_000 }, (_, i) => rule(`r${i}`, 'allow')) }).ok).toBe(true);
  });

  it('ladders of 10,000 rules: a report, or LADDER_INVALID with 20 errors listed', () => {
    const ladder = (rules: unknown[]) => ({ id: 'big', name: { zh: '大', en: 'Big' }, source: 'app', rules });
    const rule = (i: number, when: object) => ({ id: `r${i}`, when: { overdueWorkingDays: { min: i, max: i + 1 }, ...when }, target: { holder: 'mayor' }, rank: i % 1000 });
    // Part 11 (issue 16): range-only rules are swept in O(n log n), every one compared, no budget needed…
    const rising = validateLadder(ladder(Array.from({ length: 10_000 }, (_, i) => rule(i, {}))));
    expect(rising.ok && rising.value.warnings.map((w) => w.code)).not.toContain('LADDER_RULES_UNCOMPARED');
    // …while rules that also set a list are compared pairwise, within the budget, and say what was left out.
    const listed = validateLadder(ladder(Array.from({ length: 10_000 }, (_, i) => rule(i, { nature: ['major'] }))));
    expect(listed.ok).toBe(true);
    if (listed.ok) expect(listed.value.warnings.map((w) => w.code)).toContain('LADDER_RULES_UNCOMPARED');
    const broken = validateLadder(ladder(new Array(10_000).fill({ id: 'same', when: { nature: [] }, target: { holder: 'nobody' }, rank: 10 })));
    const e = answered(broken);
    expect(e?.code).toBe('LADDER_INVALID');
    expect(e?.issues).toHaveLength(20);
    expect(e?.moreIssues).toBe(3 * 10_000 - 1 - 20);
  });

  it('suggestPairings with 10,000 advisers and 10,000 key enterprises: INPUT_TOO_LARGE, not minutes and gigabytes', () => {
    const advisers = Array.from({ length: 10_000 }, (_, i) => ({ id: `a${i}`, kind: 'contactLeader' as const, level: 'city' as const }));
    const enterprises = Array.from({ length: 10_000 }, (_, i) => ({ id: `e${i}`, keyLevel: 'city' as const, countyId: 'c1', industry: 'C3411' }));
    expect(answered(suggestPairings(advisers, enterprises, [], defaultPairingPolicy, { asOf: '2026-03-01' }))).toMatchObject({ code: 'INPUT_TOO_LARGE', path: ['advisers'] });
  });
});
