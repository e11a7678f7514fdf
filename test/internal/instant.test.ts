import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { localDateOf } from '../../src/calendar/index.js';
import { InstantSchema } from '../../src/core/schema.js';
import { instantDay, instantMs, isBefore, localDay, readLocalDate } from '../../src/internal/instant.js';
import { safeParseWith } from '../../src/internal/parse.js';

// Part 8: no hand-written date parsing that accepts what ISO 8601 does not. One form of instant is
// read, everywhere (the reader in src/internal/instant.ts, localDateOf, InstantSchema and its JSON
// Schema): YYYY-MM-DDTHH:MM:SS[.d…] then Z or ±HH:MM within ±14:00, on a date that exists.

const ajv = new Ajv2020({ strict: false });
addFormats.default(ajv);
const jsonSchemaAccepts = ajv.compile(z.toJSONSchema(InstantSchema, { io: 'input', target: 'draft-2020-12' }));

/** Every reader of instants accepts `s` and gives `ms`: the reader, the schema, its JSON Schema, localDateOf (in UTC). */
function accepted(s: string, ms: number): void {
  expect(instantMs(s), s).toBe(ms);
  expect(InstantSchema.safeParse(s).success, s).toBe(true);
  expect(jsonSchemaAccepts(s), s).toBe(true);
  expect(localDateOf(s, 0).ok, s).toBe(true);
}

/** Every reader of instants refuses `s`, with INVALID_INSTANT where it returns an error. */
function refused(s: string): void {
  expect(instantMs(s), s).toBeNaN();
  expect(safeParseWith(InstantSchema, s), s).toMatchObject({ ok: false, error: { code: 'INVALID_INSTANT', value: s } });
  expect(jsonSchemaAccepts(s), s).toBe(false);
  expect(localDateOf(s), s).toMatchObject({ ok: false, error: { code: 'INVALID_INSTANT', path: ['instant'], value: s } });
}

