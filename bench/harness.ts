/**
 * A small comparison harness, made fair (issue 16):
 *
 * - **equal workloads**: every contender of a comparison runs the same `count` operations (the
 *   bench picks a count the slowest peer can do in reasonable time; nobody runs on a slice);
 * - **alternating order**: the contenders are rotated on every repeat (ours first on even repeats,
 *   a peer first on odd ones), so neither side always inherits the other's garbage or warm caches;
 * - **median** of the repeats, throughputs printed, and one machine-readable ratio line per peer,
 *   `ratio <ours> vs <peer>: <n>x` (higher is better for us), plus a headline against the fastest peer;
 * - a **real peak memory** figure ({@link peakDuring}): a worker thread samples the process's
 *   resident set size every millisecond while the main thread runs (a timer on the main thread would
 *   never fire during a synchronous run), alongside the kernel's own high-water mark (`maxRSS`);
 * - **verdict lines** ({@link verdict}): `verdict <goal>: ok` or `verdict <goal>: SLOW` for every
 *   target of issue 16.
 *
 * `BENCH_SCALE` (e.g. `BENCH_SCALE=0.05 npm run bench -- lifecycle`) shrinks workloads while developing.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';

/** One side of a comparison: a label, and a run over `count` inputs. */
export interface Contender {
  readonly label: string;
  /** Runs `count` operations; returns something so the work is not optimised away. */
  readonly run: (count: number) => unknown;
  /** Operations per repeat; {@link compareAll} runs every contender on the smallest count given. */
  readonly count: number;
}

