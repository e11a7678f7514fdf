import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as kit from '../../src/testing/index.js';

/** Every .ts file under a folder. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('qinqing/testing stays apart from the root', () => {
  it('no source file outside src/testing imports fast-check or the testing kit, so the root never needs fast-check', () => {
    const offenders = files('src')
      .filter((f) => !f.startsWith(join('src', 'testing')))
      .filter((f) => /from ['"](fast-check|@fast-check\/[^'"]+|\.{1,2}\/(\.\.\/)*testing\/[^'"]*)['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the root exports none of the kit', () => {
    const rootNames = new Set(Object.keys(root));
    expect(Object.keys(kit).filter((name) => rootNames.has(name))).toEqual([]);
  });

  it('the kit exports arbitraries named arbX / arbInvalidX, given, memoryIssueStore (Part 10) and resealIssueEvents (Part 11), nothing else', () => {
    for (const [name, value] of Object.entries(kit)) {
      expect(typeof value, name).toBe('function');
      expect(name, name).toMatch(/^(arb[A-Z]\w*|given|memoryIssueStore|resealIssueEvents)$/);
    }
  });

  it('every arbitrary builds with its defaults and is a fast-check arbitrary', () => {
    for (const [name, make] of Object.entries(kit)) {
      if (!name.startsWith('arb')) continue;
      const arb = name === 'arbRejectedIssueCommand' ? kit.arbRejectedIssueCommand(null) : (make as () => unknown)();
      expect(arb, name).toBeInstanceOf(fc.Arbitrary);
      expect(fc.sample(arb as fc.Arbitrary<unknown>, { numRuns: 3, seed: 1 }), name).toHaveLength(3);
    }
  });

  it('options that cannot be met are programmer errors, thrown at once with a plain Error', () => {
    expect(() => kit.arbCalendarDate({ from: '2101-01-01' })).toThrow(/leave the years 2004–2100/);
    expect(() => kit.arbCalendarDate({ from: '2026-10-01', to: '2026-10-03', workingDay: true })).toThrow(/no working day lies between 2026-10-01 and 2026-10-03/);
    expect(() => kit.arbCalendarDate({ from: '2026-02-30' })).toThrow(/from must be a real date/);
    expect(() => kit.arbIssue({ maxCommands: 0 })).toThrow(/maxCommands/);
    expect(() => kit.arbIssue({ natures: [] })).toThrow(/natures must not be empty/);
    expect(() => kit.arbLadder({ holders: [] })).toThrow(/at least one holder/);
  });
});
