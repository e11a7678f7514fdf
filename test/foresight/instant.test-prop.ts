/**
 * The fast reading of submissions that `foresight` uses (未诉先办, issue 18) accepts exactly the
 * instants `instantMs` accepts, with the same milliseconds: valid instants of every shape, and the
 * same instants with one character replaced.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { submittedMs } from '../../src/foresight/instant.js';
import { instantMs } from '../../src/internal/instant.js';

const offsets = fc.constantFrom('Z', '+08:00', '+00:00', '-00:00', '-00:30', '+14:00', '+14:01', '-14:00', '+13:59', '+15:00', '-05:00', '+8:00', '+08:60');
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
/** Date-times near the grammar: any year, month 0–13, day 0–31, hour 0–24, minute and second 0–60 (some invalid), any offset. */
const instants = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 31 }), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), offsets, fc.boolean())
  .map(([y, mo, d, h, mi, s, off, frac]) => `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${frac ? '.25' : ''}${off}`);
const chars = fc.constantFrom('0', '1', '2', '3', '9', '-', ':', 'T', 'Z', '+', '.', ' ', 'x');

describe('submittedMs (未诉先办, issue 18)', () => {
  test.prop([instants])('reads every date-time as instantMs does, valid or not', (s) => {
    expect(submittedMs(s)).toEqual(instantMs(s));
  });

  test.prop([instants, fc.nat(), chars])('refuses what instantMs refuses: one character replaced', (s, at, c) => {
    const i = at % s.length;
    const t = `${s.slice(0, i)}${c}${s.slice(i + 1)}`;
    expect(submittedMs(t)).toEqual(instantMs(t));
  });

  test.prop([fc.constantFrom('2024-02-29T12:00:00+08:00', '2026-02-29T12:00:00+08:00', '1900-02-29T00:00:00Z', '2000-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-12-31T24:00:00Z', '0000-02-29T00:00:00Z')])('agrees on leap days and month ends', (s) => {
    expect(submittedMs(s)).toEqual(instantMs(s));
  });
});
