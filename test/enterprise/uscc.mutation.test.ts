import { describe, expect, it } from 'vitest';
import { isValidUscc, normalizeUscc, safeParseUscc, usccCheckCharacter, UsccSchema } from '../../src/enterprise/index.js';
import type { Result } from '../../src/core/result.js';

// Edges of the USCC check (GB 32100-2015) that the behaviour tests leave open, found by mutation
// testing (npm run mutation): which message each kind of bad character gets, the boundaries of the
// lower-case and full-width ranges, astral characters, and non-string input from JavaScript.

const GOOD = '91110000600037341L';

function failure<T>(r: Result<T>) {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value)}`);
  return r.error;
}

/** The error for GOOD with character 5 replaced by `ch`. */
const at5 = (ch: string) => failure(safeParseUscc(GOOD.slice(0, 4) + ch + GOOD.slice(5 + (GOOD.length - 18))));

describe('USCC_INVALID_CHARACTER: the message says what is wrong with the character', () => {
  it('a lower-case letter the code uses: upper-case it, naming the upper-case letter', () => {
    for (const [ch, upper] of [['a', 'A'], ['b', 'B'], ['y', 'Y']]) {
      const e = at5(ch as string);
      expect(e).toMatchObject({ code: 'USCC_INVALID_CHARACTER' });
      expect(e.message, ch).toContain(`lower-case letter "${ch}"`);
      expect(e.message, ch).toContain(`("${upper}")`);
      expect(e.message, ch).toContain('normalizeUscc');
      expect(e.messageZh, ch).toContain(`应为“${upper}”`);
    }
  });

  it('a lower-case letter the code never uses: says so, with the digit it resembles for i and o', () => {
    const z = at5('z');
    expect(z.message).toContain('lower-case letter "z"');
    expect(z.message).toContain('never the letters I, O, S, V or Z.');
    expect(z.message).not.toContain('did you mean');
    expect(z.messageZh).toContain('小写字母');
    expect(z.messageZh).toContain('不使用 I、O、S、V、Z。');
    const i = at5('i');
    expect(i.message).toContain('(did you mean the digit 1?)');
    expect(i.messageZh).toContain('（是否应为数字 1？）');
    expect(at5('o').message).toContain('(did you mean the digit 0?)');
  });

  it('an upper-case letter never used: says so, with the digit it resembles for I and O only', () => {
    const upperI = at5('I');
    expect(upperI.message).toContain('the letters I, O, S, V and Z are never used');
    expect(upperI.message).toContain('(did you mean the digit 1?)');
    expect(upperI.messageZh).toContain('（是否应为数字 1？）');
    const s = at5('S');
    expect(s.message).toContain('never used');
    expect(s.message).not.toContain('did you mean');
    expect(s.messageZh).not.toContain('是否应为数字');
  });

  it('a character that only upper-cases to I (dotless ı) is just not allowed, with no hint', () => {
    const e = at5('ı');
    expect(e.message).toContain('is not allowed');
    expect(e.message).not.toContain('did you mean');
    expect(e.message).not.toContain('lower-case');
  });

  it('characters just outside a–z are not allowed, not lower-case letters', () => {
    for (const ch of ['`', '{']) {
      const e = at5(ch);
      expect(e.message, ch).toContain('is not allowed');
      expect(e.message, ch).not.toContain('lower-case');
    }
  });

  it('full-width characters from U+FF01 to U+FF5E are called full-width; U+FF5F is not', () => {
    for (const ch of ['\uff01', '\uff11', '\uff5e']) {
      const e = at5(ch);
      expect(e.message, ch).toContain('full-width');
      expect(e.messageZh, ch).toContain('全角');
    }
    expect(at5('\uff5f').message).not.toContain('full-width');
    expect(at5('\uff00').message).not.toContain('full-width');
  });

  it('a character beyond ASCII (U+0080) is not allowed', () => {
    expect(at5('\u0080').code).toBe('USCC_INVALID_CHARACTER');
  });
});

describe('length: an astral character counts once', () => {
  it('17 characters and one astral one (19 UTF-16 units) is a bad character, not a bad length', () => {
    const code = `${GOOD.slice(0, 17)}𠀀`;
    expect(code.length).toBe(19);
    expect(failure(safeParseUscc(code))).toMatchObject({ code: 'USCC_INVALID_CHARACTER' });
  });

  it('16 characters and one astral one (18 UTF-16 units, 17 characters) is a bad character too', () => {
    const code = `${GOOD.slice(0, 16)}𠀀`;
    expect(code.length).toBe(18);
    expect(failure(safeParseUscc(code))).toMatchObject({ code: 'USCC_INVALID_CHARACTER' });
  });

  it('a length error says how long the code should be and how long it is', () => {
    const code = GOOD.slice(0, 17);
    const e = failure(safeParseUscc(code));
    expect(e).toMatchObject({ code: 'USCC_INVALID_LENGTH', value: code });
    expect(e.message).toBe('A Unified Social Credit Code has 18 characters; this one has 17.');
    expect(e.messageZh).toBe('统一社会信用代码应为 18 位，实际为 17 位。');
  });

  it('usccCheckCharacter wants 17 characters, counting an astral character once', () => {
    const short = failure(usccCheckCharacter(GOOD.slice(0, 16)));
    expect(short).toMatchObject({ code: 'USCC_INVALID_LENGTH' });
    expect(short.message).toBe('The check character is computed from 17 characters; this one has 16.');
    expect(short.messageZh).toBe('校验码由前 17 位计算，应为 17 位，实际为 16 位。');
    expect(failure(usccCheckCharacter(`${GOOD.slice(0, 16)}𠀀`)).code).toBe('USCC_INVALID_CHARACTER');
    expect(failure(usccCheckCharacter(`${GOOD.slice(0, 15)}𠀀`)).code).toBe('USCC_INVALID_CHARACTER');
    expect(failure(usccCheckCharacter(GOOD)).code).toBe('USCC_INVALID_LENGTH');
  });
});

describe('input from JavaScript that is not a string', () => {
  it('INVALID_INPUT names what was received: null or the type', () => {
    const n = failure(safeParseUscc(null));
    expect(n).toMatchObject({ code: 'INVALID_INPUT', value: null });
    expect(n.message).toContain('received null.');
    expect(n.messageZh).toContain('实际为 null。');
    const num = failure(safeParseUscc(911100006));
    expect(num.message).toContain('received number.');
    expect(num.messageZh).toContain('实际为 number。');
  });

  it('isValidUscc is false for an array of 18 valid characters (no crash)', () => {
    expect(isValidUscc([...GOOD])).toBe(false);
  });
});

describe('normalizeUscc and UsccSchema at their edges', () => {
  it('converts the whole full-width block U+FF01–U+FF5E and leaves U+FF5F', () => {
    expect(normalizeUscc('\uff01\uff5e\uff5f')).toBe('!~\uff5f');
  });

  it('UsccSchema reports a custom issue carrying the code', () => {
    const r = UsccSchema.safeParse('91110000600037341N');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ code: 'custom', params: { code: 'USCC_CHECK_MISMATCH' } });
  });
});
