import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { QinqingError } from '../../src/core/errors.js';
import {
  isValidUscc,
  normalizeUscc,
  parseUscc,
  safeParseUscc,
  usccAuthorityCodes,
  UsccAuthority,
  usccCheckCharacter,
  usccEntityKindCodes,
  UsccEntityKind,
  UsccSchema,
  type Uscc,
} from '../../src/enterprise/index.js';

const VALID = ['91110000600037341L', '121200004013590816', '91310115MA1K3BTP2B', '91340600MA2PBP2120', '91620105773422168Y'];

/** A valid code from its first 17 characters. */
function withCheck(first17: string): string {
  const r = usccCheckCharacter(first17);
  if (!r.ok) throw new Error(r.error.message);
  return first17 + r.value;
}

function failure(code: unknown) {
  const r = safeParseUscc(code);
  if (r.ok) throw new Error(`expected ${String(code)} to be rejected`);
  return r.error;
}

describe('safeParseUscc: valid codes (GB 32100-2015, DOMAIN §2)', () => {
  it.each(VALID)('accepts %s', (code) => {
    expect(safeParseUscc(code).ok).toBe(true);
    expect(isValidUscc(code)).toBe(true);
    expect(UsccSchema.safeParse(code).success).toBe(true);
  });

  it('takes a code apart into authority, type, division, organisation code and check character', () => {
    expect(parseUscc('91110000600037341L')).toEqual({
      code: '91110000600037341L',
      registrationAuthority: '9',
      entityType: '1',
      divisionCode: '110000',
      organizationCode: '600037341',
      checkCharacter: 'L',
      authority: 'marketRegulation',
      entityKind: 'enterprise',
    });
    expect(parseUscc('121200004013590816')).toMatchObject({
      authority: 'staffing',
      entityKind: 'publicInstitution',
      divisionCode: '120000',
      organizationCode: '401359081',
    });
  });

  it('accepts a check character of 0 (a remainder of 0), which some libraries wrongly reject', () => {
    expect(parseUscc('91340600MA2PBP2120').checkCharacter).toBe('0');
  });

  it('accepts a check character of Y, the last of the charset', () => {
    expect(parseUscc('91620105773422168Y').checkCharacter).toBe('Y');
  });

  it('accepts letters in characters 1–2 (A, N, Y authorities), which some libraries wrongly reject', () => {
    expect(parseUscc(withCheck('N2330481MA2B3C4D5'))).toMatchObject({ authority: 'agriculture', entityKind: 'villageCollective' });
    expect(parseUscc(withCheck('A1110000MA2B3C4D5'))).toMatchObject({ authority: 'militaryStaffing', entityKind: 'militaryInstitution' });
    expect(parseUscc(withCheck('Y1110000MA2B3C4D5'))).toMatchObject({ authority: 'otherAuthority', entityKind: 'other' });
  });

  it('names individual businesses (92) and farmers’ cooperatives (93)', () => {
    expect(parseUscc(withCheck('92410800MA44XL0C6')).entityKind).toBe('individualBusiness');
    expect(parseUscc(withCheck('93130500MA0CQ7L3X')).entityKind).toBe('farmersCooperative');
  });

  it('leaves unknown authorities and types unnamed rather than rejecting them', () => {
    const u = parseUscc(withCheck('B7110000MA2B3C4D5'));
    expect(u.registrationAuthority).toBe('B');
    expect(u.entityType).toBe('7');
    expect('authority' in u).toBe(false);
    expect('entityKind' in u).toBe(false);
    const known = parseUscc(withCheck('97110000MA2B3C4D5'));
    expect(known.authority).toBe('marketRegulation');
    expect('entityKind' in known).toBe(false);
  });

  it('parts survive a JSON round trip', () => {
    for (const code of VALID) {
      const u: Uscc = parseUscc(code);
      expect(JSON.parse(JSON.stringify(u))).toEqual(u);
    }
  });
});

