import { z } from 'zod';
import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { IdSchema, type Id } from '../core/schema.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { safeParseWith } from '../internal/parse.js';

const matchProposers = defineEnum(
  deepFreeze({
    cadres: { zh: '干部发起选择', en: 'Cadres propose' },
    enterprises: { zh: '企业发起选择', en: 'Enterprises propose' },
  }),
);

/**
 * Labels of the side that proposes in a two-way selection (双向选择, 003): the cadres or the
 * enterprises. The proposing side gets the best stable outcome it can.
 *
 * @example
 * ```ts
 * matchProposersLabels.enterprises.zh; // '企业发起选择'
 * ```
 * @category Pairing
 */
export const matchProposersLabels = matchProposers.labels;

/**
 * Validates the proposing side of a two-way selection: `'cadres'` or `'enterprises'`.
 *
 * @example
 * ```ts
 * MatchProposersSchema.options; // ['cadres', 'enterprises']
 * ```
 * @category Pairing
 */
export const MatchProposersSchema = matchProposers.schema;

/**
 * The proposing side of a two-way selection: `'cadres'` or `'enterprises'`.
 *
 * @category Pairing
 */
export type MatchProposers = z.infer<typeof MatchProposersSchema>;

const PreferenceTableSchema = z
  .record(IdSchema, z.array(IdSchema))
  .describe('Each id with the ids of the other side it accepts, most preferred first');
const CapacityTableSchema = z
  .record(IdSchema, z.int().min(1))
  .describe('How many partners an id may take (1 when not listed)');

/**
 * Validates the input of {@link stableMatch}: each cadre's and each enterprise's preference list
 * (most preferred first; whoever is not listed is unacceptable), optional capacities (whole numbers
 * of at least 1; 1 for an id not listed), and the proposing side. It checks the shape only;
 * {@link stableMatch} also rejects duplicates within a list and ids the other side does not have.
 *
 * @example
 * ```ts
 * StableMatchInputSchema.safeParse({ cadrePreferences: {}, enterprisePreferences: {}, proposers: 'cadres' }).success; // true
 * ```
 * @category Pairing
 */
export const StableMatchInputSchema = z.strictObject({
  /** Each cadre's acceptable enterprises, most preferred first. */
  cadrePreferences: PreferenceTableSchema,
  /** Each enterprise's acceptable cadres, most preferred first. */
  enterprisePreferences: PreferenceTableSchema,
  /** How many enterprises a cadre, and how many cadres an enterprise, may take; 1 by default. */
  capacities: z
    .strictObject({
      /** Capacities of cadres, by cadre id. */
      cadres: CapacityTableSchema.optional(),
      /** Capacities of enterprises, by enterprise id. */
      enterprises: CapacityTableSchema.optional(),
    })
    .optional(),
  /** The side that proposes, and so gets its best stable outcome. */
  proposers: MatchProposersSchema,
});

/**
 * The input of {@link stableMatch}; see {@link StableMatchInputSchema}. Plain JSON.
 *
 * @category Pairing
 */
export type StableMatchInput = DeepReadonly<z.input<typeof StableMatchInputSchema>>;

/**
 * One pair of a stable matching: a cadre and an enterprise that accepted each other.
 *
 * @category Pairing
 */
export interface MatchedPair {
  /** The cadre. */
  readonly cadreId: Id;
  /** The enterprise. */
  readonly enterpriseId: Id;
}

/**
 * A cadre left with places after the matching: unmatched, or matched to fewer enterprises than its
 * capacity allows.
 *
 * @category Pairing
 */
export interface UnmatchedCadre {
  /** The cadre. */
  readonly cadreId: Id;
  /** Its capacity minus the enterprises it was matched with (at least 1). */
  readonly remainingCapacity: number;
}

/**
 * An enterprise left with places after the matching: unmatched, or matched to fewer cadres than its
 * capacity allows.
 *
 * @category Pairing
 */
