import * as fc from 'fast-check';
import type { CalendarDate, Id } from '../core/schema.js';
import { PairingSelection, type Pairing } from '../pairing/schema.js';
import { arbInvalidCalendarDate } from './calendar.js';
import { idArb, without } from './pools.js';
import { dayOf, fromDayNumber } from './tape.js';

/**
 * Options of {@link arbPairing}.
 *
 * @category Testing
 */
export interface ArbPairingOptions {
  /** The pairing ids to draw from (default: short ids such as `'p7'`). */
  readonly ids?: readonly Id[];
  /** The adviser ids to draw from (default: short ids such as `'a3'`). */
  readonly adviserIds?: readonly Id[];
  /** The enterprise ids to draw from (default: short ids such as `'e12'`). */
  readonly enterpriseIds?: readonly Id[];
  /** The park ids to draw from (default: short ids such as `'park2'`). */
  readonly parkIds?: readonly Id[];
  /** Whether some pairings are with a park rather than an enterprise (default true). */
  readonly parks?: boolean;
  /** The earliest start (default 2024-01-01). */
  readonly from?: CalendarDate;
  /** The latest start and end (default 2026-12-31). */
  readonly to?: CalendarDate;
}

/**
 * An arbitrary of pairings (包联): one adviser with exactly one enterprise or park, from a date and
 * until a later date or open-ended, appointed or by two-way selection.
 *
 * @param options - Pools of ids and the range of dates.
 * @returns An arbitrary of pairings that `PairingSchema` accepts unchanged, each ending no earlier than it starts.
 * @example
 * ```ts
 * fc.assert(fc.property(arbPairing({ adviserIds: ['a1', 'a2'], parks: false }), (p) => p.enterpriseId !== null));
 * ```
 * @category Testing
 */
export function arbPairing(options: ArbPairingOptions = {}): fc.Arbitrary<Pairing> {
  const first = dayOf(options.from ?? '2024-01-01', 'from');
  const last = dayOf(options.to ?? '2026-12-31', 'to');
  if (first > last) throw new Error('qinqing/testing: arbPairing: `to` is before `from`.');
  const target = options.parks === false
    ? idArb(options.enterpriseIds, 'e').map((enterpriseId) => ({ enterpriseId, parkId: null }))
    : fc.oneof(
        { weight: 4, arbitrary: idArb(options.enterpriseIds, 'e').map((enterpriseId) => ({ enterpriseId, parkId: null })) },
        { weight: 1, arbitrary: idArb(options.parkIds, 'park').map((parkId) => ({ enterpriseId: null, parkId })) },
      );
  return fc
    .record({
      id: idArb(options.ids, 'p'),
      adviserId: idArb(options.adviserIds, 'a'),
      target,
      since: fc.integer({ min: first, max: last }),
      length: fc.option(fc.nat({ max: 3 * 366 }), { nil: null }),
      selection: fc.constantFrom(...PairingSelection.schema.options),
    })
    .map(({ id, adviserId, target: t, since, length, selection }) => ({
      id,
      adviserId,
      enterpriseId: t.enterpriseId,
      parkId: t.parkId,
      since: fromDayNumber(since),
      until: length === null ? null : fromDayNumber(Math.min(last, since + length)),
      selection,
    }));
}

/**
 * An arbitrary of data that is almost a pairing but not quite: both or neither of an enterprise
 * and a park, an impossible date, an unknown way of selection, an unknown field, a missing field.
 *
 * @param options - As for {@link arbPairing}.
 * @returns An arbitrary of values that `PairingSchema` rejects.
 * @example
 * ```ts
 * fc.assert(fc.property(arbInvalidPairing(), (x) => !PairingSchema.safeParse(x).success));
 * ```
 * @category Testing
 */
export function arbInvalidPairing(options: ArbPairingOptions = {}): fc.Arbitrary<unknown> {
  const valid = arbPairing(options);
  return fc.oneof(
    valid.map((p) => ({ ...p, enterpriseId: null, parkId: null })),
    valid.map((p) => ({ ...p, enterpriseId: p.enterpriseId ?? 'e1', parkId: p.parkId ?? 'park1' })),
    fc.tuple(valid, arbInvalidCalendarDate()).map(([p, since]) => ({ ...p, since })),
    valid.map((p) => ({ ...p, selection: 'lottery' })),
    valid.map((p) => ({ ...p, fee: 100 })),
    fc.tuple(valid, fc.constantFrom('id', 'adviserId', 'since', 'until', 'selection')).map(([p, key]) => without(p, key)),
  );
}
