/**
 * Part 8 / issue 13's no-throw law (and Part 9's error shape) for `qinqing/store`, whose handler
 * and loader are async: awaited here, since test/api/no-throw.test-prop.ts calls functions without
 * awaiting them. Whatever the parameter types allow — hostile ids, commands, versions, options, and
 * stores that throw, reject or answer garbage — each function resolves to a value or a `Result`
 * whose error is well formed, its path under one of the function's own parameters (or, for the
 * lifecycle's refusals, `issue`: the stored issue, as `executeIssueCommand` names it).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { snapshotOfIssue, type IssueStore } from '../../src/store/index.js';
import * as store from '../../src/store/index.js';
import { memoryIssueStore } from '../../src/testing/index.js';
import { errorShapeProblem, parameterNames, returnedError } from '../api/error-shape.js';
import { anyInput, hostile } from '../api/hostile.js';
import type { ArgsOf } from '../api/registry.js';
import { command, context, issue, issues } from '../api/valid.js';

/** A store holding every issue of the pool, with snapshots. */
const filled = memoryIssueStore();
for (const i of issues) await filled.append(i.id, 0, i.history, snapshotOfIssue(i));

/** Stores that misbehave in every way a JavaScript adapter can. */
const misbehaving: IssueStore[] = [
  { append: () => Promise.reject(new Error('down')), readStream: () => Promise.reject(new Error('down')), readAll: async () => [] },
  {
    append: () => {
      throw Symbol('odd');
    },
    readStream: async () => [],
    readAll: async () => [],
  },
  { append: async () => null as never, readStream: async () => 'rows' as never, readAll: async () => [], readSnapshot: async () => ({ version: 'x' }) },
  { append: async () => ({ ok: false }) as never, readStream: async (id: string) => (await filled.readStream(id)).slice(1), readAll: async () => [] },
  {
    append: async (_id: string, expectedVersion: number) => ({ ok: false, conflict: { expectedVersion, actualVersion: Number.NaN } }),
    readStream: (id: string) => filled.readStream(id),
    readAll: async () => [],
    readSnapshot: async () => snapshotOfIssue(issues[0] as (typeof issues)[number]),
  },
];

const stores: fc.Arbitrary<IssueStore> = fc.oneof(fc.constant(filled), fc.constantFrom(...misbehaving), fc.constant(memoryIssueStore()));
const issueId = fc.oneof(fc.constantFrom(...issues.map((i) => i.id)), fc.constantFrom('', '__proto__', 'nobody'));
const options = fc.record({ maxAttempts: fc.integer({ min: 1, max: 4 }), snapshotEvery: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: [] });
const version = fc.integer({ min: 0, max: 20 });

const args = {
  handleIssueCommand: fc.tuple(stores, fc.record({ command, expectedVersion: version }, { requiredKeys: ['command'] }), context, options),
  loadIssue: fc.tuple(stores, issueId, context, fc.record({ useSnapshot: fc.boolean() }, { requiredKeys: [] })),
  snapshotOfIssue: fc.tuple(issue),
  safeParseIssueCommandEnvelope: fc.tuple(anyInput(fc.record({ command, expectedVersion: version }, { requiredKeys: ['command'] }))),
} satisfies ArgsOf<typeof store>;

describe('Part 8 / issue 13 (no throws) and Part 9 / issue 14 (well-formed errors), for qinqing/store', () => {
  test('every function of qinqing/store is here', () => {
    const functions = Object.entries(store).filter(([, v]) => typeof v === 'function').map(([k]) => k).sort();
    expect(functions).toEqual(Object.keys(args).sort());
  });

  for (const [name, tuples] of Object.entries(args) as [keyof typeof args, fc.Arbitrary<readonly unknown[]>][]) {
    const fn = store[name] as (...a: readonly unknown[]) => unknown;
    test.prop([hostile(tuples)], { numRuns: 60, seed: 20261205 })(`qinqing/store ${name}`, async (a) => {
      const out = await fn(...a);
      const error = returnedError(out);
      if (error === undefined) return;
      const params = parameterNames(fn);
      const lifecycle = Array.isArray((error as { path?: unknown }).path) && (error as { path: unknown[] }).path[0] === 'issue';
      expect(errorShapeProblem(error, params, name === 'safeParseIssueCommandEnvelope' || lifecycle)).toBeNull();
    });
  }
});
