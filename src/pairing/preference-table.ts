/**
 * The preference lists of a two-way selection as integer tables, and the offers each proposer can
 * make: the fast core of `stableMatch`. Each side's agents are numbered by their place among the
 * side's ids, and a list is a run of the other side's numbers in one typed array. Written over
 * arrays of agent objects and Maps instead, one matching of bench/matching.bench.ts (10,000 cadres
 * and 10,000 enterprises listing 100 each) took 4× as long: about 440 ms of CPU against 105 ms,
 * of which reading the 2,000,000 entries about 100 ms (here 45 ms) and finding who accepts whom, at
 * which rank, about 140 ms (here 23 ms).
 * Internal: not exported from any barrel.
 */

/** One side's preference lists: agent `a` lists the agents `entryAt(startOf(a))` … `entryAt(endOf(a) - 1)` of the other side, most preferred first, each once. */
export class PreferenceTable {
  /**
   * @param starts - Where each agent's list starts in `entries`, and after the last agent where its list ends.
   * @param entries - The lists, one after another.
   */
  constructor(
    private readonly starts: Int32Array,
    private readonly entries: Int32Array,
  ) {}

  /** How many agents the side has. */
  get agents(): number {
    return this.starts.length - 1;
  }

  /** Where agent `a`'s list starts. */
  startOf(a: number): number {
    return this.starts[a] ?? 0;
  }

  /** Where agent `a`'s list ends (one past its last entry). */
  endOf(a: number): number {
    return this.starts[a + 1] ?? 0;
  }

  /** The agent of the other side listed at `i` (-1 past the end). */
  entryAt(i: number): number {
    return this.entries[i] ?? -1;
  }
}

/** Writes a side's lists into a {@link PreferenceTable}, one agent after another, refusing an agent listed twice by the same agent. */
export class PreferenceTableWriter {
  private readonly starts: Int32Array;
  private readonly entries: Int32Array;
  /** By agent of the other side: the last agent that listed it. */
  private readonly listedBy: Int32Array;
  private agent = -1;
  private written = 0;

  /**
   * @param agents - How many agents the side has.
   * @param entries - How many entries their lists have in all, at most.
   * @param others - How many agents the other side has.
   */
  constructor(agents: number, entries: number, others: number) {
    this.starts = new Int32Array(agents + 1);
    this.entries = new Int32Array(entries);
    this.listedBy = new Int32Array(others).fill(-1);
  }

  /** Starts the list of the next agent. */
  nextAgent(): void {
    this.starts[++this.agent] = this.written;
  }

  /** Adds agent `other` of the other side to the current agent's list; false when the agent has listed it already. */
  add(other: number): boolean {
    if (this.listedBy[other] === this.agent) return false;
    this.listedBy[other] = this.agent;
    this.entries[this.written++] = other;
    return true;
  }

  /** The table written. */
  table(): PreferenceTable {
    this.starts[this.agent + 1] = this.written;
    return new PreferenceTable(this.starts, this.entries);
  }
}

/**
 * The offers each proposer can make, in its order of preference: proposer `p` can make the offers
 * `startOf(p)` … `endOf(p) - 1`, each to a receiver it lists that lists it back, with the rank that
 * receiver gives it (0 for its first choice).
 */
export class OfferLists {
  constructor(
    private readonly starts: Int32Array,
    private readonly receivers: Int32Array,
    private readonly ranks: Int32Array,
  ) {}

  /** Where proposer `p`'s offers start. */
  startOf(p: number): number {
    return this.starts[p] ?? 0;
  }

  /** Where proposer `p`'s offers end (one past its last). */
  endOf(p: number): number {
    return this.starts[p + 1] ?? 0;
  }

  /** The receiver of offer `i` (-1 past the end). */
  receiverAt(i: number): number {
    return this.receivers[i] ?? -1;
  }

  /** The rank the receiver of offer `i` gives its proposer (-1 past the end). */
  rankAt(i: number): number {
    return this.ranks[i] ?? -1;
  }
}

/**
 * The offers the proposers can make to the receivers. The receivers' lists are turned around by
 * proposer (a counting sort); then each proposer's list is marked on a scratch array by receiver,
 * and the receivers listing it are looked up there. Time O(L) for L entries.
 */
export function offerListsOf(proposers: PreferenceTable, receivers: PreferenceTable): OfferLists {
  const nP = proposers.agents;
  const nR = receivers.agents;
  // For each proposer, the receivers listing it and the ranks they give it, one proposer after another.
  const heardFrom = new Int32Array(nP + 1); // where each proposer's run starts: a count, then running sums
  for (let i = 0; i < receivers.endOf(nR - 1); i++) {
    const p = receivers.entryAt(i);
    heardFrom[p + 1] = (heardFrom[p + 1] ?? 0) + 1;
  }
  for (let p = 0; p < nP; p++) heardFrom[p + 1] = (heardFrom[p + 1] ?? 0) + (heardFrom[p] ?? 0);
  const next = heardFrom.slice(0, nP);
  const listers = new Int32Array(receivers.endOf(nR - 1));
  const listerRanks = new Int32Array(listers.length);
  for (let r = 0; r < nR; r++) {
    const first = receivers.startOf(r);
    for (let i = first; i < receivers.endOf(r); i++) {
      const p = receivers.entryAt(i);
      const at = next[p] ?? 0;
      next[p] = at + 1;
      listers[at] = r;
      listerRanks[at] = i - first;
    }
  }

  const starts = new Int32Array(nP + 1);
  const offerReceivers = new Int32Array(proposers.endOf(nP - 1));
  const offerRanks = new Int32Array(offerReceivers.length);
  let written = 0;
  const rankFrom = new Int32Array(nR).fill(-1); // scratch: by receiver, the rank it gives the current proposer
  for (let p = 0; p < nP; p++) {
    starts[p] = written;
    const first = heardFrom[p] ?? 0;
    const end = heardFrom[p + 1] ?? 0;
    for (let k = first; k < end; k++) rankFrom[listers[k] ?? -1] = listerRanks[k] ?? -1;
    for (let i = proposers.startOf(p); i < proposers.endOf(p); i++) {
      const r = proposers.entryAt(i);
      const rank = rankFrom[r] ?? -1;
      if (rank < 0) continue;
      offerReceivers[written] = r;
      offerRanks[written++] = rank;
    }
    for (let k = first; k < end; k++) rankFrom[listers[k] ?? -1] = -1;
  }
  starts[nP] = written;
  return new OfferLists(starts, offerReceivers, offerRanks);
}
