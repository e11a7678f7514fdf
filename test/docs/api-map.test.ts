/**
 * docs/api-map.md: its table has one row per entry point of the package, and every name a row
 * lists as a main function or value is exported by that entry point, so the map cannot drift
 * from the barrels.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicApi, repoRoot } from '../../scripts/docs-examples.js';

const api = publicApi();
const rows = readFileSync(path.join(repoRoot, 'docs/api-map.md'), 'utf8')
  .split('\n')
  .map((line) => /^\| `(qinqing[^`]*)` \|[^|]*\| (.*) \|$/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ entry: m[1] as string, names: [...(m[2] as string).matchAll(/`(\w+)`/g)].map((n) => n[1] as string) }));

describe('the API map', () => {
  it('has one row per entry point, in the order of package.json exports', () => {
    expect(rows.map((r) => r.entry)).toEqual([...api.keys()]);
  });

  it.each(rows.map((r) => [r.entry, r] as const))('%s: every name listed is exported there', (entry, row) => {
    const m = api.get(entry);
    expect(row.names.length).toBeGreaterThan(0);
    expect(row.names.filter((n) => m?.values.has(n) !== true && m?.types.has(n) !== true)).toEqual([]);
  });
});
