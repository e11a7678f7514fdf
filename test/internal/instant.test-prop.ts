import { fc, test } from '@fast-check/vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { isValid, parseISO } from 'date-fns';
import { describe, expect } from 'vitest';
import { z } from 'zod';
import { localDateOf } from '../../src/calendar/index.js';
import { InstantSchema } from '../../src/core/schema.js';
import { civilFromDays, daysFromCivil, fromDayNumber } from '../../src/internal/days.js';
import { instantAtOffset, instantMs, isBefore, localDay } from '../../src/internal/instant.js';

// Part 8: no hand-written date parsing that accepts what ISO 8601 does not. The laws of the one
// instant reader, against references that share none of its code: integer arithmetic for writing
// instants and for local dates, Date's own calendar for the round trip, date-fns for the value.

const MINUTE = 60_000;
const DAY = 86_400_000;
const two = (n: number): string => String(n).padStart(2, '0');

/** Epoch ms from 0001-01-01 to 9998-12-31, so that every local date at ±14:00 has a four-digit year. */
const msArb = fc.integer({ min: daysFromCivil(1, 1, 1) * DAY, max: daysFromCivil(9998, 12, 31) * DAY });
/** Offsets in minutes within ±14:00, the common ones often. */
const offsetArb = fc.oneof(fc.constantFrom(480, 0, -300, 330, 345, 840, -840), fc.integer({ min: -840, max: 840 }));
/** How many digits of fractional seconds are written (0: none), and the digits written beyond the third. */
const fractionArb = fc.record({ digits: fc.integer({ min: 0, max: 9 }), beyond: fc.integer({ min: 0, max: 999_999 }) });

interface Written {
  readonly s: string;
  /** The milliseconds the string stands for: `ms` truncated to the precision written. */
  readonly ms: number;
  readonly offset: number;
}

