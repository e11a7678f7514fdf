/**
 * Gale and Shapley's deferred acceptance with capacities, in rounds, behind `stableMatch`:
 * the proposing side asks down its preference lists, each receiver holds the best offers up to its
 * capacity and lets the rest go, until no one can ask anyone more.
 * Internal: not exported from any barrel.
 */
import { offerListsOf, type PreferenceTable } from './preference-table.js';

/** The outcome of deferred acceptance. */
export interface Acceptance<A> {
  /** The offers held at the end: the matching. */
  readonly pairs: readonly { readonly proposer: A; readonly receiver: A }[];
  /** Rounds with at least one proposal. */
  readonly rounds: number;
  /** Proposals made, each to a receiver that accepts the proposer. */
  readonly proposals: number;
}

/** A proposer in the run: its free places and the offers it has left to make. */
interface Proposer<A> {
  readonly agent: A;
  free: number;
  /** Its next offer, by its place in the `OfferLists`. */
  next: number;
  /** One past its last offer. */
  readonly end: number;
  /** Whether it is already queued for the next round. */
  queued: boolean;
}

/**
 * The offers a receiver holds, at most its capacity: their proposers and the ranks it gives them, in
 * a binary heap by rank with the worst on top, so that taking an offer costs O(log c).
 */
class HeldOffers<A> {
  private readonly proposers: Proposer<A>[] = [];
  private readonly ranks: number[] = [];

  /**
   * @param receiver - The receiver.
   * @param places - Its capacity.
   */
  constructor(
    readonly receiver: A,
    private readonly places: number,
  ) {}

  /** The proposers whose offers it holds. */
  get held(): readonly Proposer<A>[] {
    return this.proposers;
  }

  /**
   * Takes the offer of a proposer it gives `rank` if it has a free place or the offer is better than
   * the worst it holds; returns the proposer let go (that one or the worst held's), or null.
   */
  take(proposer: Proposer<A>, rank: number): Proposer<A> | null {
    const worst = this.proposers[0];
    if (worst === undefined || this.proposers.length < this.places) {
      this.siftUp(proposer, rank);
      return null;
    }
    if (rank > this.rankAt(0)) return proposer;
    this.replaceWorst(proposer, rank);
    return worst;
  }

  /** The rank of the offer at `at` in the heap, or -1 when there is none (below every rank). */
  private rankAt(at: number): number {
    return this.ranks[at] ?? -1;
  }

  private put(at: number, proposer: Proposer<A>, rank: number): void {
    this.proposers[at] = proposer;
    this.ranks[at] = rank;
  }

  /** Adds an offer at the bottom and moves it up past the better offers above it. */
  private siftUp(proposer: Proposer<A>, rank: number): void {
    let at = this.proposers.length;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = this.proposers[parentAt];
      if (parent === undefined || this.rankAt(parentAt) >= rank) break;
      this.put(at, parent, this.rankAt(parentAt));
      at = parentAt;
    }
    this.put(at, proposer, rank);
  }

  /** Puts an offer on top in place of the worst and moves it down past the worse offers below it. */
  private replaceWorst(proposer: Proposer<A>, rank: number): void {
    let at = 0;
    for (;;) {
      const leftAt = 2 * at + 1;
      const childAt = this.rankAt(leftAt + 1) > this.rankAt(leftAt) ? leftAt + 1 : leftAt;
      const child = this.proposers[childAt];
      if (child === undefined || this.rankAt(childAt) <= rank) break;
      this.put(at, child, this.rankAt(childAt));
      at = childAt;
    }
    this.put(at, proposer, rank);
  }
}

/**
 * Runs deferred acceptance in rounds: in each, every proposer with a free place and an offer left
 * makes its next offers, one per free place it had when its turn came; the receiver takes each offer
 * or lets it go, and a proposer let go joins the next round. Proposers take their turns in their
 * order in the first round, then in the order they were let go.
 *
 * @param proposing - The proposing side's agents, numbered as in their lists.
 * @param proposerLists - Their preference lists.
 * @param receiving - The receiving side's agents, likewise.
 * @param receiverLists - Their preference lists.
 */
export function deferredAcceptance<A extends { readonly capacity: number }>(
  proposing: readonly A[],
  proposerLists: PreferenceTable,
  receiving: readonly A[],
  receiverLists: PreferenceTable,
): Acceptance<A> {
  const offers = offerListsOf(proposerLists, receiverLists);
  const proposers = proposing.map((agent, p): Proposer<A> => ({ agent, free: agent.capacity, next: offers.startOf(p), end: offers.endOf(p), queued: false }));
  const receivers = receiving.map((agent) => new HeldOffers(agent, agent.capacity));
  let round = proposers.filter((p) => p.next < p.end);
  let rounds = 0;
  let proposals = 0;
  while (round.length > 0) {
    for (const p of round) p.queued = false;
    const next: Proposer<A>[] = [];
    const before = proposals;
    for (const p of round) {
      for (let places = p.free; places > 0 && p.next < p.end; places--) {
        const offer = p.next++;
        p.free--;
        proposals++;
        const letGo = receivers[offers.receiverAt(offer)]?.take(p, offers.rankAt(offer)) ?? null;
        if (letGo === null) continue;
        letGo.free++;
        if (!letGo.queued && letGo.next < letGo.end) {
          letGo.queued = true;
          next.push(letGo);
        }
      }
    }
    if (proposals > before) rounds++;
    round = next;
  }
  const pairs: { proposer: A; receiver: A }[] = [];
  for (const r of receivers) for (const p of r.held) pairs.push({ proposer: p.agent, receiver: r.receiver });
  return { pairs, rounds, proposals };
}
