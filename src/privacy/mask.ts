import { BRACKET, DASH, DIGIT, DOT, foldedCodePoints, foldText, HAN, isAlnum, isSeparator, LATIN, LETTER, SPACE, type Folded } from './fold.js';
import { NameMatcher } from './names.js';

/** What replaces each stretch of personal data. */
const MASK = '＊＊＊';

/**
 * The bounds on the names a masker takes (qinqing's own figures): names of fewer than 2 characters
 * are left out (one character would mask that character everywhere); more than 100,000 names, or
 * more than 1,000,000 characters of names in all, and the masker fails closed: every non-empty text
 * is masked whole.
 */
const NAME_MIN = 2;
const NAMES_MAX = 100_000;
const NAME_CHARS_MAX = 1_000_000;

/**
 * Options of {@link maskPersonalData}.
 *
 * @category Privacy
 */
export interface PersonalDataOptions {
  /**
   * Names to mask wherever they occur — enterprise names, contact persons, cadres — matched after
   * the same folding as the text (full-width and half-width alike, upper and lower case alike,
   * zero-width characters ignored), also inside longer words; the longest name wins where names
   * overlap. Names of fewer than 2 characters, and names holding `*` or `＊`, are left out. More than 100,000 names or 1,000,000
   * characters of names in all make the masking fail closed: the whole text is masked.
   */
  readonly names?: readonly string[];
}

const cpOf = (s: string): number => s.codePointAt(0) as number;
const C = {
  at: cpOf('@'),
  hash: cpOf('#'),
  dot: cpOf('.'),
  ideoDot: cpOf('。'),
  plus: cpOf('+'),
  x: cpOf('x'),
  a: cpOf('a'),
  t: cpOf('t'),
  d: cpOf('d'),
  o: cpOf('o'),
  e: cpOf('e'),
  colon: cpOf(':'),
  dash: cpOf('-'),
  slash: cpOf('/'),
  comma: cpOf(','),
  underscore: cpOf('_'),
  enDash: cpOf('–'),
  emDash: cpOf('—'),
  n: cpOf('n'),
  star: cpOf('*'),
  yen: cpOf('¥'),
  zhuan: cpOf('转'),
  fen: cpOf('分'),
  ji: cpOf('机'),
  hao: cpOf('号'),
  nei: cpOf('内'),
  xian: cpOf('线'),
} as const;

/** Opening brackets (folded). */
const OPENING: ReadonlySet<number> = /* @__PURE__ */ (() => new Set([...'([{【〔〖'].map(cpOf)))();
/** Closing brackets (folded). */
const CLOSING: ReadonlySet<number> = /* @__PURE__ */ (() => new Set([...')]}】〕〗'].map(cpOf)))();
/** ASCII punctuation an e-mail local part may hold (RFC 5322 atext and the dot). */
const LOCAL_PUNCT: ReadonlySet<number> = /* @__PURE__ */ (() => new Set([..."._%+-'!$&=?^`{|}~"].map(cpOf)))();
/** What follows an amount: money, ten thousands, hundred millions, per cent. */
const AMOUNT_AFTER: ReadonlySet<number> = /* @__PURE__ */ (() => new Set([...'元万亿%‰美圆'].map(cpOf)))();

/** Internationalised top-level domains written in Han characters (a domain whose last label is Han must end in one). */
const HAN_TLDS: readonly (readonly number[])[] = /* @__PURE__ */ (() =>
  ['中国', '中國', '公司', '网络', '網絡', '香港', '台湾', '台灣', '澳门', '澳門', '新加坡', '政务', '公益', '在线', '网址', '网店', '商城', '商店', '商标', '集团', '手机', '中文网', '我爱你', '游戏', '企业', '信息', '健康', '娱乐', '机构', '组织机构', '移动', '世界', '购物', '测试', '政府', '广东', '佛山', '时尚', '微博'].map(
    (t) => [...t].map(cpOf),
  ))();

/** Words before a number that name contact data: the number after them is never taken for an identifier. */
const CONTACT_WORDS: readonly string[] = ['tel', 'phone', 'fax', 'mobile', 'mob', 'cell', 'qq', 'wx', 'vx', 'wechat', 'weixin', 'call', 'hotline', 'contact', 'whatsapp', 'ph', 't', 'm', 'f', 'p'];

/** A mobile number (with 86 or 0086 before it, or not): digits only. */
const MOBILE = /^(?:0086|86)?1[3-9]\d{9}$/;