export interface UnmatchedEnterprise {
  /** The enterprise. */
  readonly enterpriseId: Id;
  /** Its capacity minus the cadres it was matched with (at least 1). */
  readonly remainingCapacity: number;
}

/**
 * The outcome of {@link stableMatch}. Plain JSON.
 *
 * @category Pairing
 */
export interface StableMatching {
  /** The pairs, sorted by cadre id and then enterprise id (code-unit order). */
  readonly pairs: readonly MatchedPair[];
  /** Cadres with places left, by id. */
  readonly unmatchedCadres: readonly UnmatchedCadre[];
  /** Enterprises with places left, by id. */
  readonly unmatchedEnterprises: readonly UnmatchedEnterprise[];
  /** The side that proposed. */
  readonly proposers: MatchProposers;
  /**
   * Rounds of proposals: in each, every proposer with a free place and someone left to ask
   * proposes once per free place (with capacities 1, the rounds of Gale and Shapley's paper).
   */
  readonly rounds: number;
  /** Proposals made, each to a mutually acceptable partner. */
  readonly proposals: number;
}

/** Most problems one error lists; the message gives the total. */
const MAX_ISSUES = 100;

type Side = 'cadre' | 'enterprise';
const sideZh: Record<Side, string> = { cadre: '干部', enterprise: '企业' };
const tableKey: Record<Side, 'cadrePreferences' | 'enterprisePreferences'> = {
  cadre: 'cadrePreferences',
  enterprise: 'enterprisePreferences',
};
const other: Record<Side, Side> = { cadre: 'enterprise', enterprise: 'cadre' };

const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 128;

/** Whether `v` is an object zod's records and objects take as such, by the strictest reading. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A table of lists keyed by ids; the lists' entries are checked by {@link encode}. */
function isPreferenceTable(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  for (const key of Object.keys(v)) if (!isId(key) || !Array.isArray(v[key])) return false;
  return true;
}

function isCapacityTable(v: unknown): boolean {
  if (v === undefined) return true;
  if (!isPlainObject(v)) return false;
  for (const key of Object.keys(v)) {
    const c = v[key];
    if (!isId(key) || typeof c !== 'number' || !Number.isSafeInteger(c) || c < 1) return false;
  }
  return true;
}

/**
 * A fast check that `input` has the shape of {@link StableMatchInputSchema}, but for the entries of
 * the lists, which {@link encode} checks as it reads them. It may say no where zod says yes (zod
 * then decides), never the reverse.
 */
function hasShape(input: unknown): boolean {
  if (!isPlainObject(input)) return false;
  for (const key of Object.keys(input)) {
    if (key !== 'cadrePreferences' && key !== 'enterprisePreferences' && key !== 'capacities' && key !== 'proposers') return false;
  }
  if (input['proposers'] !== 'cadres' && input['proposers'] !== 'enterprises') return false;
  if (!isPreferenceTable(input['cadrePreferences']) || !isPreferenceTable(input['enterprisePreferences'])) return false;
  const caps = input['capacities'];
  if (caps === undefined) return true;
  if (!isPlainObject(caps)) return false;
  for (const key of Object.keys(caps)) if (key !== 'cadres' && key !== 'enterprises') return false;
  return isCapacityTable(caps['cadres']) && isCapacityTable(caps['enterprises']);
}

/** Collects the problems found, keeping the first {@link MAX_ISSUES}. */
class Issues {
  readonly list: DomainError[] = [];
  total = 0;
  add(e: DomainError): void {
    this.total++;
    if (this.list.length < MAX_ISSUES) this.list.push(e);
  }
  error(): DomainError | undefined {
    if (this.total === 0) return undefined;
    if (this.total === 1) return this.list[0];
    const shown = this.total > this.list.length ? ` (the first ${this.list.length} listed)` : '';
    const shownZh = this.total > this.list.length ? `（列出前 ${this.list.length} 处）` : '';
    return domainError('INVALID_INPUT', {
      en: `The two-way selection has ${this.total} problems${shown}: ${this.list.map((i) => `(${i.path?.join('.') ?? ''}) ${i.message}`).join(' ')}`,
      zh: `双向选择数据有 ${this.total} 处问题${shownZh}：${this.list.map((i) => `（${i.path?.join('.') ?? ''}）${i.messageZh}`).join('')}`,
      issues: this.list,
    });
  }
}

