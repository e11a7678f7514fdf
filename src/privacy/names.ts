/**
 * Caller-supplied names found in one pass: an Aho–Corasick automaton over the folded names (no
 * regular expression is built from them). Building takes O(total length of the names); scanning a
 * text of n folded characters takes O(n) and reports, at each position, the longest name ending
 * there — which covers every shorter name ending there too, so marking it masks them all. Internal.
 *
 * @module
 */

/** Code points are below 0x110000: an edge is keyed by `node * 0x110000 + code point` (below 2^53 for up to 8 × 10^9 nodes). */
const RADIX = 0x110000;

/** An automaton that finds a set of names (sequences of folded code points) in a folded text. */
export class NameMatcher {
  private readonly edges = new Map<number, number>();
  private readonly fail: Int32Array;
  /** Length of the longest name that ends at each node (the node's own, or through its failure links), 0 for none. */
  private readonly out: Int32Array;

  /** Builds the automaton; names of fewer than `minLength` characters are left out. */
  constructor(names: readonly (readonly number[])[], minLength: number) {
    const depth: number[] = [0];
    const terminal: boolean[] = [false];
    const edge: number[] = [0];
    const head: number[] = [-1];
    const sibling: number[] = [-1];
    for (const name of names) {
      if (name.length < minLength) continue;
      let node = 0;
      for (const c of name) {
        const key = node * RADIX + c;
        let next = this.edges.get(key);
        if (next === undefined) {
          next = depth.length;
          this.edges.set(key, next);
          depth.push((depth[node] as number) + 1);
          terminal.push(false);
          edge.push(c);
          head.push(-1);
          sibling.push(head[node] as number);
          head[node] = next;
        }
        node = next;
      }
      terminal[node] = true;
    }
    const size = depth.length;
    this.fail = new Int32Array(size);
    this.out = new Int32Array(size);
    // Breadth first: a node's failure link points to a shallower node, already done.
    const queue = new Int32Array(size);
    let tail = 0;
    for (let v = head[0] as number; v !== -1; v = sibling[v] as number) {
      this.out[v] = terminal[v] === true ? (depth[v] as number) : 0;
      queue[tail++] = v;
    }
    for (let q = 0; q < tail; q++) {
      const u = queue[q] as number;
      for (let v = head[u] as number; v !== -1; v = sibling[v] as number) {
        const c = edge[v] as number;
        let f = this.fail[u] as number;
        while (f !== 0 && !this.edges.has(f * RADIX + c)) f = this.fail[f] as number;
        const w = this.edges.get(f * RADIX + c);
        this.fail[v] = w === undefined || w === v ? 0 : w;
        this.out[v] = terminal[v] === true ? (depth[v] as number) : (this.out[this.fail[v] as number] as number);
        queue[tail++] = v;
      }
    }
  }

  /** Whether there is no name to find. */
  get empty(): boolean {
    return this.edges.size === 0;
  }

  /** Calls `marks.add(start, end)` for the longest name ending at each position of `text[0..n)` where one ends. */
  scan(text: Int32Array, n: number, marks: { add(start: number, end: number): void }): void {
    if (this.empty) return;
    let node = 0;
    for (let i = 0; i < n; i++) {
      const c = text[i] as number;
      let next = this.edges.get(node * RADIX + c);
      while (next === undefined && node !== 0) {
        node = this.fail[node] as number;
        next = this.edges.get(node * RADIX + c);
      }
      node = next ?? 0;
      const length = this.out[node] as number;
      if (length > 0) marks.add(i + 1 - length, i + 1);
    }
  }
}
