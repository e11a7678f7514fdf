/**
 * The folded view of a text that the masking detectors read: one entry per folded character, each
 * with its kind and the span of the original code point it comes from. Folding is per code point:
 * Unicode compatibility decomposition (NFKD, which holds NFKC's compatibility mappings: full-width
 * digits and letters, ＠, ．, circled and other styled digits), lower case, combining marks dropped,
 * invisible characters (format characters such as zero-width spaces and joiners, U+2060, U+FEFF,
 * bidirectional controls, soft hyphens, other default-ignorable code points and control
 * characters other than white space) dropped, decimal digits of every script read as ASCII digits,
 * and the hyphen variants written as `-`. The original text is never changed: the renderer copies
 * it, code point by code point, wherever nothing is masked. Internal.
 *
 * @module
 */

/** Kinds of a folded character. */
export const OTHER = 0;
/** An ASCII digit (any script's decimal digit, folded). */
export const DIGIT = 1;
/** An ASCII letter, lower case. */
export const LATIN = 2;
/** White space of any kind (Zs, tab, line breaks). */
export const SPACE = 3;
/** A dash or hyphen (Pd, the minus sign, `_`). */
export const DASH = 4;
/** A dot: `.`, `。`, middle dots, bullets. */
export const DOT = 5;
/** A slash or backslash. */
export const SLASH = 6;
/** A comma: `,`, `、`. */
export const COMMA = 7;
/** A bracket: `()[]{}`, `【】〔〕〖〗`. */
export const BRACKET = 8;
/** A Han character. */
export const HAN = 9;
/** Another letter or number (not ASCII, not Han). */
export const LETTER = 10;

/** Whether a kind separates the digit groups of one number (white space, dashes, dots, slashes, commas, brackets). */
export const isSeparator = (kind: number): boolean => kind >= SPACE && kind <= BRACKET;

/** Whether a kind is an ASCII letter or digit. */
export const isAlnum = (kind: number): boolean => kind === DIGIT || kind === LATIN;

/** One test sorts a code point: 1 invisible or a mark, 2 a decimal digit, 3 white space, 4 a dash, 5 Han, 6 another letter or number. */
const CLASSIFY = /^(?:([\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cc}\p{M}])|(\p{Nd})|([\s\p{Zs}])|(\p{Pd})|(\p{Script=Han})|([\p{L}\p{N}]))$/u;
const DIGIT_ND = /^\p{Nd}$/u;

/** Folded characters written as another: hyphen variants as `-`, the horizontal bar as `—`. */
const SAME_AS: ReadonlyMap<number, number> = /* @__PURE__ */ (() =>
  new Map([
    [0x2010, 0x2d], // ‐ hyphen
    [0x2011, 0x2d], // non-breaking hyphen
    [0x2212, 0x2d], // − minus sign
    [0x2043, 0x2d], // ⁃ hyphen bullet
    [0x2015, 0x2014], // ― horizontal bar
  ]))();

/** Kinds of the non-ASCII characters that are not read from a Unicode property. */
const SPECIAL_KIND: ReadonlyMap<number, number> = /* @__PURE__ */ (() => {
  const m = new Map<number, number>();
  for (const c of '。·・•‧∙⋅') m.set(c.codePointAt(0) as number, DOT);
  for (const c of '⁄∕') m.set(c.codePointAt(0) as number, SLASH);
  m.set(0x3001, COMMA); // 、
  for (const c of '【】〔〕〖〗') m.set(c.codePointAt(0) as number, BRACKET);
  return m;
})();

/** Kinds of the ASCII characters; upper-case letters are folded to lower case before. */
const ASCII_KIND: Uint8Array = /* @__PURE__ */ (() => {
  const k = new Uint8Array(128);
  for (let c = 0x30; c <= 0x39; c++) k[c] = DIGIT;
  for (let c = 0x61; c <= 0x7a; c++) k[c] = LATIN;
  for (let c = 0x41; c <= 0x5a; c++) k[c] = LATIN;
  for (const c of ' \t\n\v\f\r') k[c.charCodeAt(0)] = SPACE;
  for (const c of '-_') k[c.charCodeAt(0)] = DASH;
  k[0x2e] = DOT;
  for (const c of '/\\') k[c.charCodeAt(0)] = SLASH;
  k[0x2c] = COMMA;
  for (const c of '()[]{}') k[c.charCodeAt(0)] = BRACKET;
  return k;
})();

/** The value 0–9 of a decimal digit of any script: digits come in runs of ten, from zero up. */
function digitValue(cp: number): number {
  let zero = cp;
  while (cp - zero < 9 && DIGIT_ND.test(String.fromCodePoint(zero - 1))) zero--;
  return cp - zero;
}

/** A folded character and its kind in one number. */
const entry = (cp: number, kind: number): number => cp * 16 + kind;

/** The kind of a character that is its own folded form. */
function kindOf(c: number): number {
  if (c < 0x80) return ASCII_KIND[c] as number;
  const special = SPECIAL_KIND.get(c);
  if (special !== undefined) return special;
  return kindFromMatch(CLASSIFY.exec(String.fromCodePoint(c)));
}

/** The kind {@link CLASSIFY} found. */
function kindFromMatch(m: RegExpExecArray | null): number {
  return m === null ? OTHER : m[2] !== undefined ? DIGIT : m[3] !== undefined ? SPACE : m[4] !== undefined ? DASH : m[5] !== undefined ? HAN : m[6] !== undefined ? LETTER : OTHER;
}

