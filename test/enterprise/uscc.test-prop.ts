import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isValidUscc, normalizeUscc, safeParseUscc, usccCheckCharacter } from '../../src/enterprise/index.js';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** 17 characters from the charset. */
const first17 = fc.array(fc.constantFrom(...CHARSET), { minLength: 17, maxLength: 17 }).map((cs) => cs.join(''));

/** A valid code: 17 arbitrary characters and their check character. */
const validUscc = first17.map((head) => {
  const check = usccCheckCharacter(head);
  if (!check.ok) throw new Error(check.error.message);
  return head + check.value;
});

const replaceAt = (s: string, i: number, c: string): string => s.slice(0, i) + c + s.slice(i + 1);

describe('USCC check character laws (GB 32100-2015)', () => {
  test.prop([validUscc])('every generated code with its computed check character is valid', (code) => {
    expect(isValidUscc(code)).toBe(true);
  });

  test.prop([validUscc])('every single-character substitution is rejected', (code) => {
    const notRejectedAsMismatch: string[] = [];
    for (let i = 0; i < 18; i++) {
      for (const c of CHARSET) {
        if (c === code[i]) continue;
        const variant = replaceAt(code, i, c);
        const r = safeParseUscc(variant);
        if (r.ok || r.error.code !== 'USCC_CHECK_MISMATCH') notRejectedAsMismatch.push(variant);
      }
    }
    expect(notRejectedAsMismatch).toEqual([]);
  });

  test.prop([validUscc])('every adjacent transposition of two different characters is rejected', (code) => {
    const accepted: string[] = [];
    for (let i = 0; i < 17; i++) {
      const a = code.charAt(i);
      const b = code.charAt(i + 1);
      if (a === b) continue;
      const swapped = code.slice(0, i) + b + a + code.slice(i + 2);
      if (isValidUscc(swapped)) accepted.push(swapped);
    }
    expect(accepted).toEqual([]);
  });

  test.prop([validUscc])('a valid code parses and its parts re-join to the code', (code) => {
    const r = safeParseUscc(code);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const u = r.value;
    expect(u.code).toBe(code);
    expect(u.registrationAuthority + u.entityType + u.divisionCode + u.organizationCode + u.checkCharacter).toBe(code);
    expect([u.registrationAuthority, u.entityType, u.divisionCode, u.organizationCode, u.checkCharacter].map((p) => p.length)).toEqual([1, 1, 6, 9, 1]);
  });

  test.prop([first17])('the check character of the first 17 characters is in the charset', (head) => {
    const r = usccCheckCharacter(head);
    expect(r.ok && CHARSET.includes(r.value)).toBe(true);
  });
});

describe('USCC parsing is total', () => {
  test.prop([fc.string({ maxLength: 24 })])('safeParseUscc never throws and agrees with isValidUscc', (s) => {
    const r = safeParseUscc(s);
    expect(r.ok).toBe(isValidUscc(s));
    if (!r.ok) expect(['USCC_INVALID_LENGTH', 'USCC_INVALID_CHARACTER', 'USCC_CHECK_MISMATCH']).toContain(r.error.code);
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 24 })])('normalizeUscc is idempotent', (s) => {
    expect(normalizeUscc(normalizeUscc(s))).toBe(normalizeUscc(s));
  });

  test.prop([validUscc, fc.array(fc.boolean(), { minLength: 18, maxLength: 18 })])(
    'a valid code typed in full width, lower case and with spaces normalizes back to itself',
    (code, flags) => {
      const typed = Array.from(code, (c, i) => {
        const lower = flags[i] === true ? c.toLowerCase() : c;
        return i % 4 === 0 ? String.fromCharCode(lower.charCodeAt(0) + 0xfee0) : lower;
      }).join(' ');
      expect(normalizeUscc(`  ${typed}\u3000`)).toBe(code);
    },
  );
});

/** normalizeUscc as it was before Part 9: one character at a time, a string built by `+=` (slow on long input). */
function normalizeUsccBefore(input: string): string {
  let out = '';
  for (const ch of input) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xff01 && cp <= 0xff5e) out += String.fromCharCode(cp - 0xfee0);
    else if (!/\s/u.test(ch)) out += ch;
  }
  return out.replace(/[a-z]/g, (c) => c.toUpperCase());
}

describe('Part 9 (issue 14): normalizeUscc in three linear passes', () => {
  test.prop([fc.string({ unit: fc.oneof(fc.constantFrom(' ', '\u3000', '\u00a0', '\t', '\n', 'ａ', 'Ｚ', '９', '～', '！', 'a', 'z', 'O', '-', '\ud83d\ude00'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 40 })])(
    'gives what the character-by-character version gave',
    (s) => {
      expect(normalizeUscc(s)).toBe(normalizeUsccBefore(s));
    },
  );
});

