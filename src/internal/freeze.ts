/**
 * Freezes a plain-data value and everything it holds, so that the library's defaults cannot be
 * changed by accident. Internal: not exported from any barrel.
 */
/* @__NO_SIDE_EFFECTS__ */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