describe('Part 8: no hand-written date parsing that accepts what ISO 8601 does not', () => {
  it('localDateOf refuses 30 February and a US-style date, which Date.parse reads (as 2 March and 30 September)', () => {
    expect(Date.parse('2026-02-30T09:00:00Z')).not.toBeNaN();
    expect(Date.parse('9/30/2026 Z')).not.toBeNaN();
    for (const s of ['2026-02-30T09:00:00Z', '9/30/2026 Z']) {
      const r = localDateOf(s);
      if (r.ok) throw new Error(`${s} read as ${r.value}`);
      expect(r.error).toMatchObject({ code: 'INVALID_INSTANT', path: ['instant'], value: s });
      for (const m of [r.error.message, r.error.messageZh]) {
        expect(m).toContain(JSON.stringify(s));
        expect(m).toContain('ISO 8601');
        expect(m).toContain('±HH:MM');
      }
      expect(r.error.message).toMatch(/real ISO 8601 date-time with an offset/);
      expect(r.error.messageZh).toMatch(/带时区偏移.*有效 ISO 8601 时间/);
    }
  });

  it('valid instants read as before: the same local dates and the same milliseconds as Date.parse', () => {
    for (const [s, day] of [
      ['2026-09-30T17:30:00Z', '2026-10-01'],
      ['2026-10-01T07:59:59+08:00', '2026-10-01'],
      ['2026-09-30T15:59:59.999Z', '2026-09-30'],
      ['2026-09-30T16:00:00Z', '2026-10-01'],
      ['2026-09-30T09:00:00-05:00', '2026-09-30'],
      ['2026-09-30T20:00:00-05:00', '2026-10-01'],
      ['2026-12-31T23:59:59+14:00', '2026-12-31'],
      ['2026-01-01T00:00:00-14:00', '2026-01-01'],
    ] as const) {
      accepted(s, Date.parse(s));
      expect(localDateOf(s)).toEqual({ ok: true, value: day });
    }
    expect(localDateOf('2026-09-30T17:30:00Z', 0)).toEqual({ ok: true, value: '2026-09-30' });
  });

  it('refuses dates that do not exist, and knows the leap years', () => {
    for (const s of ['2026-02-30T09:00:00Z', '2026-02-29T09:00:00Z', '1900-02-29T09:00:00Z', '2026-04-31T09:00:00+08:00', '2026-13-01T09:00:00Z', '2026-00-10T09:00:00Z', '2026-09-00T09:00:00Z', '2026-09-32T09:00:00Z']) {
      refused(s);
    }
    accepted('2024-02-29T09:00:00Z', Date.UTC(2024, 1, 29, 9));
    accepted('2000-02-29T09:00:00+08:00', Date.UTC(2000, 1, 29, 1));
    accepted('2026-02-28T23:59:59Z', Date.UTC(2026, 1, 28, 23, 59, 59));
  });

  it('refuses hour 24, minute 60 and second 60 (no 24:00, no leap second)', () => {
    for (const s of ['2026-09-30T24:00:00Z', '2026-09-30T24:00:00+08:00', '2026-09-30T25:00:00Z', '2026-09-30T09:60:00Z', '2026-09-30T23:59:60Z', '2026-12-31T23:59:60Z']) refused(s);
    accepted('2026-09-30T23:59:59Z', Date.UTC(2026, 8, 30, 23, 59, 59));
    accepted('2026-09-30T00:00:00Z', Date.UTC(2026, 8, 30));
  });

  it('reads offsets within ±14:00 only, written ±HH:MM, with + for zero', () => {
    accepted('2026-09-30T09:00:00+14:00', Date.UTC(2026, 8, 29, 19));
    accepted('2026-09-30T09:00:00-14:00', Date.UTC(2026, 8, 30, 23));
    accepted('2026-09-30T09:00:00+05:45', Date.UTC(2026, 8, 30, 3, 15));
    accepted('2026-09-30T09:00:00-09:30', Date.UTC(2026, 8, 30, 18, 30));
    accepted('2026-09-30T09:00:00+00:00', Date.UTC(2026, 8, 30, 9));
    accepted('2026-09-30T09:00:00-00:30', Date.UTC(2026, 8, 30, 9, 30));
    // zod's z.iso.datetime accepts +14:01 … +23:59 and -00:00; we do not.
    for (const off of ['+14:01', '-14:01', '+14:30', '+15:00', '-15:00', '+23:59', '+24:00', '-24:00', '+99:00', '-00:00']) refused(`2026-09-30T09:00:00${off}`);
    // Malformed: basic, hour-only, one-digit, minutes 60, no colon, stray text after the offset.
    for (const off of ['+0800', '+08', '+8:00', '+08:0', '+08:60', '+08:00:00', 'Z+08:00', '+08:00Z', 'UTC', 'GMT+08:00', ' Z', 'Zjunk', 'Z ', '+08:00\n']) {
      refused(`2026-09-30T09:00:00${off}`);
    }
  });

  it('refuses a date-time without an offset, and its message says the offset is missing', () => {
    for (const s of ['2026-09-30T09:00:00', '2026-09-30T09:00', '2026-09-30T09:00:00.123', '2026-09-30']) refused(s);
    for (const s of ['2026-09-30T09:00:00', '2026-09-30T09:00:00.5']) {
      const r = localDateOf(s);
      if (r.ok) throw new Error(`${s} read as ${r.value}`);
      expect(r.error.message).toContain('has no offset');
      expect(r.error.messageZh).toContain('缺少时区偏移');
      const p = safeParseWith(InstantSchema, s);
      if (p.ok) throw new Error(`${s} parsed`);
      expect(p.error.message).toContain('has no offset');
      expect(p.error.messageZh).toContain('缺少时区偏移');
    }
    // Something else wrong: the general message, with the range of offsets.
    const other = safeParseWith(InstantSchema, '2026-02-30T09:00:00Z');
    expect(other.ok ? null : other.error.messageZh).toContain('±14:00');
  });

  it('refuses US-style, slashed, spelled-out and other forms that Date.parse guesses at', () => {
    for (const s of [
      '9/30/2026 Z',
      '09/30/2026 09:00:00 +08:00',
      '30/09/2026T09:00:00+08:00',
      '2026/09/30T09:00:00+08:00',
      'Sep 30 2026 09:00:00 GMT+0800',
      'Wed, 30 Sep 2026 01:00:00 GMT',
      'Thu Jan 01 2026 00:00:00 GMT+08:00 (China)',
      '2026-01-01 00:00 Z (x)',
      '1790758800000',
      '',
      ' 2026-09-30T09:00:00Z',
    ]) {
      refused(s);
    }
  });

  it('refuses other ISO 8601 representations and RFC 3339 variants: one form only', () => {
    // Decision: upper-case T and Z only, as ISO 8601 writes them and zod reads them. RFC 3339 (§5.6
    // note) allows lower case and a space for T; we do not, so that a stored instant has one spelling.
    for (const s of ['2026-09-30T09:00:00z', '2026-09-30t09:00:00Z', '2026-09-30t09:00:00z', '2026-09-30 09:00:00Z', '2026-09-30 09:00:00+08:00']) refused(s);
    // Basic format, week and ordinal dates, expanded years, reduced precision, comma decimal sign.
    for (const s of ['20260930T090000Z', '2026-W40-3T09:00:00Z', '2026-273T09:00:00Z', '+002026-09-30T09:00:00Z', '2026-09-30T09Z', '2026-09-30T09:00Z', '2026-09-30T09:00:00,5Z', '26-09-30T09:00:00Z']) {
      refused(s);
    }
  });

  it('reads fractional seconds of any length to the millisecond, truncating', () => {
    const base = Date.UTC(2026, 8, 30, 1);
    accepted('2026-09-30T09:00:00.5+08:00', base + 500);
    accepted('2026-09-30T09:00:00.05+08:00', base + 50);
    accepted('2026-09-30T09:00:00.123+08:00', base + 123);
    accepted('2026-09-30T09:00:00.1239+08:00', base + 123);
    accepted('2026-09-30T09:00:00.999999999+08:00', base + 999);
    accepted('2026-09-30T09:00:00.000+08:00', base);
    // Before 1970 the reader still truncates the written digits (1 ms before the epoch, not 0); date-fns
    // parseISO (parseFloat, then Date's truncation toward zero) gives 0 (found by instant.test-prop.ts).
    accepted('1970-01-01T07:59:59.99900001+08:00', -1);
    accepted('1969-12-31T23:59:59.9999Z', -1);
    for (const s of ['2026-09-30T09:00:00.+08:00', '2026-09-30T09:00:00.Z', '2026-09-30T09:00:00..5Z', '2026-09-30T09:00:00.5.5Z', '2026-09-30T09:00:00.-5Z']) refused(s);
  });

  it('reads the first and last years that YYYY-MM-DD writes, and refuses a local date beyond them', () => {
    accepted('0000-01-01T00:00:00Z', -62167219200000);
    accepted('9999-12-31T23:59:59Z', 253402300799000);
    expect(localDateOf('0000-01-01T00:00:00Z')).toEqual({ ok: true, value: '0000-01-01' });
    const before = localDateOf('0000-01-01T00:00:00Z', -60);
    expect(before).toMatchObject({ ok: false, error: { code: 'INVALID_INSTANT', path: ['instant'], value: '0000-01-01T00:00:00Z' } });
    expect(before.ok ? '' : before.error.message).toContain('outside the years 0000–9999');
    expect(before.ok ? '' : before.error.messageZh).toContain('UTC-01:00');
    expect(localDateOf('9999-12-31T23:00:00Z')).toMatchObject({ ok: false, error: { code: 'INVALID_INSTANT' } });
    expect(instantDay('9999-12-31T23:00:00Z', 0)).toBe(2932896);
  });

  it('refuses values that are not strings, even one that stringifies as an instant', () => {
    const sneaky = { toString: () => '2026-01-01T00:00:00Z' };
    for (const v of [sneaky, 1790758800000, null, undefined, new Date(0)] as unknown[]) {
      expect(localDateOf(v as string)).toMatchObject({ ok: false, error: { code: 'INVALID_INSTANT', path: ['instant'] } });
      expect(readLocalDate(v, 480)).toMatchObject({ ok: false, error: { code: 'INVALID_INSTANT' } });
      expect(instantMs(v as string)).toBeNaN();
      expect(InstantSchema.safeParse(v).success).toBe(false);
    }
  });

  it('InstantSchema: INVALID_INSTANT at the path of the field, and the same JSON Schema form', () => {
    const Visit = z.object({ at: InstantSchema });
    expect(safeParseWith(Visit, { at: '2026-09-30T24:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INSTANT', path: ['at'], value: '2026-09-30T24:00:00+08:00' },
    });
    expect(z.toJSONSchema(InstantSchema, { io: 'input', target: 'draft-2020-12' })).toMatchObject({ type: 'string', format: 'date-time', pattern: expect.any(String) });
  });
});