/** Preference lists as integer indexes, flat: agent `a`'s list is `list[start[a]] … list[start[a + 1] - 1]`. */
interface Encoded {
  readonly start: Int32Array;
  readonly list: Int32Array;
}

/**
 * Encodes one side's lists by the other side's indexes, checking for unknown ids and duplicates.
 * `ids` is that side's ids in sorted order, so problems are reported in an order that does not
 * depend on the order of the table's keys. An entry found among the other side's ids is a valid id
 * (the keys were checked); one that is not found and is not an id at all (not a string of 1–128
 * characters) makes it return `undefined`: the input's shape is wrong, and zod says how.
 */
function encode(
  side: Side,
  ids: readonly string[],
  table: Readonly<Record<string, readonly string[]>>,
  otherIndex: Readonly<Record<string, number>>,
  otherCount: number,
  issues: Issues,
): Encoded | undefined {
  const n = ids.length;
  const start = new Int32Array(n + 1);
  let total = 0;
  for (let a = 0; a < n; a++) {
    start[a] = total;
    total += (table[ids[a] as string] as readonly string[]).length;
  }
  start[n] = total;
  const list = new Int32Array(total);
  const seen = new Int32Array(otherCount); // seen[b] = a + 1 when agent a has listed b
  const key = tableKey[side];
  for (let a = 0; a < n; a++) {
    const id = ids[a] as string;
    const prefs = table[id] as readonly string[];
    let w = start[a] as number;
    for (let i = 0; i < prefs.length; i++) {
      const target = prefs[i] as string;
      // The type test keeps a number from finding an id by its string form.
      const b = typeof target === 'string' ? otherIndex[target] : undefined;
      if (b === undefined) {
        if (!isId(target)) return undefined;
        issues.add(
          domainError('UNKNOWN_REFERENCE', {
            en: `The ${side} ${id} lists the ${other[side]} ${target}, which has no preference list.`,
            zh: `${sideZh[side]}「${id}」的意向名单中的${sideZh[other[side]]}「${target}」不在${sideZh[other[side]]}意向表中。`,
            path: [key, id, i],
            value: target,
          }),
        );
      } else if (seen[b] === a + 1) {
        issues.add(
          domainError('DUPLICATE_ID', {
            en: `The ${side} ${id} lists the ${other[side]} ${target} more than once.`,
            zh: `${sideZh[side]}「${id}」的意向名单重复列出${sideZh[other[side]]}「${target}」。`,
            path: [key, id, i],
            value: target,
          }),
        );
      } else {
        seen[b] = a + 1;
        list[w++] = b;
      }
    }
  }
  return { start, list };
}

/** Capacities by index (1 when not given), checking that every id given is one of the side's. */
function capacitiesOf(
  side: Side,
  ids: readonly string[],
  index: Readonly<Record<string, number>>,
  table: Readonly<Record<string, number>> | undefined,
  issues: Issues,
): Int32Array {
  const caps = new Int32Array(ids.length).fill(1);
  if (table === undefined) return caps;
  for (const id of Object.keys(table).sort()) {
    const a = index[id];
    const path: ErrorPath = ['capacities', side === 'cadre' ? 'cadres' : 'enterprises', id];
    if (a === undefined) {
      issues.add(
        domainError('UNKNOWN_REFERENCE', {
          en: `A capacity is given for the ${side} ${id}, which has no preference list.`,
          zh: `为${sideZh[side]}「${id}」设定了名额，但${sideZh[side]}意向表中没有该${sideZh[side]}。`,
          path,
          value: id,
        }),
      );
    } else {
      caps[a] = table[id] as number;
    }
  }
  return caps;
}

