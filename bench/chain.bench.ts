/**
 * The audit chain (Part 10): what the SHA-256 chain over each issue's events costs.
 *
 * - `verifyIssueChain` (canonical JSON per RFC 8785 + @noble/hashes' SHA-256, pure JS) against the
 *   same check with Node's native SHA-256 (node:crypto, which the library may not use: it runs in
 *   browsers too), over the same histories: µs per event, and the ratio;
 * - `canonicalJson` against `JSON.stringify` of the same events (the canonical form sorts keys);
 * - the digest's share of `executeIssueCommand`: deciding the same commands, the time of
 *   `issueEventDigest` over the events they wrote.
 *
 * The histories come from the testing kit's command generator, seeded.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import * as fc from 'fast-check';
import { chinaCalendar } from '../src/calendar/index.js';
import { canonicalJson } from '../src/index.js';
import { executeIssueCommand, issueEventDigest, UNSAFE_NO_ACCESS_CHECK, verifyIssueChain, type Issue, type IssueEvent } from '../src/issue/index.js';
import { arbValidCommandSequence } from '../src/testing/index.js';
import { compare } from './harness.js';

const sequences = fc.sample(arbValidCommandSequence({ maxCommands: 20 }), { numRuns: 3_000, seed: 20_261_206 });
const context = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK } as const;
const histories: (readonly IssueEvent[])[] = [];
for (const commands of sequences) {
  let issue: Issue | null = null;
  for (const c of commands) {
    const r = executeIssueCommand(issue, c, context);
    if (r.ok) issue = r.value.issue;
  }
  if (issue !== null) histories.push(issue.history);
}
const events = histories.flat();
const E = events.length;
const bytes = events.reduce((n, e) => {
  const text = canonicalJson({ ...e, digest: undefined });
  return n + (text.ok ? Buffer.byteLength(text.value) : 0);
}, 0);
const fmt = (n: number, d = 2): string => n.toFixed(d);
process.stdout.write(`\naudit chain: ${histories.length.toLocaleString('en-US')} histories, ${E.toLocaleString('en-US')} events, ${fmt(bytes / E, 0)} bytes of canonical JSON per event on average\n`);

/** The same check with node's SHA-256 (for comparison only: the library cannot use node:). */
function nativeVerify(history: readonly IssueEvent[]): boolean {
  let previous = '0'.repeat(64);
  for (const e of history) {
    const text = canonicalJson({ ...e, digest: undefined });
    if (!text.ok) return false;
    const digest = createHash('sha256').update(`${previous}\n${text.value}`, 'utf8').digest('hex');
    if (digest !== e.digest) return false;
    previous = digest;
  }
  return true;
}

const verifyAll = (): number => {
  let ok = 0;
  for (const h of histories) if (verifyIssueChain(h, { issueId: (h[0] as IssueEvent).issueId }).ok) ok++;
  return ok;
};
if (verifyAll() !== histories.length) throw new Error('an untampered history did not verify');

const C = sequences.reduce((n, s) => n + s.length, 0);
const perEvent = (title: string, run: () => unknown, repeats = 5, per = E, unit = 'event'): number => {
  run();
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t = performance.now();
    run();
    times.push(((performance.now() - t) * 1000) / per);
  }
  times.sort((a, b) => a - b);
  const us = times[Math.floor(repeats / 2)] as number;
  process.stdout.write(`  ${title}: ${fmt(us)} µs/${unit} (median of ${repeats})\n`);
  return us;
};

process.stdout.write('\nper event\n');
const verify = perEvent('verifyIssueChain (canonical JSON + @noble/hashes SHA-256)', verifyAll);
perEvent('verify with node:crypto SHA-256 (not usable by the library)', () => histories.map(nativeVerify));
perEvent('canonicalJson', () => events.map((e) => canonicalJson(e)));
perEvent('JSON.stringify', () => events.map((e) => JSON.stringify(e)));
let previous = '0'.repeat(64);
const digest = perEvent('issueEventDigest (what decideIssue adds to each accepted command)', () =>
  events.map((e) => {
    const d = issueEventDigest(e, previous);
    previous = e.digest;
    return d;
  }),
);
const decide = perEvent('executeIssueCommand, digest included, over the same commands', () => {
  for (const commands of sequences) {
    let issue: Issue | null = null;
    for (const c of commands) {
      const r = executeIssueCommand(issue, c, context);
      if (r.ok) issue = r.value.issue;
    }
  }
}, 5, C, 'command');
process.stdout.write(`  the digest is about ${fmt((100 * digest * E) / (decide * C), 0)}% of executeIssueCommand's time; 1,000,000 events verify in about ${fmt(verify, 1)} s\n`);

compare(
  'verifyIssueChain vs the same chain check on node:crypto',
  { label: 'qinqing verifyIssueChain', run: () => verifyAll(), count: histories.length },
  { label: 'node:crypto verify', run: () => histories.map(nativeVerify), count: histories.length },
);
compare(
  'canonicalJson vs JSON.stringify over the same events',
  { label: 'qinqing canonicalJson', run: () => events.map((e) => canonicalJson(e)), count: E },
  { label: 'JSON.stringify', run: () => events.map((e) => JSON.stringify(e)), count: E },
);
