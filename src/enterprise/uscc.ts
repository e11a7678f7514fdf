import * as z from 'zod';
import { domainError, type DomainError } from '../core/errors.js';
import { err, ok, unwrap, type Result } from '../core/result.js';
import { usccAuthorityCodes, usccEntityKindCodes, type UsccAuthority, type UsccEntityKind } from './uscc-codes.js';

// Module-level values are built in `/* @__PURE__ */ (() => …)()` so that a bundler can drop those an
// app does not use, and zod with them (scripts/app-bundles.mjs measures it).

/** The 31 characters of GB 32100-2015, in the order of their values 0–30 (no I, O, S, V, Z). */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights of characters 1–17: 3^(i−1) mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** Value of each ASCII character in the charset, −1 for the others. */
const VALUE = /* @__PURE__ */ (() => new Int8Array(128).fill(-1))();
for (let i = 0; i < CHARSET.length; i++) VALUE[CHARSET.charCodeAt(i)] = i;

const LENGTH = 18;
const NEVER_USED = 'IOSVZ';
const LOOKALIKE: Readonly<Record<string, string>> = { I: '1', O: '0' };

function valueOf(code: string, i: number): number {
  const c = code.charCodeAt(i);
  return c < 128 ? (VALUE[c] ?? -1) : -1;
}