/** Multiplies workload sizes while developing (`BENCH_SCALE`, default 1); at least 1 operation. */
export const scaled = (n: number): number => {
  const s = Number(process.env['BENCH_SCALE'] ?? '1');
  return Math.max(1, Math.round(n * (Number.isFinite(s) && s > 0 ? s : 1)));
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** The last result of each run, kept so that the engine cannot drop the work. */
export let sink: unknown;

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** The ratios of one comparison: ours against each peer by label, and against the fastest peer. */
export interface Comparison {
  readonly opsPerSecond: ReadonlyMap<string, number>;
  readonly ratios: ReadonlyMap<string, number>;
  /** The fastest peer's label and our ratio against it (the headline). */
  readonly fastest: { readonly label: string; readonly ratio: number };
}

/** Contender indexes for `repeats` rounds, rotated: round 0 ours first, round 1 the first peer first, …; ours is never always first. */
function* rotated(n: number, repeats: number): Generator<number> {
  for (let r = 0; r < repeats; r++) for (let k = 0; k < n; k++) yield (k + r) % n;
}

/**
 * Times `ours` against every peer on the same number of operations (the smallest `count` given),
 * rotating the run order on each of `repeats` rounds, and prints one ratio line per peer and a
 * headline against the fastest.
 */
export function compareAll(title: string, ours: Contender, peers: readonly Contender[], repeats = 5): Comparison {
  const all = [ours, ...peers];
  const count = Math.min(...all.map((c) => c.count));
  for (const c of all) sink = c.run(Math.min(count, 10_000)); // warm up, each the same
  const t = all.map(() => [] as number[]);
  for (const i of rotated(all.length, repeats)) {
    const start = performance.now();
    sink = (all[i] as Contender).run(count);
    (t[i] as number[]).push(performance.now() - start);
  }
  return report(title, ours, peers, count, repeats, t);
}

/** Prints the throughputs, the ratio lines and the headline of a comparison. */
function report(title: string, ours: Contender, peers: readonly Contender[], count: number, repeats: number, t: readonly number[][]): Comparison {
  const all = [ours, ...peers];
  const ops = new Map(all.map((c, i) => [c.label, count / (median(t[i] as number[]) / 1000)]));
  process.stdout.write(`\n${title}\n  every contender: ${fmt(count)} ops per run, median of ${repeats}, order rotated each run\n`);
  for (const c of all) process.stdout.write(`  ${c.label}: ${fmt(ops.get(c.label) as number)} ops/s\n`);
  const mine = ops.get(ours.label) as number;
  const ratios = new Map<string, number>();
  let fastest = { label: '', ratio: Infinity };
  for (const p of peers) {
    const ratio = mine / (ops.get(p.label) as number);
    ratios.set(p.label, ratio);
    process.stdout.write(`ratio ${ours.label.split(' ')[0]} vs ${p.label}: ${ratio.toFixed(2)}x\n`);
    if (ratio < fastest.ratio) fastest = { label: p.label, ratio };
  }
  if (peers.length > 1) process.stdout.write(`  headline, against the fastest peer (${fastest.label}): ${fastest.ratio.toFixed(2)}x\n`);
  return { opsPerSecond: ops, ratios, fastest };
}

/** {@link compareAll} for contenders whose run may return a promise (json-rules-engine's `run` does): each run is awaited. */
export async function compareAllAsync(
  title: string,
  ours: Contender,
  peers: readonly Contender[],
  repeats = 5,
): Promise<Comparison> {
  const all = [ours, ...peers];
  const count = Math.min(...all.map((c) => c.count));
  for (const c of all) sink = await c.run(Math.min(count, 10_000));
  const t = all.map(() => [] as number[]);
  for (const i of rotated(all.length, repeats)) {
    const start = performance.now();
    sink = await (all[i] as Contender).run(count);
    (t[i] as number[]).push(performance.now() - start);
  }
  return report(title, ours, peers, count, repeats, t);
}

/** Times `ours` against `peer` (see {@link compareAll}) and returns the ratio. */
export function compare(title: string, ours: Contender, peer: Contender, repeats = 5): number {
  return compareAll(title, ours, [peer], repeats).fastest.ratio;
}

/**
 * Prints `verdict <goal>: ok (<detail>)` or `verdict <goal>: SLOW (<detail>)`, one line per target
 * of issue 16, and returns whether it was met.
 */
export function verdict(goal: string, met: boolean, detail: string): boolean {
  process.stdout.write(`verdict ${goal}: ${met ? 'ok' : 'SLOW'} (${detail})\n`);
  return met;
}

export { draws, seeded } from './seeded.js';

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

/** What {@link peakDuring} measured. */
export interface Peak<T> {
  readonly value: T;
  /** Resident set size when the run started, bytes. */
  readonly startRss: number;
  /** Highest resident set size the sampler saw during the run, bytes. */
  readonly peakRss: number;
  /** The kernel's high-water mark of the whole process so far (`process.resourceUsage().maxRSS`), bytes. */
  readonly maxRss: number;
  /** How many samples the worker took (a run shorter than a millisecond may have none: then the end RSS counts). */
  readonly samples: number;
}

/**
 * Runs `fn` while a worker thread samples the process's resident set size every millisecond (the
 * worker shares the process, so `process.memoryUsage.rss()` there is the whole process's), and
 * returns the highest sample. RSS, not `heapUsed`: it includes typed arrays, strings outside the
 * heap and what the garbage collector has not yet returned, so it is what the machine must hold.
 * The worker itself adds a few MB, present in `startRss` too.
 */
export async function peakDuring<T>(fn: () => T): Promise<Peak<T>> {
  const shared = new Int32Array(new SharedArrayBuffer(12)); // [stop, peak KiB, samples]
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const s = new Int32Array(workerData);
     const tick = () => {
       const kib = Math.round(process.memoryUsage.rss() / 1024);
       if (kib > Atomics.load(s, 1)) Atomics.store(s, 1, kib);
       Atomics.add(s, 2, 1);
       if (Atomics.load(s, 0) === 0) setTimeout(tick, 1);
     };
     tick();`,
    { eval: true, workerData: shared.buffer },
  );
  await new Promise<void>((resolve) => worker.once('online', () => resolve()));
  while (Atomics.load(shared, 2) === 0) await new Promise((r) => setTimeout(r, 1)); // first sample taken
  const startRss = process.memoryUsage.rss();
  Atomics.store(shared, 1, Math.round(startRss / 1024));
  const value = fn();
  const endRss = process.memoryUsage.rss();
  Atomics.store(shared, 0, 1);
  await worker.terminate();
  const peakRss = Math.max(Atomics.load(shared, 1) * 1024, endRss);
  return { value, startRss, peakRss, maxRss: process.resourceUsage().maxRSS * 1024, samples: Atomics.load(shared, 2) };
}