/** `ms` written at `offset` by integer arithmetic alone (no Date), `Z` or `+00:00` for zero. */
function write(ms: number, offset: number, digits: number, beyond: number, zulu: boolean): Written {
  const local = ms + offset * MINUTE;
  const day = Math.floor(local / DAY);
  const [y, m, d] = civilFromDays(day);
  let rest = local - day * DAY;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const [h, mi, sec] = [Math.floor(rest / 3600), Math.floor(rest / 60) % 60, rest % 60];
  const full = `${String(milli).padStart(3, '0')}${String(beyond).padStart(6, '0')}`;
  const frac = digits === 0 ? '' : `.${full.slice(0, digits)}`;
  const kept = digits >= 3 ? milli : digits === 0 ? 0 : Number(full.slice(0, digits).padEnd(3, '0'));
  const abs = Math.abs(offset);
  const off = offset === 0 && zulu ? 'Z' : `${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
  return { s: `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}T${two(h)}:${two(mi)}:${two(sec)}${frac}${off}`, ms: ms - milli + kept, offset };
}

const writtenArb = fc
  .tuple(msArb, offsetArb, fractionArb, fc.boolean())
  .map(([ms, offset, { digits, beyond }, zulu]) => write(ms, offset, digits, beyond, zulu));

/** The local date at `offset` of `ms`, by integer arithmetic. */
const referenceDay = (ms: number, offset: number): string => fromDayNumber(Math.floor((ms + offset * MINUTE) / DAY));

/**
 * A reference reader that shares no code with the real one: a loose shape, then Date's own
 * calendar, whose fields must round-trip (so that 30 February, which Date rolls over to 2 March,
 * is refused), then the ranges of time and offset.
 */
function reference(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))$/.exec(s);
  if (m === null) return NaN;
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return NaN;
  if (h > 23 || mi > 59 || sec > 59) return NaN;
  let offset = 0;
  if (m[8] !== 'Z') {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (om > 59 || oh * 60 + om > 840 || (m[9] === '-' && oh + om === 0)) return NaN;
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const milli = Number((m[7] ?? '').slice(0, 3).padEnd(3, '0'));
  return date.getTime() + ((h * 60 + mi - offset) * 60 + sec) * 1000 + milli;
}

/** Strings near instants: a valid one with one character replaced, inserted or removed. */
const nearArb = fc
  .tuple(writtenArb, fc.nat(), fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '9', ':', '-', '+', 'T', 't', 'Z', 'z', ' ', '.', ',', '/', ''), fc.constantFrom('replace', 'insert'))
  .map(([w, at, ch, how]) => {
    const i = at % (w.s.length + 1);
    return how === 'replace' ? w.s.slice(0, i) + ch + w.s.slice(i + 1) : w.s.slice(0, i) + ch + w.s.slice(i);
  });

const ajv = new Ajv2020({ strict: false });
addFormats.default(ajv);
const jsonSchemaAccepts = ajv.compile(z.toJSONSchema(InstantSchema, { io: 'input', target: 'draft-2020-12' }));

describe('Part 8: no hand-written date parsing that accepts what ISO 8601 does not', () => {
  test.prop([writtenArb])('an instant written from epoch ms and an offset reads back as the same ms', ({ s, ms }) => {
    expect(instantMs(s)).toBe(ms);
    expect(InstantSchema.safeParse(s).success).toBe(true);
  });

  // To the millisecond only: with more digits, date-fns goes through parseFloat and Date's truncation
  // toward zero, 1 ms late before 1970 (a fixed example in instant.test.ts).
  test.prop([fc.tuple(msArb, offsetArb, fc.integer({ min: 0, max: 3 }), fc.boolean())])('date-fns parseISO reads the same ms from every instant written to the millisecond', ([t, offset, digits, zulu]) => {
    const { s, ms } = write(t, offset, digits, 0, zulu);
    const d = parseISO(s);
    expect(isValid(d)).toBe(true);
    expect(d.getTime()).toBe(ms);
  });

  test.prop([writtenArb, offsetArb])('localDay and localDateOf agree with the local date by integer arithmetic', ({ s, ms }, at) => {
    expect(localDay(s, at)).toEqual({ ok: true, value: referenceDay(ms, at) });
    expect(localDateOf(s, at)).toEqual({ ok: true, value: referenceDay(ms, at) });
  });

  test.prop([msArb, fractionArb])('the +08:00 fast path of localDay gives the date that reading the instant gives', (ms, { digits, beyond }) => {
    const { s } = write(ms, 480, digits, beyond, false);
    expect(localDay(s, 480)).toEqual({ ok: true, value: referenceDay(ms, 480) });
    expect(localDay(s, 480)).toEqual(localDateOf(s, 480));
  });

  test.prop([writtenArb, offsetArb])('issue 17 (Open311 GeoReport v2 datetimes): an instant re-expressed at an offset is the same instant, written at that offset and its local date', ({ s, ms }, at) => {
    const r = instantAtOffset(s, at);
    if (!r.ok) return;
    const abs = Math.abs(at);
    expect(r.value.endsWith(`${at < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`) || (at === 0 && r.value === s)).toBe(true);
    expect(instantMs(r.value)).toBe(ms);
    expect(r.value.slice(0, 10)).toBe(referenceDay(ms, at));
  });

  test.prop([writtenArb, writtenArb])('isBefore agrees with comparing the ms', (a, b) => {
    expect(isBefore(a.s, b.s)).toBe(a.ms < b.ms);
    expect(isBefore(b.s, a.s)).toBe(b.ms < a.ms);
  });

  test.prop([msArb, fc.integer({ min: -3 * DAY, max: 3 * DAY }), offsetArb, fc.integer({ min: 0, max: 9 }), fc.boolean()])(
    'isBefore agrees with comparing the ms for instants of one shape and offset (compared as text)',
    (ms, delta, offset, digits, zulu) => {
      const a = write(ms, offset, digits, 0, zulu);
      const b = write(ms + delta, offset, digits, 0, zulu);
      expect(isBefore(a.s, b.s)).toBe(a.ms < b.ms);
      expect(isBefore(b.s, a.s)).toBe(b.ms < a.ms);
    },
  );

  test.prop([fc.oneof(nearArb, writtenArb.map((w) => w.s), fc.string({ maxLength: 30 }))], { numRuns: 2000 })(
    'the reader, the schema and its JSON Schema accept exactly what the round-trip reference accepts, with the same ms',
    (s) => {
      const want = reference(s);
      expect(instantMs(s)).toBe(want);
      expect(InstantSchema.safeParse(s).success).toBe(!Number.isNaN(want));
      expect(jsonSchemaAccepts(s)).toBe(!Number.isNaN(want));
    },
  );
});
