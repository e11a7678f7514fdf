/** Compares two strings by UTF-16 code units (the order of `<`), independent of locale: for deterministic sorting. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
