import * as fc from 'fast-check';
import type { Id } from '../core/schema.js';
import { unwrap } from '../core/result.js';
import { EnterpriseScale, KeyEnterpriseLevel, MarketEntityType, type Enterprise } from '../enterprise/schema.js';
import { usccEntityKindCodes } from '../enterprise/uscc-codes.js';
import { usccCheckCharacter } from '../enterprise/uscc.js';
import { arbInvalidCalendarDate } from './calendar.js';
import { cities, companySuffixes, companyWords, contactArb, idArb, plainDateArb, trades, without } from './pools.js';

/** The 31 characters of GB 32100-2015, in the order of their values. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const charArb = fc.nat({ max: CHARSET.length - 1 }).map((i) => CHARSET.charAt(i));
const knownHeads = Object.keys(usccEntityKindCodes);

/** The first 17 characters of a code: a registration authority and kind, a division, an organisation code. */
const first17Arb: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...knownHeads) }, { weight: 1, arbitrary: fc.tuple(charArb, charArb).map(([a, b]) => a + b) }),
    fc.integer({ min: 110000, max: 659999 }).map(String),
    fc.array(charArb, { minLength: 9, maxLength: 9 }).map((cs) => cs.join('')),
  )
  .map(([head, division, org]) => head + division + org);

/**
 * An arbitrary of valid Unified Social Credit Codes (统一社会信用代码, GB 32100-2015): 18 characters
 * of the code's alphabet, mostly with a registration authority and kind from GB 32100's tables, a
 * six-digit division code, a nine-character organisation code, and the check character computed
 * with {@link qinqing/enterprise!usccCheckCharacter}.
 *
 * @returns An arbitrary of codes that `safeParseUscc` accepts.
 * @example
 * ```ts
 * fc.assert(fc.property(arbUscc(), (code) => safeParseUscc(code).ok));
 * ```
 * @category Testing
 */
export function arbUscc(): fc.Arbitrary<string> {
  return first17Arb.map((first17) => first17 + unwrap(usccCheckCharacter(first17)));
}

const badCharacters = ['I', 'O', 'S', 'V', 'Z', 'a', 'l', 'o', ' ', '-', '*', '１', 'Ｌ', '中'] as const;

/**
 * An arbitrary of strings that are not valid Unified Social Credit Codes, each the kind of mistake
 * people make: a wrong check character, a mistyped character, two neighbouring characters swapped
 * (the check character catches every such typo), a character the code never uses (I, O, S, V, Z,
 * lower case, full width, a space, a Chinese character), a missing or extra character.
 *
 * @returns An arbitrary of strings that `safeParseUscc` rejects with `USCC_CHECK_MISMATCH`,
 *   `USCC_INVALID_CHARACTER` or `USCC_INVALID_LENGTH`.
 * @example
 * ```ts
 * fc.assert(fc.property(arbInvalidUscc(), (code) => !isValidUscc(code)));
 * ```
 * @category Testing
 */
export function arbInvalidUscc(): fc.Arbitrary<string> {
  const valid = arbUscc();
  const replaceAt = (code: string, i: number, ch: string): string => code.slice(0, i) + ch + code.slice(i + 1);
  return fc.oneof(
    // A wrong check character.
    fc.tuple(valid, fc.nat({ max: CHARSET.length - 2 })).map(([code, k]) => {
      const right = CHARSET.indexOf(code.charAt(17));
      return replaceAt(code, 17, CHARSET.charAt((right + 1 + k) % CHARSET.length));
    }),
    // One of the first 17 characters mistyped as another character of the alphabet.
    fc.tuple(valid, fc.nat({ max: 16 }), fc.nat({ max: CHARSET.length - 2 })).map(([code, i, k]) => {
      const was = CHARSET.indexOf(code.charAt(i));
      return replaceAt(code, i, CHARSET.charAt((was + 1 + k) % CHARSET.length));
    }),
    // Two neighbouring characters among the first 17 swapped (a different check character when they differ).
    fc.tuple(valid, fc.nat({ max: 15 })).map(([code, i]) => {
      const a = code.charAt(i);
      const b = code.charAt(i + 1);
      if (a === b) return replaceAt(code, 17, code.charAt(17) === '0' ? '1' : '0');
      return code.slice(0, i) + b + a + code.slice(i + 2);
    }),
    // A character the code never uses.
    fc.tuple(valid, fc.nat({ max: 17 }), fc.constantFrom(...badCharacters)).map(([code, i, ch]) => replaceAt(code, i, ch)),
    // Too short or too long.
    fc.tuple(valid, fc.integer({ min: 1, max: 18 })).map(([code, n]) => code.slice(0, 18 - n)),
    fc.tuple(valid, fc.array(charArb, { minLength: 1, maxLength: 3 })).map(([code, extra]) => code + extra.join('')),
  );
}