/** The check character of 17 characters already known to be in the charset. */
function checkOf(code: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += valueOf(code, i) * (WEIGHTS[i] as number);
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

function characterError(code: string, index: number): DomainError {
  const p = index + 1;
  const ch = String.fromCodePoint(code.codePointAt(index) ?? 0);
  const cp = ch.codePointAt(0) ?? 0;
  const upper = ch >= 'a' && ch <= 'z' ? ch.toUpperCase() : ch;
  const lookalike = LOOKALIKE[upper];
  const hintEn = lookalike === undefined ? '' : ` (did you mean the digit ${lookalike}?)`;
  const hintZh = lookalike === undefined ? '' : `（是否应为数字 ${lookalike}？）`;
  let en: string;
  let zh: string;
  if (ch >= 'a' && ch <= 'z') {
    if (NEVER_USED.includes(upper)) {
      en = `Character ${p} is the lower-case letter "${ch}": the code uses upper-case letters only, and never the letters I, O, S, V or Z${hintEn}.`;
      zh = `第 ${p} 位“${ch}”是小写字母：统一社会信用代码只用大写字母，且不使用 I、O、S、V、Z${hintZh}。`;
    } else {
      en = `Character ${p} is the lower-case letter "${ch}": the code uses upper-case letters only ("${upper}"); normalizeUscc converts them.`;
      zh = `第 ${p} 位“${ch}”是小写字母：统一社会信用代码只用大写字母（应为“${upper}”），可先用 normalizeUscc 规范化。`;
    }
  } else if (NEVER_USED.includes(ch)) {
    en = `Character ${p} is "${ch}": the letters I, O, S, V and Z are never used in the code${hintEn}.`;
    zh = `第 ${p} 位为“${ch}”：统一社会信用代码不使用字母 I、O、S、V、Z${hintZh}。`;
  } else if (cp >= 0xff01 && cp <= 0xff5e) {
    en = `Character ${p} "${ch}" is a full-width character; use half-width characters (normalizeUscc converts them).`;
    zh = `第 ${p} 位“${ch}”是全角字符，应使用半角字符（可先用 normalizeUscc 规范化）。`;
  } else if (/\s/u.test(ch)) {
    en = `Character ${p} is a space; the code has no spaces (normalizeUscc removes them).`;
    zh = `第 ${p} 位是空格，统一社会信用代码中不应有空格（可先用 normalizeUscc 去除）。`;
  } else {
    en = `Character ${p} "${ch}" is not allowed: only the digits 0–9 and the upper-case letters A–H, J–N, P–R, T, U, W–Y are used.`;
    zh = `第 ${p} 位“${ch}”不合规：统一社会信用代码只使用数字 0–9 和大写字母 A–H、J–N、P–R、T、U、W–Y。`;
  }
  return domainError('USCC_INVALID_CHARACTER', { en, zh, value: code });
}

/** The first character outside the charset among the first `n`, as an error. */
function firstBadCharacter(code: string, n: number): DomainError | undefined {
  for (let i = 0; i < n; i++) if (valueOf(code, i) < 0) return characterError(code, i);
  return undefined;
}

function lengthError(code: string, expected: number, what: { en: string; zh: string }): DomainError {
  const n = Array.from(code).length;
  return domainError('USCC_INVALID_LENGTH', {
    en: `${what.en} ${expected} characters; this one has ${n}.`,
    zh: `${what.zh} ${expected} 位，实际为 ${n} 位。`,
    value: code,
  });
}

/** Why `code` is not a valid USCC, or undefined when it is one. */
function usccProblem(code: string): DomainError | undefined {
  // An astral character counts once: it is then reported as a bad character, not a bad length.
  if (code.length !== LENGTH && Array.from(code).length !== LENGTH) {
    return lengthError(code, LENGTH, { en: 'A Unified Social Credit Code has', zh: '统一社会信用代码应为' });
  }
  const bad = firstBadCharacter(code, LENGTH);
  if (bad !== undefined) return bad;
  const expected = checkOf(code);
  const found = code.charAt(17);
  if (found === expected) return undefined;
  return domainError('USCC_CHECK_MISMATCH', {
    en: `The check character (18th) is wrong: expected ${expected}, found ${found}.`,
    zh: `统一社会信用代码校验码（第 18 位）错误：应为 ${expected}，实际为 ${found}。`,
    value: code,
  });
}

/**
 * A Unified Social Credit Code (统一社会信用代码, GB 32100-2015) taken apart. `registrationAuthority`
 * and `entityType` are the raw characters; `authority` and `entityKind` name them when GB 32100's
 * tables know them and are absent otherwise (an unknown code is not an error).
 *
 * @category Enterprise
 */
export interface Uscc {
  /** The whole 18-character code. */
  readonly code: string;
  /** Character 1: the registration authority (登记管理部门代码), e.g. `9` for market regulation. */
  readonly registrationAuthority: string;
  /** Character 2: the organisation kind under that authority (机构类别代码), e.g. `1` for an enterprise under `9`. */
  readonly entityType: string;
  /** Characters 3–8: the administrative division of the registering office (登记管理机关行政区划码, GB/T 2260). */
  readonly divisionCode: string;
  /** Characters 9–17: the organisation code (主体标识码 / 组织机构代码). */
  readonly organizationCode: string;
  /** Character 18: the check character (校验码). */
  readonly checkCharacter: string;
  /** The named registration authority, when character 1 is in GB 32100's table. */
  readonly authority?: UsccAuthority;
  /** The named organisation kind, when characters 1–2 are in GB 32100's table. */
  readonly entityKind?: UsccEntityKind;
}

/**
 * Checks a Unified Social Credit Code and takes it apart. The code must already be clean: 18
 * upper-case half-width characters (use {@link normalizeUscc} on what a user typed).
 *
 * @param code - The code to check; anything that is not a string fails with `INVALID_INPUT`.
 * @returns The parts, or `USCC_INVALID_LENGTH`, `USCC_INVALID_CHARACTER` (naming the position and
 *   the character) or `USCC_CHECK_MISMATCH` (naming the expected check character).
 * @example
 * ```ts
 * safeParseUscc('91340600MA2PBP2120'); // { ok: true, value: { divisionCode: '340600', checkCharacter: '0', entityKind: 'enterprise', … } }
 * safeParseUscc('91110000600037341N'); // { ok: false, error: { code: 'USCC_CHECK_MISMATCH', message: '… expected L, found N.', … } }
 * ```
 * @category Enterprise
 */
export function safeParseUscc(code: unknown): Result<Uscc> {
  if (typeof code !== 'string') {
    return err(
      domainError('INVALID_INPUT', {
        en: `A Unified Social Credit Code must be a string; received ${code === null ? 'null' : typeof code}.`,
        zh: `统一社会信用代码应为字符串，实际为 ${code === null ? 'null' : typeof code}。`,
        value: code,
      }),
    );
  }
  const problem = usccProblem(code);
  if (problem !== undefined) return err(problem);
  const authority = usccAuthorityCodes[code.charAt(0)];
  const entityKind = usccEntityKindCodes[code.slice(0, 2)];
  return ok({
    code,
    registrationAuthority: code.charAt(0),
    entityType: code.charAt(1),
    divisionCode: code.slice(2, 8),
    organizationCode: code.slice(8, 17),
    checkCharacter: code.charAt(17),
    ...(authority === undefined ? {} : { authority }),
    ...(entityKind === undefined ? {} : { entityKind }),
  });
}

/**
 * Checks a Unified Social Credit Code and takes it apart; throws when it is not valid.
 *
 * @param code - The code to check (18 clean characters; see {@link normalizeUscc}).
 * @returns The parts of the code.
 * @throws {@link qinqing!QinqingError} with code `USCC_INVALID_LENGTH`, `USCC_INVALID_CHARACTER`,
 *   `USCC_CHECK_MISMATCH` or `INVALID_INPUT`.
 * @example
 * ```ts
 * parseUscc('91110000600037341L').divisionCode; // '110000'
 * ```
 * @category Enterprise
 */
export function parseUscc(code: unknown): Uscc {
  return unwrap(safeParseUscc(code));
}

/**
 * Tells whether a value is a valid Unified Social Credit Code (length, characters and check).
 *
 * @param code - The value to check.
 * @returns `true` for a valid code, `false` for anything else.
 * @example
 * ```ts
 * isValidUscc('91620105773422168Y'); // true
 * isValidUscc('91620105773422168y'); // false
 * ```
 * @category Enterprise
 */
export function isValidUscc(code: unknown): boolean {
  return typeof code === 'string' && usccProblem(code) === undefined;
}

/**
 * Computes the check character (character 18) of the first 17 characters of a code.
 *
 * @param first17 - Characters 1–17 of a code, clean (upper case, half width).
 * @returns The check character, or `USCC_INVALID_LENGTH` / `USCC_INVALID_CHARACTER` (path `['first17']`).
 * @example
 * ```ts
 * usccCheckCharacter('91110000600037341'); // { ok: true, value: 'L' }
 * ```
 * @category Enterprise
 */
export function usccCheckCharacter(first17: string): Result<string> {
  if (first17.length !== 17 && Array.from(first17).length !== 17) {
    return err({ ...lengthError(first17, 17, { en: 'The check character is computed from', zh: '校验码由前 17 位计算，应为' }), path: ['first17'] });
  }
  const bad = firstBadCharacter(first17, 17);
  return bad === undefined ? ok(checkOf(first17)) : err({ ...bad, path: ['first17'] });
}

/**
 * Cleans a Unified Social Credit Code as a user typed or pasted it: converts full-width
 * characters to half width, removes all white space (at the ends and inside) and upper-cases the
 * letters a–z. It does not guess (an `O` stays an `O`); parse the result to check it.
 *
 * @param input - The code as entered.
 * @returns The cleaned string, which may still be invalid.
 * @example
 * ```ts
 * normalizeUscc(' ９１１１００００６０００３７３４１ｌ '); // '91110000600037341L'
 * ```
 * @category Enterprise
 */
export function normalizeUscc(input: string): string {
  // Three linear passes: full width to half width (never white space), white space out, a–z up.
  return input
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/gu, '')
    .replace(/[a-z]+/g, (c) => c.toUpperCase());
}

/**
 * A zod schema for a valid Unified Social Credit Code as a string, for use inside other schemas.
 * Its failures carry the same codes and bilingual messages as {@link safeParseUscc}.
 *
 * @example
 * ```ts
 * UsccSchema.safeParse('121200004013590816').success; // true
 * ```
 * @category Enterprise
 */
export const UsccSchema = /* @__PURE__ */ (() => z
  .string()
  .check((ctx) => {
    const problem = usccProblem(ctx.value);
    if (problem === undefined) return;
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: problem.message,
      params: { code: problem.code, messageZh: problem.messageZh },
    });
  })
  .meta({
    description: 'A Unified Social Credit Code (统一社会信用代码, GB 32100-2015) with a valid check character',
    pattern: '^[0-9A-HJ-NPQRTUW-Y]{18}$',
  }))();