/** The marks of one masking: intervals added to a difference array and folded into `masked` by {@link Marks.settle}, or filled into `masked` at once. */
class Marks {
  readonly diff: Int32Array;
  readonly masked: Uint8Array;

  constructor(n: number) {
    this.diff = new Int32Array(n + 1);
    this.masked = new Uint8Array(n);
  }

  /** Marks `[start, end)`, folded in by {@link Marks.settle}. */
  add(start: number, end: number): void {
    if (end > start) {
      (this.diff[start] as number)++;
      (this.diff[end] as number)--;
    }
  }

  /** Folds the added marks into `masked`. */
  settle(): void {
    let depth = 0;
    for (let i = 0; i < this.masked.length; i++) {
      depth += this.diff[i] as number;
      if (depth > 0) this.masked[i] = 1;
    }
    this.diff.fill(0);
  }

  /** Masks `[start, end)` at once. */
  fill(start: number, end: number): void {
    if (end > start) this.masked.fill(1, start, end);
  }
}

/**
 * The masking of one text, in three passes over its folded view, each O(n) with bounded
 * look-around: names, e-mail addresses and USCCs first; then digit runs (which look at what the
 * first pass masked: a letter that a name covered is no prefix of an identifier); then the output.
 */
function maskFolded(text: string, f: Folded, names: NameMatcher): string {
  const { n, cp, kind } = f;
  if (n === 0) return text;
  // Marks of names and e-mail addresses go into a difference array that `settle` folds into
  // `masked`, which each later step reads: what an earlier step masked ends what a later one reads,
  // as the mask that replaces it will when the output is masked again (so masking is idempotent).
  const marks = new Marks(n);
  const { masked } = marks;
  // 1. Names.
  names.scan(cp, n, marks);
  marks.settle();
  // 2. USCCs, from right to left: a code is not followed by a letter, unless that letter is in a
  // code found to its right (which a second masking will find masked). Digits right after a code are
  // masked with it. Each position is filled once: a code found covers every later code it reaches.
  const cover = new Uint8Array(n);
  let nextLetter = n; // the nearest unmasked ASCII letter at or after i: a code holds one within 72 characters
  for (let i = n - 1; i >= 0; i--) {
    if (kind[i] === LATIN && masked[i] === 0) nextLetter = i;
    if (!isAlnum(kind[i] as number) || masked[i] === 1 || nextLetter - i >= 72) continue;
    let end = uscc(f, i, masked, cover);
    if (end === 0) continue;
    while (end < n && kind[end] === DIGIT && masked[end] === 0) end++;
    for (let k = i; k < end && cover[k] === 0; k++) cover[k] = 1;
  }
  for (let i = 0; i < n; i++) if (cover[i] === 1) masked[i] = 1;
  // 3. E-mail addresses.
  for (let i = 0; i < n; i++) {
    const c = cp[i] as number;
    if (masked[i] === 0 && (c === C.at || c === C.hash || (kind[i] === BRACKET && OPENING.has(c)))) email(f, i, masked, marks);
  }
  marks.settle();
  // 4. Digit runs, left to right; each reads what is masked so far, its own masks included.
  for (let i = 0; i < n; ) {
    if (kind[i] !== DIGIT || masked[i] === 1) {
      i++;
      continue;
    }
    i = digitRun(f, i, marks);
  }
  // The output: the original text where nothing is masked, one mask per masked stretch.
  const parts: string[] = [];
  let cursor = 0;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const on = i < n && masked[i] === 1;
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      const s = f.from[start] as number;
      const e = f.to[i - 1] as number;
      if (s >= cursor) {
        parts.push(text.slice(cursor, s), MASK);
        cursor = e;
      } else if (e > cursor) cursor = e;
      start = -1;
    }
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// E-mail

/** The length of an at-sign at `i`: `@` (also ＠ ﹫), `#` (written for @ against spam), `(at)` `[at]` `【at】`; 0 for none. */
function atSign(f: Folded, i: number, masked: Uint8Array): number {
  const c = f.cp[i] as number;
  if (c === C.at || c === C.hash) return 1;
  if (OPENING.has(c) && i + 3 < f.n && f.cp[i + 1] === C.a && f.cp[i + 2] === C.t && CLOSING.has(f.cp[i + 3] as number) && masked[i + 1] === 0 && masked[i + 2] === 0 && masked[i + 3] === 0) return 4;
  return 0;
}