/**
 * The folded form of a code point: -1 when it is dropped, else entries (`cp * 16 + kind`): one as
 * a number, several as an array. Folding a code point is slow (a normalisation and a Unicode
 * property test), so each is folded once per process and remembered in pages of 256 code points
 * (a memo of Unicode data: what it returns never depends on it).
 */
function foldSlow(cp: number): number | readonly number[] {
  const ch = String.fromCodePoint(cp);
  const m = CLASSIFY.exec(ch);
  if (m !== null && m[1] !== undefined) return -1;
  if (m !== null && m[2] !== undefined) return entry(0x30 + digitValue(cp), DIGIT);
  const nf = ch.normalize('NFKD').toLowerCase();
  if (nf === ch) {
    const same = SAME_AS.get(cp);
    return same === undefined ? entry(cp, SPECIAL_KIND.get(cp) ?? kindFromMatch(m)) : entry(same, kindOf(same));
  }
  const out: number[] = [];
  for (const part of nf) {
    const c = part.codePointAt(0) as number;
    const f = c === cp ? entry(c, kindOf(c)) : foldCodePoint(c);
    if (typeof f === 'number') {
      if (f >= 0) out.push(f);
    } else out.push(...f);
  }
  return out.length === 0 ? -1 : out.length === 1 ? (out[0] as number) : out;
}

/** Memo of {@link foldSlow}: pages of 256 code points, 0 for not yet folded, v + 1 for a one-entry form v, -1 dropped, -2 several (in {@link several}). */
const pages: (Int32Array | undefined)[] = /* @__PURE__ */ (() => [])();
const several: Map<number, readonly number[]> = /* @__PURE__ */ (() => new Map())();

/** The folded form of a code point (see {@link foldSlow}). */
export function foldCodePoint(cp: number): number | readonly number[] {
  if (cp < 0x80) {
    if (cp >= 0x41 && cp <= 0x5a) return entry(cp + 0x20, LATIN);
    const k = ASCII_KIND[cp] as number;
    return k === OTHER && (cp < 0x20 || cp === 0x7f) ? -1 : entry(cp, k);
  }
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) return entry(cp, HAN);
  // Surrogates (lone halves), private use, and planes 4–13 (nothing assigned): no kind, their own form.
  if ((cp >= 0xd800 && cp <= 0xf8ff) || (cp >= 0x40000 && cp <= 0xdffff) || cp >= 0xf0000) return entry(cp, OTHER);
  let page = pages[cp >> 8];
  if (page === undefined) {
    page = new Int32Array(256);
    pages[cp >> 8] = page;
  }
  const v = page[cp & 255] as number;
  if (v > 0) return v - 1;
  if (v === -1) return -1;
  if (v === -2) return several.get(cp) as readonly number[];
  const f = foldSlow(cp);
  if (typeof f === 'number') page[cp & 255] = f < 0 ? -1 : f + 1;
  else {
    several.set(cp, f);
    page[cp & 255] = -2;
  }
  return f;
}

/** The folded view of a text: `n` entries, each a folded character, its kind, and the UTF-16 span `[from, to)` of its original code point. */
export interface Folded {
  readonly n: number;
  readonly cp: Int32Array;
  readonly kind: Uint8Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/** Texts up to this length (UTF-16 code units, plus 16) are folded into buffers kept between calls. */
const SCRATCH = 4096;
/**
 * Buffers for short texts (titles, cells), reused by each call: a folded view lives only while
 * one masking runs (masking is synchronous and never calls out), and is never returned to a caller.
 */
let scratch: { cp: Int32Array; kind: Uint8Array; from: Int32Array; to: Int32Array } | undefined;

/** Folds a text in one pass: O(length), each code point folded once per process. */
export function foldText(text: string): Folded {
  let cap = text.length + 16;
  const small = cap <= SCRATCH;
  if (small && scratch === undefined) scratch = { cp: new Int32Array(SCRATCH), kind: new Uint8Array(SCRATCH), from: new Int32Array(SCRATCH), to: new Int32Array(SCRATCH) };
  if (small) cap = SCRATCH;
  let cp = small && scratch !== undefined ? scratch.cp : new Int32Array(cap);
  let kind = small && scratch !== undefined ? scratch.kind : new Uint8Array(cap);
  let from = small && scratch !== undefined ? scratch.from : new Int32Array(cap);
  let to = small && scratch !== undefined ? scratch.to : new Int32Array(cap);
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i) as number;
    const end = i + (c > 0xffff ? 2 : 1);
    const f = foldCodePoint(c);
    const count = typeof f === 'number' ? (f >= 0 ? 1 : 0) : f.length;
    if (n + count > cap) {
      cap = 2 * cap + count;
      const cp2 = new Int32Array(cap);
      cp2.set(cp);
      cp = cp2;
      const kind2 = new Uint8Array(cap);
      kind2.set(kind);
      kind = kind2;
      const from2 = new Int32Array(cap);
      from2.set(from);
      from = from2;
      const to2 = new Int32Array(cap);
      to2.set(to);
      to = to2;
    }
    for (let k = 0; k < count; k++) {
      const e = typeof f === 'number' ? f : (f[k] as number);
      cp[n] = e >> 4;
      kind[n] = e & 15;
      from[n] = i;
      to[n] = end;
      n++;
    }
    i = end;
  }
  return { n, cp, kind, from, to };
}

/** The folded characters of a text, as code points (for names). */
export function foldedCodePoints(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i) as number;
    i += c > 0xffff ? 2 : 1;
    const f = foldCodePoint(c);
    if (typeof f === 'number') {
      if (f >= 0) out.push(f >> 4);
    } else for (const e of f) out.push(e >> 4);
  }
  return out;
}