/** The index of each id, in a prototype-free dictionary (faster to read than a `Map` in V8). */
function indexOf(ids: readonly string[]): Readonly<Record<string, number>> {
  const index = Object.create(null) as Record<string, number>;
  for (let i = 0; i < ids.length; i++) index[ids[i] as string] = i;
  return index;
}

/**
 * Matches cadres with enterprises by two-way selection (双向选择, 003) with Gale and Shapley's
 * deferred acceptance: the proposing side asks down its preference list, the other side holds the
 * best offers up to its capacity and lets the rest go, until no one can ask anyone more. The
 * matching is stable — no cadre and enterprise that are not paired both accept each other and
 * each has a free place or prefers the other to one of its partners — and it is the best stable
 * matching for every member of the proposing side and the worst for the other side (Gale and
 * Shapley 1962; with capacities, Roth 1984). A pair is only made when each lists the other. The
 * result does not depend on the order of the tables' keys: ids are taken in sorted (code-unit)
 * order. Time O(L log c + n log n) for L preference entries, n agents and capacities up to c.
 *
 * @param input - The preference lists, optional capacities (1 by default) and the proposing side;
 *   see {@link StableMatchInputSchema}. Checked at run time, so parsed JSON can be passed as is.
 * @returns The matching, or an error with the path of the problem: `INVALID_INPUT` for a shape the
 *   schema refuses (a capacity that is not a whole number of at least 1, …), `DUPLICATE_ID` for an
 *   id listed twice by one agent, `UNKNOWN_REFERENCE` for an id in a list or in the capacities that
 *   has no preference list of its own; several problems come as one `INVALID_INPUT` listing them.
 * @example
 * ```ts
 * const r = stableMatch({
 *   cadrePreferences: { c1: ['e1', 'e2'], c2: ['e1'] },
 *   enterprisePreferences: { e1: ['c2', 'c1'], e2: ['c1'] },
 *   proposers: 'cadres',
 * });
 * r.ok && r.value.pairs; // [{ cadreId: 'c1', enterpriseId: 'e2' }, { cadreId: 'c2', enterpriseId: 'e1' }]
 * ```
 * @category Pairing
 */