/** The length of a domain dot at `i`: `.` (also ．), `。` (also ｡), `(dot)` `[dot]` (with a space on either side or not); 0 for none. */
function domainDot(f: Folded, i: number, masked: Uint8Array): number {
  if (i >= f.n || masked[i] === 1) return 0;
  const c = f.cp[i] as number;
  if (c === C.dot || c === C.ideoDot) return 1;
  const o = f.kind[i] === SPACE ? i + 1 : i;
  if (o + 4 < f.n && OPENING.has(f.cp[o] as number) && f.cp[o + 1] === C.d && f.cp[o + 2] === C.o && f.cp[o + 3] === C.t && CLOSING.has(f.cp[o + 4] as number) && masked.subarray(o, o + 5).every((m) => m === 0)) {
    return o + 5 < f.n && f.kind[o + 5] === SPACE ? o + 6 - i : o + 5 - i;
  }
  return 0;
}

const isAsciiLocal = (f: Folded, i: number): boolean => isAlnum(f.kind[i] as number) || LOCAL_PUNCT.has(f.cp[i] as number);
const isLocal = (f: Folded, i: number, masked: Uint8Array): boolean => masked[i] === 0 && (isAsciiLocal(f, i) || f.kind[i] === HAN || f.kind[i] === LETTER);

/** Whether the Han label at `i` starts with a Han top-level domain; its length, or 0. */
function hanTld(f: Folded, i: number, length: number): number {
  // The label's characters are unmasked (the label stops at a mask).
  for (const tld of HAN_TLDS) {
    if (tld.length > length) continue;
    let k = 0;
    while (k < tld.length && f.cp[i + k] === tld[k]) k++;
    if (k === tld.length) return k;
  }
  return 0;
}

/**
 * Masks the e-mail address around the at-sign at `at`, if there is one: a local part of up to 64
 * characters (ASCII, or letters of any script) and a domain of up to 253 characters of at least two
 * labels whose last is a top-level domain — ASCII letters, `xn--…`, letters of another script, or
 * one of the Han TLDs — with up to two spaces on either side of the at-sign.
 */
function email(f: Folded, at: number, masked: Uint8Array, marks: Marks): void {
  const atLength = atSign(f, at, masked);
  if (atLength === 0) return;
  const { n, kind } = f;
  // Local part, backwards.
  let j = at - 1;
  for (let s = 0; s < 2 && j >= 0 && kind[j] === SPACE && masked[j] === 0; s++) j--;
  const localEnd = j + 1;
  while (j >= 0 && localEnd - j <= 64 && isLocal(f, j, masked)) j--;
  let localStart = j + 1;
  // A run of Han or other letters before an ASCII local part with letters is the text before it: 邮箱wang@….
  for (let q = localEnd - 1; q > localStart; q--) {
    if (isAsciiLocal(f, q) && !isAsciiLocal(f, q - 1)) {
      let letters = false;
      for (let r = q; r < localEnd; r++) if (kind[r] === LATIN) letters = true;
      if (letters) localStart = q;
      break;
    }
  }
  while (localStart < localEnd && f.cp[localStart] === C.dot) localStart++;
  let hasWord = false;
  for (let r = localStart; r < localEnd; r++) if (kind[r] !== DASH && kind[r] !== DOT && !LOCAL_PUNCT.has(f.cp[r] as number)) hasWord = true;
  if (!hasWord) return;
  // Domain, forwards.
  let p = at + atLength;
  for (let s = 0; s < 2 && p < n && kind[p] === SPACE && masked[p] === 0; s++) p++;
  const domainStart = p;
  let labels = 0;
  let end = -1;
  while (p < n && p - domainStart <= 253 && masked[p] === 0) {
    const labelStart = p;
    const k = kind[p] as number;
    if (isAlnum(k)) {
      let letters = true;
      let lead = -1; // where a label's leading letters end when digits follow them: the TLD of example.com13800138000
      while (p < n && p - labelStart <= 63 && masked[p] === 0 && (isAlnum(kind[p] as number) || f.cp[p] === C.dash)) {
        if (kind[p] !== LATIN) {
          if (letters && kind[p] === DIGIT && p - labelStart >= 2) lead = p;
          letters = false;
        }
        p++;
      }
      const length = p - labelStart;
      if (length > 63) break;
      labels++;
      if (labels >= 2 && lead > 0) end = lead;
      const punycode = length > 4 && f.cp[labelStart] === C.x && f.cp[labelStart + 1] === C.n && f.cp[labelStart + 2] === C.dash && f.cp[labelStart + 3] === C.dash;
      if (labels >= 2 && length >= 2 && (letters || punycode)) end = p;
    } else if (k === HAN || k === LETTER) {
      while (p < n && p - labelStart <= 63 && kind[p] === k && masked[p] === 0) p++;
      const length = p - labelStart;
      if (length > 63) break;
      labels++;
      if (labels >= 2 && k === HAN) {
        const tld = hanTld(f, labelStart, length);
        if (tld > 0) {
          end = labelStart + tld;
          break;
        }
      } else if (labels >= 2 && length >= 2) end = p;
    } else break;
    const dot = domainDot(f, p, masked);
    if (dot === 0) break;
    const next = p + dot;
    if (next >= n || masked[next] === 1 || !(isAlnum(kind[next] as number) || kind[next] === HAN || kind[next] === LETTER)) break;
    p = next;
  }
  if (end > 0) marks.add(localStart, end);
}

