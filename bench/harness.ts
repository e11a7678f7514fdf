/**
 * A tiny comparison harness: runs our function and a peer's on the same inputs, interleaved, several
 * times, takes the median of each, and prints throughputs and one machine-readable ratio line:
 * `ratio <ours> vs <peer>: <n>x` (higher is better for us).
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** One side of a comparison: a label, and a run over `count` inputs. */
export interface Contender {
  readonly label: string;
  /** Runs `count` operations; returns something so the work is not optimised away. */
  readonly run: (count: number) => unknown;
  /** Operations per repeat (the peer may run on a slice when it is very slow). */
  readonly count: number;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** The last result of each run, kept so that the engine cannot drop the work. */
export let sink: unknown;

/** Times `ours` against `peer`, interleaved over `repeats`, and prints the ratio line. */
export function compare(title: string, ours: Contender, peer: Contender, repeats = 5): number {
  ours.run(Math.min(ours.count, 10_000)); // warm up
  peer.run(Math.min(peer.count, 1_000));
  const t: Record<'ours' | 'peer', number[]> = { ours: [], peer: [] };
  for (let r = 0; r < repeats; r++) {
    for (const [key, c] of [['ours', ours], ['peer', peer]] as const) {
      const start = performance.now();
      sink = c.run(c.count);
      t[key].push(performance.now() - start);
    }
  }
  const opsOurs = ours.count / (median(t.ours) / 1000);
  const opsPeer = peer.count / (median(t.peer) / 1000);
  const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
  process.stdout.write(`\n${title}\n`);
  process.stdout.write(`  ${ours.label}: ${fmt(opsOurs)} ops/s (median of ${repeats}, ${fmt(ours.count)} ops each)\n`);
  process.stdout.write(`  ${peer.label}: ${fmt(opsPeer)} ops/s (median of ${repeats}, ${fmt(peer.count)} ops each)\n`);
  const ratio = opsOurs / opsPeer;
  process.stdout.write(`ratio ${ours.label.split(' ')[0]} vs ${peer.label.split(' ')[0]}: ${ratio.toFixed(2)}x\n`);
  return ratio;
}

export { seeded } from './seeded.js';

/** A GC function, when V8 lets us have one without a command-line flag (for heap figures). */
export const gc: (() => void) | null = (() => {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
})();

/** Bytes as whole megabytes, e.g. `'277 MB'`. */
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
