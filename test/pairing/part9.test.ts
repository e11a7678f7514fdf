/**
 * Part 9 (issue 14): suggestion weights that are each finite but sum past what a double holds gave
 * every score Infinity ÷ Infinity = NaN; they are refused with a typed error.
 */
import { describe, expect, it } from 'vitest';
import { defaultPairingPolicy, suggestPairings } from '../../src/pairing/index.js';

describe('Part 9 (issue 14): suggestion weights cannot overflow', () => {
  it('weights of Number.MAX_VALUE each (sum Infinity) are refused at options.weights', () => {
    const max = Number.MAX_VALUE;
    const r = suggestPairings([], [], [], defaultPairingPolicy, { asOf: '2026-03-01', weights: { expertise: max, experience: max, level: max, jurisdiction: max, capacity: max } });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['options', 'weights'] });
    expect(suggestPairings([], [], [], defaultPairingPolicy, { asOf: '2026-03-01', weights: { expertise: 1e300 } }).ok).toBe(true);
  });
});