/**
 * Options of {@link arbEnterprise}.
 *
 * @category Testing
 */
export interface ArbEnterpriseOptions {
  /** The ids to draw from (default: short ids such as `'e7'`). */
  readonly ids?: readonly Id[];
  /** The county ids to draw from (default: a few GB/T 2260 codes). */
  readonly countyIds?: readonly Id[];
  /** The park ids to draw from (default: short ids such as `'park3'`). */
  readonly parkIds?: readonly Id[];
  /** The visit-grid ids to draw from (default: short ids such as `'g2'`). */
  readonly gridIds?: readonly Id[];
}

const industryArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRST'), fc.option(fc.integer({ min: 10, max: 9999 }), { nil: null }))
  .map(([section, digits]) => (digits === null ? section : `${section}${digits}`));

const companyNameArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...cities), fc.constantFrom(...companyWords), fc.constantFrom(...trades), fc.constantFrom(...companySuffixes))
  .map((parts) => parts.join(''));

/**
 * An arbitrary of enterprises (市场主体): an id, a company name, a valid USCC ({@link arbUscc}), a
 * type of market entity, a GB/T 4754 industry code, a county, and now and then a park, a grid, a
 * size, a registration date and contact details; `keyLevel` is always present, as parsing fills it in.
 *
 * @param options - Pools of ids to draw from, so that enterprises can meet pairings and visits.
 * @returns An arbitrary of enterprises that `safeParse(EnterpriseSchema, …)` accepts unchanged.
 * @example
 * ```ts
 * fc.assert(fc.property(arbEnterprise({ countyIds: ['410802'] }), (e) => safeParse(EnterpriseSchema, e).ok));
 * ```
 * @category Testing
 */
export function arbEnterprise(options: ArbEnterpriseOptions = {}): fc.Arbitrary<Enterprise> {
  return fc.record(
    {
      id: idArb(options.ids, 'e'),
      name: companyNameArb,
      uscc: arbUscc(),
      marketEntityType: fc.constantFrom(...MarketEntityType.schema.options),
      industry: industryArb,
      countyId: options.countyIds === undefined ? fc.constantFrom('410802', '410803', '410811', '130502', '330481') : idArb(options.countyIds, 'c'),
      parkId: idArb(options.parkIds, 'park'),
      gridId: idArb(options.gridIds, 'g'),
      keyLevel: fc.constantFrom(...KeyEnterpriseLevel.schema.options),
      scale: fc.constantFrom(...EnterpriseScale.schema.options),
      aboveDesignatedSize: fc.boolean(),
      establishedOn: plainDateArb('1980-01-01', '2026-12-31'),
      contact: contactArb,
    },
    { requiredKeys: ['id', 'name', 'uscc', 'marketEntityType', 'industry', 'countyId', 'keyLevel'] },
  );
}

/**
 * An arbitrary of data that is almost an enterprise but not quite: an invalid USCC
 * ({@link arbInvalidUscc}), an empty or overlong name, an unknown entity type or key-enterprise
 * level, a missing required field, an impossible registration date, a bad e-mail address, or no
 * object at all.
 *
 * @param options - As for {@link arbEnterprise}.
 * @returns An arbitrary of values that `safeParse(EnterpriseSchema, …)` rejects.
 * @example
 * ```ts
 * fc.assert(fc.property(arbInvalidEnterprise(), (x) => !safeParse(EnterpriseSchema, x).ok));
 * ```
 * @category Testing
 */
export function arbInvalidEnterprise(options: ArbEnterpriseOptions = {}): fc.Arbitrary<unknown> {
  const valid = arbEnterprise(options);
  const required = ['id', 'name', 'uscc', 'marketEntityType', 'industry', 'countyId'] as const;
  return fc.oneof(
    fc.tuple(valid, arbInvalidUscc()).map(([e, uscc]) => ({ ...e, uscc })),
    fc.tuple(valid, fc.constantFrom('', '某'.repeat(201))).map(([e, name]) => ({ ...e, name })),
    fc.tuple(valid, fc.constantFrom('stateOwned', 'soe', 'Private')).map(([e, marketEntityType]) => ({ ...e, marketEntityType })),
    fc.tuple(valid, fc.constantFrom('province', 'national', '')).map(([e, keyLevel]) => ({ ...e, keyLevel })),
    fc.tuple(valid, fc.constantFrom(...required)).map(([e, key]) => without(e, key)),
    fc.tuple(valid, arbInvalidCalendarDate()).map(([e, establishedOn]) => ({ ...e, establishedOn })),
    valid.map((e) => ({ ...e, contact: { email: 'not an e-mail address' } })),
    fc.constantFrom(null, 'e1', 42, [] as unknown[]),
  );
}