describe('localDay and isBefore, the lifecycle hot path', () => {
  it('localDay slices a +08:00 instant in China Standard Time and reads any other', () => {
    expect(localDay('2026-10-01T00:00:00+08:00', 480)).toEqual({ ok: true, value: '2026-10-01' });
    expect(localDay('2026-09-30T23:59:59.999+08:00', 480)).toEqual({ ok: true, value: '2026-09-30' });
    expect(localDay('2026-09-30T16:00:00Z', 480)).toEqual({ ok: true, value: '2026-10-01' });
    expect(localDay('2026-10-01T00:00:00+08:00', 0)).toEqual({ ok: true, value: '2026-09-30' });
    expect(localDay('2026-10-01T00:00:00+09:00', 480)).toEqual({ ok: true, value: '2026-09-30' });
    expect(localDay('2026-09-30T09:00:00-05:00', -300)).toEqual({ ok: true, value: '2026-09-30' });
    expect(localDay('2026-02-30T09:00:00Z', 480)).toMatchObject({ ok: false, error: { code: 'INVALID_INSTANT' } });
    expect(localDay('9/30/2026 Z', 0)).toMatchObject({ ok: false, error: { code: 'INVALID_INSTANT' } });
  });

  it('isBefore compares instants, whatever their offsets and precision', () => {
    expect(isBefore('2026-09-30T09:00:00+08:00', '2026-09-30T09:00:01+08:00')).toBe(true);
    expect(isBefore('2026-09-30T09:00:01+08:00', '2026-09-30T09:00:00+08:00')).toBe(false);
    expect(isBefore('2026-09-30T09:00:00+08:00', '2026-09-30T09:00:00+08:00')).toBe(false);
    expect(isBefore('2026-09-30T09:00:00+08:00', '2026-09-30T01:00:00.001Z')).toBe(true);
    expect(isBefore('2026-09-30T01:00:00Z', '2026-09-30T09:00:00+08:00')).toBe(false);
    expect(isBefore('2026-09-30T09:00:00+09:00', '2026-09-30T09:00:00+08:00')).toBe(true);
    expect(isBefore('2026-09-30T09:00:00.5Z', '2026-09-30T09:00:00.25Z')).toBe(false);
    expect(isBefore('2026-09-30T09:00:00.25Z', '2026-09-30T09:00:00.5Z')).toBe(true);
    expect(isBefore('2026-09-30T09:00:00-00:30', '2026-09-30T09:00:00+00:30')).toBe(false);
  });

  it('an instant that cannot be read is before nothing and nothing is before it', () => {
    expect(isBefore('9/30/2026 Z', '2026-09-30T09:00:00+08:00')).toBe(false);
    expect(isBefore('2026-09-30T09:00:00+08:00', '9/30/2026 Z')).toBe(false);
  });
});