// ---------------------------------------------------------------------------------------------
// USCC

/** Whether a folded character is in the USCC's alphabet (GB 32100-2015: digits and capitals but I, O, S, V, Z; folded to lower case). */
const usccChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a && !'iosvz'.includes(String.fromCharCode(c)));

/**
 * The end of the Unified Social Credit Code starting at `i`, or 0 if none starts there: 18
 * characters of its alphabet, a letter among them (18 digits are masked as a number), the 3rd to
 * 8th (the division code) digits, the first not 0, not followed by a letter outside another code,
 * with up to three spaces or dashes between groups of at least three characters. It may start
 * anywhere, also inside a longer run of letters and digits (ID91340600MA2PBP2120 is masked whole).
 */
function uscc(f: Folded, i: number, masked: Uint8Array, cover: Uint8Array): number {
  const { n, cp, kind } = f;
  let count = 0;
  let p = i;
  let last = -1;
  let group = 0;
  let letters = 0;
  while (count < 18 && p < n) {
    if (isAlnum(kind[p] as number) && masked[p] === 0) {
      const c = cp[p] as number;
      if (!usccChar(c) || (count >= 2 && count <= 7 && kind[p] !== DIGIT) || (count === 0 && c === 0x30)) return 0;
      count++;
      group++;
      if (kind[p] === LATIN) letters++;
      last = p;
      p++;
      continue;
    }
    if (group < 3) return 0;
    group = 0;
    let g = 0;
    while (g < 3 && p < n && (kind[p] === SPACE || kind[p] === DASH) && masked[p] === 0) {
      p++;
      g++;
    }
    if (g === 0 || p >= n || !isAlnum(kind[p] as number) || masked[p] === 1) return 0;
  }
  return count === 18 && letters > 0 && !(last + 1 < n && kind[last + 1] === LATIN && masked[last + 1] === 0 && cover[last + 1] === 0) ? last + 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Digit runs

/** One run of digit groups joined by short separators. */
interface Run {
  /** Start and end (exclusive) of each group. */
  readonly starts: number[];
  readonly ends: number[];
  /** The separator between group k and k + 1 when it is one character, else -1. */
  readonly gaps: number[];
  /** Whether an X (an ID-card check character) ends the run, right after its last digit. */
  x: boolean;
  /** Whether the gap after the first group closes a bracket: (0571) 8765 4321. */
  closes: boolean;
}

const groupValue = (f: Folded, start: number, end: number): number => {
  let v = 0;
  for (let i = start; i < end; i++) v = v * 10 + ((f.cp[i] as number) - 0x30);
  return v;
};

/** Whether groups k, k+1, k+2 of a run are a date (Y-M-D, D-M-Y or M-D-Y) written with one `-`, `/` or `.` that does not go on either side. */
function isDate(f: Folded, run: Run, k: number): boolean {
  const { starts, ends, gaps } = run;
  if (k + 2 >= starts.length) return false;
  const sep = gaps[k] as number;
  if (sep !== C.dash && sep !== C.slash && sep !== C.dot) return false;
  if (gaps[k + 1] !== sep || (k > 0 && gaps[k - 1] === sep) || (k + 3 < starts.length && gaps[k + 2] === sep)) return false;
  const l0 = (ends[k] as number) - (starts[k] as number);
  const l1 = (ends[k + 1] as number) - (starts[k + 1] as number);
  const l2 = (ends[k + 2] as number) - (starts[k + 2] as number);
  if (l0 === 4 && l1 <= 2 && l2 <= 2) {
    const y = groupValue(f, starts[k] as number, ends[k] as number);
    const m = groupValue(f, starts[k + 1] as number, ends[k + 1] as number);
    const d = groupValue(f, starts[k + 2] as number, ends[k + 2] as number);
    return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
  }
  if (l2 === 4 && l0 <= 2 && l1 <= 2) {
    const y = groupValue(f, starts[k + 2] as number, ends[k + 2] as number);
    const a = groupValue(f, starts[k] as number, ends[k] as number);
    const b = groupValue(f, starts[k + 1] as number, ends[k + 1] as number);
    return y >= 1900 && y <= 2099 && a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
  }
  return false;
}

/**
 * Reads the digit run starting at `i`, decides each of its segments (the run split at dates) and
 * marks those that are personal data; returns where the scan goes on. What the first pass masked
 * (a name, an e-mail address, a USCC) ends a run, as the mask that replaces it will: so a second
 * masking reads the same runs.
 */
function digitRun(f: Folded, i: number, marks: Marks): number {
  const { n, cp, kind } = f;
  const first = marks.masked;
  const run: Run = { starts: [], ends: [], gaps: [], x: false, closes: false };
  let p = i;
  for (;;) {
    const start = p;
    while (p < n && kind[p] === DIGIT && first[p] === 0) p++;
    run.starts.push(start);
    run.ends.push(p);
    // An X right after the digits, with no letter, digit or mask after it (one the first pass made, or ＊): an ID card's check character.
    if (p < n && cp[p] === C.x && first[p] === 0 && !(p + 1 < n && (isAlnum(kind[p + 1] as number) || cp[p + 1] === C.star || first[p + 1] === 1))) {
      run.x = true;
      break;
    }
    let q = p;
    while (q < n && q - p < 3 && isSeparator(kind[q] as number) && first[q] === 0) q++;
    if (q === p || q >= n || kind[q] !== DIGIT || first[q] === 1) break;
    if (run.gaps.length === 0) for (let k = p; k < q; k++) if (CLOSING.has(cp[k] as number)) run.closes = true;
    run.gaps.push(q - p === 1 ? (cp[p] as number) : -1);
    p = q;
  }
  settle(f, run, marks);
  return run.x ? p + 1 : p;
}

/**
 * Decides a run: splits it at the dates it may carve out, decides each segment, and where a segment
 * is masked, settles each stretch of kept groups beside it again as a run of its own — which is
 * what it is once the mask stands beside it, so that masking twice masks nothing more. Dates are
 * carved only from runs of at most 24 digits (so at most 24 groups and a bounded recursion).
 */
function settle(f: Folded, run: Run, marks: Marks): void {
  const groups = run.starts.length;
  let total = 0;
  for (let g = 0; g < groups; g++) total += (run.ends[g] as number) - (run.starts[g] as number);
  if (total < 7) return;
  // No date is carved out of a run that is, whole, an ID-card number (its date of birth written as a
  // date), a mobile number (1900-8-8 00000) or a landline number with its area code.
  const whole = total <= 24 ? digitsOf(f, run, 0, groups - 1) : null;
  const carve = whole !== null && !(total === 15 || total === 18 || (total === 17 && run.x) || MOBILE.test(whole) || (whole.startsWith('0') && total >= 10 && total <= 12));
  if (!carve) {
    decide(f, run, 0, groups - 1, marks);
    return;
  }
  // The segments between the dates.
  const segments: [number, number][] = [];
  let from = 0;
  for (let g = 0; g < groups; ) {
    if (isDate(f, run, g)) {
      if (g > from) segments.push([from, g - 1]);
      g += 3;
      from = g;
    } else g++;
  }
  if (from < groups) segments.push([from, groups - 1]);
  // 16–19 digits may be a bank-card number with a date-like stretch in it (6200000000 2000.07.06):
  // the dates stand only beside telephone numbers (2026-12-05 13800138000), or alone (a date range).
  let allPhones = true;
  for (const [a, b] of segments) if (!isPhone(digitsOf(f, run, a, b) ?? '')) allPhones = false;
  if (total >= 16 && total <= 19 && !allPhones) {
    decide(f, run, 0, groups - 1, marks);
    return;
  }
  const masked = new Uint8Array(groups);
  let any = false;
  for (const [a, b] of segments) {
    if (decide(f, run, a, b, marks)) {
      masked.fill(1, a, b + 1);
      any = true;
    }
  }
  if (!any) return;
  for (let g = 0; g < groups; ) {
    if (masked[g] === 1) {
      g++;
      continue;
    }
    let h = g;
    while (h + 1 < groups && masked[h + 1] === 0) h++;
    settle(f, subRun(f, run, g, h), marks);
    g = h + 1;
  }
}

/** Whether digits are a mobile number, or a landline number with its area code. */
const isPhone = (d: string): boolean => MOBILE.test(d) || (d.startsWith('0') && d.length >= 10 && d.length <= 12);

/** The number of digits of group g of a run. */
const groupLength = (run: Run, g: number): number => (run.ends[g] as number) - (run.starts[g] as number);

/** Groups a..b of a run, as a run of their own. */
function subRun(f: Folded, run: Run, a: number, b: number): Run {
  let closes = false;
  if (b > a) for (let k = run.ends[a] as number; k < (run.starts[a + 1] as number); k++) if (CLOSING.has(f.cp[k] as number)) closes = true;
  return {
    starts: run.starts.slice(a, b + 1),
    ends: run.ends.slice(a, b + 1),
    gaps: run.gaps.slice(a, b),
    x: run.x && b === run.starts.length - 1,
    closes,
  };
}

/** Whether groups a..b are a thousands-grouped amount: 1,234,567 or 1,234,567.89. */
function isThousands(run: Run, a: number, b: number): boolean {
  if (b === a) return false;
  let last = b;
  if (run.gaps[b - 1] === C.dot) last = b - 1;
  if (last === a || groupLength(run, a) > 3) return false;
  for (let g = a + 1; g <= last; g++) if (run.gaps[g - 1] !== C.comma || groupLength(run, g) !== 3) return false;
  return true;
}

/** The digits of groups a..b as a string, when there are at most 24. */
function digitsOf(f: Folded, run: Run, a: number, b: number): string | null {
  let s = '';
  for (let g = a; g <= b; g++) {
    for (let i = run.starts[g] as number; i < (run.ends[g] as number); i++) {
      s += String.fromCharCode(f.cp[i] as number);
      if (s.length > 24) return null;
    }
  }
  return s;
}

/** Whether the entry at `i` is visible (not masked by the first pass: a name, an e-mail address, a USCC). */
const visible = (first: Uint8Array, i: number): boolean => first[i] === 0;

/** Whether the run starting at `start` follows an ASCII word (directly, or through one `-`, `_`, `#` or `/`) that is not a contact word. */
function letterPrefix(f: Folded, start: number, first: Uint8Array): boolean {
  let j = start - 1;
  if (j >= 0 && (f.cp[j] === C.dash || f.cp[j] === C.underscore || f.cp[j] === C.hash || f.cp[j] === C.slash) && visible(first, j)) j--;
  if (j < 0 || f.kind[j] !== LATIN || !visible(first, j)) return false;
  let word = '';
  for (let k = j; k >= 0 && f.kind[k] === LATIN && visible(first, k) && word.length < 12; k--) word = String.fromCharCode(f.cp[k] as number) + word;
  return !CONTACT_WORDS.some((w) => word === w || (w.length > 1 && word.endsWith(w)));
}

/** Whether an amount's mark is next to the segment: ¥ before it, or 元 万 亿 % after it (one space allowed). */
function amountContext(f: Folded, start: number, end: number, first: Uint8Array): boolean {
  let j = start - 1;
  if (j >= 0 && f.kind[j] === SPACE) j--;
  if (j >= 0 && f.cp[j] === C.yen && visible(first, j)) return true;
  let k = end;
  if (k < f.n && f.kind[k] === SPACE) k++;
  return k < f.n && AMOUNT_AFTER.has(f.cp[k] as number) && visible(first, k);
}

/** Decides segment a..b (groups) of a run: kept (a date was carved already; an amount, a decimal, a year range, an identifier, a short number), or masked with its prefix and extension. */
function decide(f: Folded, run: Run, a: number, b: number, marks: Marks): boolean {
  const first = marks.masked;
  const { starts, ends, gaps } = run;
  const groups = starts.length;
  let digits = 0;
  for (let g = a; g <= b; g++) digits += groupLength(run, g);
  if (digits < 7) return false;
  const isLast = b === groups - 1;
  const withX = isLast && run.x;
  const segStart = starts[a] as number;
  const segEnd = (ends[b] as number) + (withX ? 1 : 0);
  // A year range: 2025-2026, the whole run.
  if (a === 0 && isLast && groups === 2 && !run.x && groupLength(run, 0) === 4 && groupLength(run, 1) === 4 && (gaps[0] === C.dash || gaps[0] === C.slash || gaps[0] === C.enDash || gaps[0] === C.emDash)) {
    const y1 = groupValue(f, starts[0] as number, ends[0] as number);
    const y2 = groupValue(f, starts[1] as number, ends[1] as number);
    if (y1 >= 1900 && y2 <= 2099 && y2 >= y1 && y2 - y1 <= 10) return false;
  }
  if (!withX && isThousands(run, a, b)) return false;
  const shape = digitsOf(f, run, a, b);
  const personal = shape === null || MOBILE.test(shape) || withX || digits === 15 || (digits >= 16 && digits <= 19);
  if (!personal && !withX && b === a + 1 && gaps[a] === C.dot && (groupLength(run, a) <= 2 || groupLength(run, b) <= 2)) return false; // a decimal: 3.1415926, 12345678.90
  if (!personal && amountContext(f, segStart, segEnd, first)) return false;
  if (!personal && a === 0 && shape !== null && /^(?:199|20\d)\d/.test(shape) && letterPrefix(f, segStart, first)) return false; // an identifier: JZ-2026-0001
  let s = segStart;
  if (a === 0) {
    if (s > 0 && f.cp[s - 1] === C.plus) s--;
    if (s > 0 && run.closes && OPENING.has(f.cp[s - 1] as number)) {
      s--;
      if (s > 0 && f.cp[s - 1] === C.plus) s--;
    }
  }
  marks.fill(s, isLast ? extension(f, segEnd, first) : segEnd);
  return true;
}

/** Where a telephone extension after a masked number ends (转 123, 分机 123, ext. 123, x123, #123), or `end` if there is none. */
function extension(f: Folded, end: number, first: Uint8Array): number {
  const { n, cp, kind } = f;
  let p = end;
  for (let s = 0; s < 2 && p < n && (kind[p] === SPACE || kind[p] === DASH); s++) p++;
  if (p >= n) return end;
  const c = cp[p] as number;
  if (c === C.zhuan || c === C.x || c === C.hash) p++;
  else if (c === C.fen && cp[p + 1] === C.ji) p += cp[p + 2] === C.hao ? 3 : 2;
  else if (c === C.nei && cp[p + 1] === C.xian) p += 2;
  else if (c === C.e && cp[p + 1] === C.x && cp[p + 2] === C.t) p += cp[p + 3] === C.dot ? 4 : 3;
  else return end;
  for (let s = 0; s < 2 && p < n && (kind[p] === SPACE || cp[p] === C.colon); s++) p++;
  const digitsStart = p;
  while (p < n && kind[p] === DIGIT && first[p] === 0 && p - digitsStart <= 6) p++;
  const count = p - digitsStart;
  if (count < 1 || count > 6 || (p < n && kind[p] === DIGIT && first[p] === 0)) return end;
  // Nothing in it is masked already (a name, an e-mail address), as a second masking would see it.
  for (let k = end; k < p; k++) if (first[k] === 1) return end;
  // Digits after it (8001 2026-12-05) are read as a run of their own, after the mask, as a second masking will.
  return p;
}

// ---------------------------------------------------------------------------------------------
// The maskers

/**
 * A masker for many texts with the same names: the names are folded and compiled once. Internal:
 * `ledgerReport` and the renderers use one per call.
 *
 * @param options - The names to mask.
 * @returns A function that masks one text as {@link maskPersonalData} does.
 */
export function personalDataMasker(options?: PersonalDataOptions): (text: string) => string {
  const matcher = compileNames(options);
  return (text: string): string => maskWith(text, matcher);
}

/** No names: one matcher for every call without them. */
let noNames: NameMatcher | undefined;

/** The names of the options, folded and compiled; null when they are past the bounds (fail closed). */
function compileNames(options: PersonalDataOptions | undefined): NameMatcher | null {
  const supplied = options !== undefined && options !== null && Array.isArray(options.names) ? options.names : [];
  if (supplied.length === 0) return (noNames ??= new NameMatcher([], NAME_MIN));
  const folded: number[][] = [];
  let chars = 0;
  let count = 0;
  for (const name of supplied) {
    if (typeof name !== 'string') continue;
    count++;
    chars += name.length;
    if (count > NAMES_MAX || chars > NAME_CHARS_MAX) return null;
    const cps = foldedCodePoints(name);
    // A name holding * or ＊ could match the masks themselves: masking would not be idempotent.
    if (!cps.includes(0x2a)) folded.push(cps);
  }
  return new NameMatcher(folded, NAME_MIN);
}

/** Masks one text with compiled names (null: fail closed). */
function maskWith(text: string, matcher: NameMatcher | null): string {
  if (typeof text !== 'string' || text === '') return '';
  if (matcher === null) return MASK;
  return maskFolded(text, foldText(text), matcher);
}

/**
 * Masks personal data in a text, in one pass that takes time linear in the text and the names
 * (no backtracking regular expression): each stretch of personal data becomes `＊＊＊`, and
 * everything else is kept exactly as written. It reads the text folded — Unicode compatibility
 * forms (NFKC/NFKD: full-width digits, letters, ＠ and ．), case, every kind of space (no-break,
 * ideographic, thin), dash (‐ – — －), dot, slash, comma, 、 and bracket between digits, and
 * invisible characters (U+200B–U+200D, U+2060, U+FEFF, other format characters) dropped — and masks:
 *
 * - **telephone numbers** of 7 digits or more, however spaced or punctuated: mobile numbers (with
 *   +86 or 0086 too), landline numbers with their area code and extension (转 123, 分机 123, ext. 123);
 * - **ID-card numbers** (18 digits, the last possibly X or x; old 15-digit ones) and **bank-card
 *   numbers** (16–19 digits) — indeed any run of 7 or more digits that is not one of the kept forms below;
 * - **Unified Social Credit Codes**, whole (18 characters, letters too);
 * - **e-mail addresses** in every form: full-width ＠ and ．, `#`, `(at)` or `[at]` for @, spaces
 *   around it, a Chinese local part, an internationalised domain (例子.中国, xn--…);
 * - the **names** the caller supplies in `options.names` (enterprise names, contact persons).
 *
 * Kept: dates (2026-12-05, 2026/12/05, 2026.12.05, 05/12/2026), a year range (2025-2026),
 * amounts with thousands separators (1,234,567.89), decimals (3.1415926, 12345678.90), amounts
 * marked by ¥ before or 元 万 亿 % after them, identifiers that follow ASCII letters and start
 * with a year (JZ-2026-0001, GD2026120500123) unless they have the shape of a mobile, ID-card or
 * bank-card number or follow a contact word (TEL, QQ, …), and every number of fewer than 7 digits.
 *
 * It cannot catch: names not supplied (it does not guess names), numbers written in Chinese
 * numerals (一三八…) or in words, addresses, licence plates, a number split by letters or by more
 * than three separators, e-mail written as `at`/`dot` words without brackets, a name with a space
 * inserted into it, or data in images and attachments. Masking is idempotent and never lengthens
 * a digit run it leaves visible. Names are bounded (see {@link PersonalDataOptions.names}): past
 * the bounds the whole text is masked.
 *
 * @param text - The text.
 * @param options - Names to mask too.
 * @returns The text with each stretch of personal data replaced by `＊＊＊` (`''` for `''`).
 * @example
 * ```ts
 * maskPersonalData('张经理 138\u00a00013–8000，zhang＠example．com'); // '张经理 ＊＊＊，＊＊＊'
 * maskPersonalData('焦作某机械公司张经理反映：2026-12-05 前用电增容', { names: ['焦作某机械公司', '张经理'] });
 * // '＊＊＊反映：2026-12-05 前用电增容'
 * ```
 * @category Privacy
 */
export function maskPersonalData(text: string, options?: PersonalDataOptions): string {
  return maskWith(text, compileNames(options));
}

/**
 * The former name of {@link maskPersonalData}, kept for compatibility: the same masking, names
 * included.
 *
 * @param text - The text.
 * @param options - Names to mask too.
 * @returns The text with each stretch of personal data replaced by `＊＊＊`.
 * @example
 * ```ts
 * maskContactData('用电增容，联系人手机 138 0013 8000'); // '用电增容，联系人手机 ＊＊＊'
 * ```
 * @category Privacy
 */
export function maskContactData(text: string, options?: PersonalDataOptions): string {
  return maskWith(text, compileNames(options));
}