describe('safeParseUscc: invalid codes', () => {
  it('a wrong check character says what it should be (USCC_CHECK_MISMATCH)', () => {
    const e = failure('91110000600037341N');
    expect(e.code).toBe('USCC_CHECK_MISMATCH');
    expect(e.message).toContain('expected L, found N');
    expect(e.messageZh).toContain('应为 L，实际为 N');
    expect(e.value).toBe('91110000600037341N');
  });

  it.each([
    ['', 0],
    ['91110000600037341', 17],
    ['91110000600037341LL', 19],
  ])('a code of the wrong length fails with USCC_INVALID_LENGTH (%j)', (code, n) => {
    const e = failure(code);
    expect(e.code).toBe('USCC_INVALID_LENGTH');
    expect(e.message).toContain(`has ${n}`);
    expect(e.messageZh).toContain(`实际为 ${n} 位`);
  });

  it('counts characters, not UTF-16 units: an emoji is a bad character, not a bad length', () => {
    expect(failure('91110000600037341😀L').message).toContain('has 19');
    const e = failure('9111000060003734😀L');
    expect(e.code).toBe('USCC_INVALID_CHARACTER');
    expect(e.message).toContain('Character 17 "😀"');
    expect(failure('91110000600037341😀').message).toContain('Character 18 "😀"');
  });

  it('lower case is named as the cause, with the position and the character', () => {
    const e = failure('91110000600037341l');
    expect(e.code).toBe('USCC_INVALID_CHARACTER');
    expect(e.message).toContain('Character 18');
    expect(e.message).toContain('lower-case letter "l"');
    expect(e.messageZh).toContain('第 18 位“l”是小写字母');
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('the never-used letter %s is named as the cause', (letter) => {
    const code = `91110000${letter}00037341L`;
    const e = failure(code);
    expect(e.code).toBe('USCC_INVALID_CHARACTER');
    expect(e.message).toContain(`Character 9 is "${letter}"`);
    expect(e.message).toContain('I, O, S, V and Z');
    expect(e.messageZh).toContain(`第 9 位为“${letter}”`);
    expect(e.messageZh).toContain('I、O、S、V、Z');
  });

  it('suggests the digit for the look-alike letters O and I', () => {
    expect(failure('91110000600O37341L').message).toContain('did you mean the digit 0?');
    expect(failure('91110000600037341I').messageZh).toContain('是否应为数字 1');
  });

  it('a lower-case never-used letter mentions both causes', () => {
    const e = failure('91110000o00037341L');
    expect(e.message).toContain('lower-case');
    expect(e.message).toContain('I, O, S, V or Z');
  });

  it('full-width characters and spaces are named, pointing to normalizeUscc', () => {
    const fw = failure('９1110000600037341L');
    expect(fw.code).toBe('USCC_INVALID_CHARACTER');
    expect(fw.message).toContain('Character 1');
    expect(fw.message).toContain('full-width');
    expect(fw.messageZh).toContain('全角');
    const space = failure('91110000 60003734L');
    expect(space.message).toContain('Character 9 is a space');
    expect(space.messageZh).toContain('空格');
  });

  it('other characters list the allowed set', () => {
    const e = failure('91110000-60003734L');
    expect(e.code).toBe('USCC_INVALID_CHARACTER');
    expect(e.message).toContain('Character 9 "-"');
    expect(e.messageZh).toContain('第 9 位“-”不合规');
  });

  it('reports the first bad character before checking the check character', () => {
    expect(failure('9111000060003734OO').message).toContain('Character 17');
  });

  it('a value that is not a string fails with INVALID_INPUT instead of throwing', () => {
    for (const v of [undefined, null, 911100006000373, {}, ['91110000600037341L']]) {
      const e = failure(v);
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(isValidUscc(v)).toBe(false);
    }
  });

  it('parseUscc throws a QinqingError carrying the same error', () => {
    let thrown: unknown;
    try {
      parseUscc('91110000600037341N');
    } catch (x) {
      thrown = x;
    }
    expect(thrown).toBeInstanceOf(QinqingError);
    expect((thrown as QinqingError).code).toBe('USCC_CHECK_MISMATCH');
    expect((thrown as QinqingError).error).toEqual(failure('91110000600037341N'));
  });
});

describe('usccCheckCharacter', () => {
  it('computes character 18 from characters 1–17', () => {
    expect(usccCheckCharacter('91110000600037341')).toEqual({ ok: true, value: 'L' });
    expect(usccCheckCharacter('91340600MA2PBP212')).toEqual({ ok: true, value: '0' });
  });

  it('needs exactly 17 clean characters', () => {
    const short = usccCheckCharacter('9111000060003734');
    expect(short.ok ? null : short.error.code).toBe('USCC_INVALID_LENGTH');
    expect(short.ok ? null : short.error.message).toContain('17 characters; this one has 16');
    const bad = usccCheckCharacter('9111000060003734o');
    expect(bad.ok ? null : bad.error.code).toBe('USCC_INVALID_CHARACTER');
  });
});

describe('normalizeUscc', () => {
  it('trims, removes inner white space, upper-cases and converts full width', () => {
    expect(normalizeUscc('  91110000600037341l\n')).toBe('91110000600037341L');
    expect(normalizeUscc('９１１１００００６０００３７３４１Ｌ')).toBe('91110000600037341L');
    expect(normalizeUscc('\u30009111 0000 6000 3734 1l\u3000')).toBe('91110000600037341L');
  });

  it('does not guess look-alikes: an O stays an O and is then rejected', () => {
    const n = normalizeUscc('91110000600o37341l');
    expect(n).toBe('91110000600O37341L');
    expect(failure(n).code).toBe('USCC_INVALID_CHARACTER');
  });

  it('upper-cases only a–z, whatever the locale', () => {
    expect(normalizeUscc('ıß')).toBe('ıß');
  });
});

describe('UsccSchema', () => {
  it('gives the USCC code, both messages and the path inside an object', () => {
    const r = z.object({ uscc: UsccSchema }).safeParse({ uscc: '91110000600037341N' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({
      path: ['uscc'],
      params: { code: 'USCC_CHECK_MISMATCH', messageZh: expect.stringContaining('应为 L') },
    });
  });

  it('exports a JSON Schema with the character pattern', () => {
    const json = z.toJSONSchema(UsccSchema, { io: 'input' });
    expect(json).toMatchObject({ type: 'string', pattern: '^[0-9A-HJ-NPQRTUW-Y]{18}$' });
    for (const code of VALID) expect(new RegExp(json.pattern as string).test(code)).toBe(true);
  });
});

describe('GB 32100 code tables', () => {
  it('every authority and entity-kind code names a labelled value', () => {
    for (const name of Object.values(usccAuthorityCodes)) expect(UsccAuthority.labels[name]).toBeDefined();
    for (const name of Object.values(usccEntityKindCodes)) expect(UsccEntityKind.labels[name]).toBeDefined();
  });

  it('knows the authorities 1 staffing, 5 civil affairs, 9 market regulation and Y other', () => {
    expect(UsccAuthority.labels[usccAuthorityCodes['1'] ?? 'otherAuthority'].zh).toBe('机构编制');
    expect(UsccAuthority.labels[usccAuthorityCodes['5'] ?? 'otherAuthority'].zh).toBe('民政');
    expect(UsccAuthority.labels[usccAuthorityCodes['9'] ?? 'otherAuthority'].zh).toContain('工商');
    expect(usccAuthorityCodes['Y']).toBe('otherAuthority');
  });

  it('knows 91 enterprise, 92 individual business and 93 farmers’ cooperative', () => {
    expect(usccEntityKindCodes['91']).toBe('enterprise');
    expect(usccEntityKindCodes['92']).toBe('individualBusiness');
    expect(usccEntityKindCodes['93']).toBe('farmersCooperative');
    expect(UsccEntityKind.labels.enterprise).toEqual({ zh: '企业', en: 'Enterprise' });
  });

  it('the tables are frozen', () => {
    expect(Object.isFrozen(usccAuthorityCodes)).toBe(true);
    expect(Object.isFrozen(usccEntityKindCodes)).toBe(true);
    expect(Object.isFrozen(UsccEntityKind.labels.enterprise)).toBe(true);
  });
});
