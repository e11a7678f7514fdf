/**
 * Mutations of a valid JSON sample, for the invalid samples of test/schemas-agreement.test.ts: one
 * edit at one place of the value — a required key dropped, an unknown key added, a value of the
 * wrong type, a number out of range or not whole, a string emptied, lengthened or with one
 * character changed (a bad pattern, a date that does not exist, a wrong check character), an array
 * emptied or with an item repeated, two values of an object swapped (an end before its start). Not
 * every mutation makes the sample invalid (a dropped key may be optional): the parser decides.
 */

import { seeded } from '../../bench/seeded.js';

/** A deterministic random source (bench/seeded.ts), so that a failure can be replayed. */
export const randomSource = seeded;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

/** Every place in `value`: the path to it and the value there. */
function places(value: Json, path: (string | number)[] = [], out: { path: (string | number)[]; value: Json }[] = []) {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((v, i) => places(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) places(v, [...path, k], out);
  return out;
}

const others: readonly Json[] = [null, 0, -1, 1.5, '', 'x', true, [], {}];
const typeOf = (v: Json): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** A character swapped for another of the same kind, or for one that is never allowed. */
function changeOneCharacter(random: () => number, s: string): string {
  if (s.length === 0) return 'x';
  const i = Math.floor(random() * s.length);
  const c = s.charAt(i);
  const next = /\d/.test(c) ? String((Number(c) + 1 + Math.floor(random() * 9)) % 10) : /[A-Z]/.test(c) ? pick(random, ['A', 'I', 'O', 'Z', 'a', '0']) : pick(random, ['0', 'Z', '-', ' ']);
  return s.slice(0, i) + next + s.slice(i + 1);
}

/** The new value for the place `value`, or undefined to delete it (in an object). */
function mutateValue(random: () => number, value: Json): Json | undefined {
  const wrongType = (): Json => pick(random, others.filter((o) => typeOf(o) !== typeOf(value)));
  if (typeof value === 'number') {
    return pick(random, [value + 1, value - 1, -value - 1, value * 1000 + 1, value + 0.5, 0, 1e20, wrongType()]);
  }
  if (typeof value === 'string') {
    return pick(random, ['', value + value.repeat(300), `${value}!`, `I${value}`, changeOneCharacter(random, value), changeOneCharacter(random, value), value.toLowerCase() === value ? value.toUpperCase() : value.toLowerCase(), wrongType()]);
  }
  if (Array.isArray(value)) {
    const copy = [...value];
    const kind = Math.floor(random() * 5);
    if (kind === 0) return [];
    if (kind === 1 && copy.length > 0) return [...copy, copy[Math.floor(random() * copy.length)] as Json];
    if (kind === 2 && copy.length > 0) return copy.slice(1);
    if (kind === 3) return [...copy, wrongType()];
    return wrongType();
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const kind = Math.floor(random() * 4);
    if (kind === 0 && keys.length > 0) {
      const { [pick(random, keys)]: _, ...rest } = value;
      return rest;
    }
    if (kind === 1) return { ...value, fee: 1 };
    if (kind === 2 && keys.length > 1) {
      // Two values of the same type swapped: an end before its start, a minimum above its maximum.
      const a = pick(random, keys);
      const b = pick(random, keys.filter((k) => k !== a && typeOf(value[k] as Json) === typeOf(value[a] as Json)));
      if (b !== undefined) return { ...value, [a]: value[b] as Json, [b]: value[a] as Json };
    }
    return wrongType();
  }
  return wrongType();
}

/** `value` with one random edit at one random place (a copy: `value` is left as it was). */
export function mutate(random: () => number, value: unknown): unknown {
  const root = structuredClone(value) as Json;
  const { path } = pick(random, places(root));
  if (path.length === 0) return mutateValue(random, root) ?? null;
  let parent = root as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as unknown as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  const next = mutateValue(random, parent[last] as Json);
  parent[last] = next as Json;
  return root;
}