export function stableMatch(input: StableMatchInput): Result<StableMatching> {
  let data: StableMatchInput = input;
  if (!hasShape(input)) {
    const parsed = safeParseWith(StableMatchInputSchema, input);
    if (!parsed.ok) return parsed;
    data = parsed.value;
  }
  const cIds = Object.keys(data.cadrePreferences).sort();
  const eIds = Object.keys(data.enterprisePreferences).sort();
  const cIndex = indexOf(cIds);
  const eIndex = indexOf(eIds);
  const issues = new Issues();
  const cPrefs = encode('cadre', cIds, data.cadrePreferences, eIndex, eIds.length, issues);
  const ePrefs = cPrefs && encode('enterprise', eIds, data.enterprisePreferences, cIndex, cIds.length, issues);
  if (cPrefs === undefined || ePrefs === undefined) {
    const parsed = safeParseWith(StableMatchInputSchema, input);
    if (!parsed.ok) return parsed;
    throw new Error('qinqing: a list entry that is not an id passed the schema'); // cannot happen
  }
  const cCaps = capacitiesOf('cadre', cIds, cIndex, data.capacities?.cadres, issues);
  const eCaps = capacitiesOf('enterprise', eIds, eIndex, data.capacities?.enterprises, issues);
  const problem = issues.error();
  if (problem !== undefined) return err(problem);

  const byCadres = data.proposers === 'cadres';
  const run = deferredAcceptance(
    byCadres ? cPrefs : ePrefs,
    byCadres ? ePrefs : cPrefs,
    byCadres ? cCaps : eCaps,
    byCadres ? eCaps : cCaps,
  );

  // Pairs as cadre index × enterprise count + enterprise index: sorting the keys sorts by ids.
  const m = run.pairP.length;
  const keys = new Float64Array(m);
  const nE = eIds.length;
  for (let k = 0; k < m; k++) {
    const p = run.pairP[k] as number;
    const r = run.pairR[k] as number;
    keys[k] = byCadres ? p * nE + r : r * nE + p;
  }
  keys.sort();
  const cUsed = new Int32Array(cIds.length);
  const eUsed = new Int32Array(nE);
  const pairs: MatchedPair[] = [];
  for (let k = 0; k < m; k++) {
    const key = keys[k] as number;
    const c = Math.floor(key / nE);
    const e = key - c * nE;
    cUsed[c] = (cUsed[c] as number) + 1;
    eUsed[e] = (eUsed[e] as number) + 1;
    pairs.push({ cadreId: cIds[c] as string, enterpriseId: eIds[e] as string });
  }
  const unmatchedCadres: UnmatchedCadre[] = [];
  for (let c = 0; c < cIds.length; c++) {
    const left = (cCaps[c] as number) - (cUsed[c] as number);
    if (left > 0) unmatchedCadres.push({ cadreId: cIds[c] as string, remainingCapacity: left });
  }
  const unmatchedEnterprises: UnmatchedEnterprise[] = [];
  for (let e = 0; e < nE; e++) {
    const left = (eCaps[e] as number) - (eUsed[e] as number);
    if (left > 0) unmatchedEnterprises.push({ enterpriseId: eIds[e] as string, remainingCapacity: left });
  }
  return ok({ pairs, unmatchedCadres, unmatchedEnterprises, proposers: data.proposers, rounds: run.rounds, proposals: run.proposals });
}

interface Run {
  /** Proposer of each pair. */
  readonly pairP: Int32Array;
  /** Receiver of each pair. */
  readonly pairR: Int32Array;
  readonly rounds: number;
  readonly proposals: number;
}

/**
 * Deferred acceptance over integer indexes, in rounds. Each receiver holds its offers in a binary
 * max-heap of the proposers' ranks in its own list (worst on top), in one flat array, sized by the
 * smaller of its capacity and its list's length.
 */
