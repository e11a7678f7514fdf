/**
 * Part 9 (issue 14), privacy by design: the laws of `maskPersonalData`, over arbitrary strings
 * (every code point, lone surrogates included) and over texts built from the pieces personal data
 * is made of (digits of several scripts, every kind of separator, invisible characters, @ and its
 * stand-ins, letters, names).
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { maskPersonalData } from '../../src/privacy/index.js';

const MASK = '＊＊＊';

/** Pieces of personal data and of what surrounds it. */
const piece = fc.oneof(
  fc.constantFrom(
    '0', '1', '3', '8', '9', '１', '٣', '𝟖', '①', '+', '＋', '86', '0086', 'x', 'X', 'Ｘ', '转', '分机', 'ext.',
    ' ', '\u00a0', '\u3000', '\u2009', '-', '‐', '–', '—', '－', '.', '。', '．', '/', '／', ',', '，', '、', '(', ')', '（', '）', '【', '】',
    '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u0301',
    '@', '＠', '﹫', '#', '(at)', '[dot]', 'wang', '张三', 'example', 'com', 'xn--fsqu00a', '中国', '例子', 'рф',
    '91340600MA2PBP2120', 'MA2P', '13800138000', '2026-12-05', '1,234,567.89', '元', '¥', 'JZ', 'TEL', 'QQ',
    '焦作某机械公司', '王经理', 'Acme', 'ａｃｍｅ', '＊', MASK, '\n', '\t', '2026-1-5', '1900', '0391', '1234567', '2026.12.05', '2025-2026',
  ),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const personalText = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));
const anyText = fc.oneof(personalText, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }));
const names = fc.option(
  fc.array(fc.oneof(fc.constantFrom('焦作某机械公司', '王经理', '张三', 'Acme', '王', '', '13800138000', MASK, 'com'), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 5 }),
  { nil: undefined },
);
const opts = (n: readonly string[] | undefined) => (n === undefined ? undefined : { names: n });

/** The maximal runs of decimal digits (any script) of a text. */
const digitRuns = (s: string): string[] => s.match(/\p{Nd}+/gu) ?? [];

test.prop([anyText, names])('masking is idempotent: masking a masked text changes nothing', (text, n) => {
  const once = maskPersonalData(text, opts(n));
  expect(maskPersonalData(once, opts(n))).toBe(once);
});

test.prop([anyText, names])('masking never lengthens a digit run it leaves visible: each digit run of the output lies within one of the input', (text, n) => {
  const inputRuns = digitRuns(text);
  for (const r of digitRuns(maskPersonalData(text, opts(n)))) expect(inputRuns.some((i) => i.includes(r))).toBe(true);
});

test.prop([anyText.filter((t) => !t.includes('＊')), names])('masking keeps the text it does not mask exactly as written, in order', (text, n) => {
  const out = maskPersonalData(text, opts(n));
  let from = 0;
  for (const part of out.split(MASK)) {
    const at = text.indexOf(part, from);
    expect(at).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
});

test.prop([fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.string({ unit: 'binary', maxLength: 8 }), { maxLength: 8 })])(
  'masking is total: it never throws and returns a string for any text and names, the empty text unchanged',
  (text, n) => {
    expect(typeof maskPersonalData(text, { names: n })).toBe('string');
    expect(typeof maskPersonalData(text)).toBe('string');
    expect(maskPersonalData('', { names: n })).toBe('');
  },
);

/** Personal numbers, as digit strings: mobile, landline with area code, ID card, bank card. */
const number = fc.oneof(
  fc.tuple(fc.constantFrom('13', '15', '18', '19'), fc.stringMatching(/^\d{9}$/)).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom('0391', '010', '0571', '021'), fc.stringMatching(/^[2-9]\d{6,7}$/)).map(([a, b]) => a + b),
  fc.stringMatching(/^[1-6]\d{5}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d)\d{4}$/),
  fc.stringMatching(/^62\d{14,17}$/),
);
/** A number written with separators, invisible characters or full-width digits between and in its digits. */
const written = fc
  .tuple(number, fc.array(fc.constantFrom('', '', '', ' ', '-', '–', '—', '.', '/', ',', '、', '\u00a0', '\u3000', '\u200b', '\ufeff', '\u2060', ' - '), { minLength: 20, maxLength: 20 }), fc.boolean())
  .map(([digits, seps, wide]) => ({
    digits,
    text: [...digits].map((d, i) => (wide ? String.fromCharCode(0xff10 + Number(d)) : d) + (i < digits.length - 1 ? (seps[i % seps.length] as string) : '')).join(''),
  }));
/** Text around it without digits. */
const around = fc.string({ unit: fc.constantFrom('联', '系', '电', '话', '：', '，', '。', ' ', 'a', 'b', '张', '经', '理', '\n'), maxLength: 8 });

test.prop([around, written, around])(
  'the output never holds a run of 7 or more of a masked number\'s digits, however it was spaced, dashed, dotted or written in full width',
  (before, { digits, text }, after) => {
    const out = maskPersonalData(`${before}${text}${after}`);
    const visible = out.normalize('NFKC').replace(/[^0-9]/g, '');
    for (let i = 0; i + 7 <= digits.length; i++) expect(visible).not.toContain(digits.slice(i, i + 7));
  },
);