function deferredAcceptance(P: Encoded, R: Encoded, pCaps: Int32Array, rCaps: Int32Array): Run {
  const nP = P.start.length - 1;
  const nR = R.start.length - 1;

  // For each proposer entry, the proposer's rank in the receiver's list, or -1 when the receiver
  // does not list it. The receivers' lists are transposed by proposer (counting sort), then each
  // proposer's entries are marked on a scratch array and its transposed entries looked up there.
  const tStart = new Int32Array(nP + 1);
  for (let j = 0; j < R.list.length; j++) {
    const slot = (R.list[j] as number) + 1;
    tStart[slot] = (tStart[slot] as number) + 1;
  }
  for (let p = 0; p < nP; p++) tStart[p + 1] = (tStart[p + 1] as number) + (tStart[p] as number);
  const fill = tStart.slice(0, nP);
  const tRecv = new Int32Array(R.list.length);
  const tRank = new Int32Array(R.list.length);
  for (let r = 0; r < nR; r++) {
    const s = R.start[r] as number;
    const end = R.start[r + 1] as number;
    for (let j = s; j < end; j++) {
      const p = R.list[j] as number;
      const pos = fill[p] as number;
      fill[p] = pos + 1;
      tRecv[pos] = r;
      tRank[pos] = j - s;
    }
  }
  const rankAt = new Int32Array(P.list.length).fill(-1);
  const mark = new Int32Array(nR).fill(-1);
  for (let p = 0; p < nP; p++) {
    const s = P.start[p] as number;
    const end = P.start[p + 1] as number;
    for (let i = s; i < end; i++) mark[P.list[i] as number] = i;
    for (let k = tStart[p] as number, kEnd = tStart[p + 1] as number; k < kEnd; k++) {
      const i = mark[tRecv[k] as number] as number;
      if (i >= 0) rankAt[i] = tRank[k] as number;
    }
    for (let i = s; i < end; i++) mark[P.list[i] as number] = -1;
  }

  // Receivers' heaps.
  const hStart = new Int32Array(nR + 1);
  for (let r = 0; r < nR; r++) {
    const len = (R.start[r + 1] as number) - (R.start[r] as number);
    hStart[r + 1] = (hStart[r] as number) + Math.min(rCaps[r] as number, len);
  }
  const heap = new Int32Array(hStart[nR] as number);
  const hSize = new Int32Array(nR);

  // Proposers: free places, next entry to ask, and the queues of this round and the next.
  const free = Int32Array.from(pCaps);
  const next = P.start.slice(0, nP);
  const queued = new Uint8Array(nP);
  let current = new Int32Array(nP);
  let upcoming = new Int32Array(nP);
  let curLen = 0;
  for (let p = 0; p < nP; p++) if ((P.start[p + 1] as number) > (P.start[p] as number)) current[curLen++] = p;
  let rounds = 0;
  let proposals = 0;

  while (curLen > 0) {
    for (let k = 0; k < curLen; k++) queued[current[k] as number] = 0;
    let upLen = 0;
    const before = proposals;
    for (let k = 0; k < curLen; k++) {
      const p = current[k] as number;
      const end = P.start[p + 1] as number;
      let places = free[p] as number;
      while (places > 0 && (next[p] as number) < end) {
        const i = next[p] as number;
        next[p] = i + 1;
        const rank = rankAt[i] as number;
        if (rank < 0) continue;
        const r = P.list[i] as number;
        places--;
        proposals++;
        free[p] = (free[p] as number) - 1;
        const base = hStart[r] as number;
        const cap = (hStart[r + 1] as number) - base;
        const size = hSize[r] as number;
        let rejectedRank: number;
        if (size < cap) {
          // Room left: sift the new rank up.
          let c = size;
          while (c > 0) {
            const parent = (c - 1) >> 1;
            const pr = heap[base + parent] as number;
            if (pr >= rank) break;
            heap[base + c] = pr;
            c = parent;
          }
          heap[base + c] = rank;
          hSize[r] = size + 1;
          continue;
        } else if (rank > (heap[base] as number)) {
          rejectedRank = rank; // worse than every offer held
        } else {
          // Replace the worst offer held and sift the new rank down.
          rejectedRank = heap[base] as number;
          let c = 0;
          for (;;) {
            let child = 2 * c + 1;
            if (child >= cap) break;
            if (child + 1 < cap && (heap[base + child + 1] as number) > (heap[base + child] as number)) child++;
            const cr = heap[base + child] as number;
            if (cr <= rank) break;
            heap[base + c] = cr;
            c = child;
          }
          heap[base + c] = rank;
        }
        const q = R.list[(R.start[r] as number) + rejectedRank] as number;
        free[q] = (free[q] as number) + 1;
        if (queued[q] === 0 && (next[q] as number) < (P.start[q + 1] as number)) {
          queued[q] = 1;
          upcoming[upLen++] = q;
        }
      }
    }
    if (proposals > before) rounds++;
    const t = current;
    current = upcoming;
    upcoming = t;
    curLen = upLen;
  }

  const m = hSize.reduce((a, b) => a + b, 0);
  const pairP = new Int32Array(m);
  const pairR = new Int32Array(m);
  let w = 0;
  for (let r = 0; r < nR; r++) {
    const base = hStart[r] as number;
    const s = R.start[r] as number;
    for (let h = 0, size = hSize[r] as number; h < size; h++) {
      pairP[w] = R.list[s + (heap[base + h] as number)] as number;
      pairR[w++] = r;
    }
  }
  return { pairP, pairR, rounds, proposals };
}
