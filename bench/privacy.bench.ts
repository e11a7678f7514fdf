/**
 * Part 9 (issue 14), privacy by design: `maskPersonalData` is one linear-time pass. For inputs of
 * 100,000 characters and of 1 MB in adversarial shapes — long digit runs, digits between
 * separators or zero-width characters, many '@', many separators, letters without an '@' (the
 * shape that made the old regular expressions quadratic: 15–19 s for 100,000 characters), codes
 * that almost are USCCs, every code point, many names — it prints each time (the slowest of three),
 * the worst, and a verdict against the budget (1 second for 1 MB); then the old regex approach
 * against the new pass on real titles and on the adversarial shape, as `ratio … vs …` lines.
 */
import { performance } from 'node:perf_hooks';
import { maskPersonalData } from '../src/privacy/index.js';
import { compare } from './harness.js';

const BUDGET_MS = 1000;
const MB = 1 << 20;

/** The masking before Part 9 (src/access/redact.ts), kept here as the peer. */
const OLD_EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const OLD_DIGITS = /[+＋(（]?[0-9０-９](?:[ \u3000\-‐－—()（）]*[0-9０-９]){6,}/g;
const OLD_DATE = /^\d{4}-\d{2}-\d{2}$/;
const oldMask = (text: string): string => text.replace(OLD_EMAIL, '＊＊＊').replace(OLD_DIGITS, (m) => (OLD_DATE.test(m) ? m : '＊＊＊'));

/** A text of `length` characters (about) repeating `unit`. */
const repeat = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** 10,000 enterprise names, for the shapes with names. */
const names = Array.from({ length: 10_000 }, (_, i) => `焦作${i.toString(36)}机械有限公司`);

const shapes: readonly { readonly name: string; readonly text: (length: number) => string; readonly names?: readonly string[] }[] = [
  { name: 'one digit run', text: (l) => repeat('1', l) },
  { name: 'digits between spaces', text: (l) => repeat('1 ', l) },
  { name: 'digits between dashes', text: (l) => repeat('1-', l) },
  { name: 'digits between zero-width spaces', text: (l) => repeat('1\u200b', l) },
  { name: 'digits in groups of 3, 3 separators', text: (l) => repeat('123 - ', l) },
  { name: "many '@'", text: (l) => repeat('@', l) },
  { name: "letters and '@'", text: (l) => repeat('a@', l) },
  { name: 'almost e-mail', text: (l) => repeat('a.b@c.d', l) },
  { name: 'long local parts and domains', text: (l) => repeat(`${'a'.repeat(70)}@${'b.'.repeat(130)}`, l) },
  { name: "letters, no '@' (old regex: quadratic)", text: (l) => repeat('a', l) },
  { name: 'many separators', text: (l) => repeat('-', l) },
  { name: 'almost USCCs', text: (l) => repeat('1111111111111111a', l) },
  { name: 'USCC groups', text: (l) => repeat('a12 345 678 ', l) },
  { name: 'every code point', text: (l) => Array.from({ length: l }, (_, i) => String.fromCodePoint(0x80 + ((i * 7919) % 0x10ff00))).join('').slice(0, l) },
  { name: 'titles full of personal data', text: (l) => repeat('张三 138-0013-8000 wang@example.com 91340600MA2PBP2120 2026-12-05 ', l) },
  { name: 'many names (10,000), text of names', text: (l) => repeat('焦作abc机械有限公司反映', l), names },
  { name: 'one name repeated, text of it', text: (l) => repeat('a', l), names: Array.from({ length: 200 }, (_, i) => 'a'.repeat(i + 2)) },
];

/** The slowest of three runs, in milliseconds (the first folds code points not seen before: the cold cost counts). */
function time(text: string, options: { readonly names: readonly string[] } | undefined): number {
  let worst = 0;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    maskPersonalData(text, options);
    worst = Math.max(worst, performance.now() - t0);
  }
  return worst;
}

maskPersonalData(repeat('张三 138-0013-8000 wang@example.com 91340600MA2PBP2120 ', 10_000)); // warm up
for (const [label, length] of [['100,000 characters', 100_000], ['1 MB', MB]] as const) {
  process.stdout.write(`\nmaskPersonalData, ${label}:\n`);
  let worst = { name: '', ms: 0 };
  for (const shape of shapes) {
    const ms = time(shape.text(length), shape.names === undefined ? undefined : { names: shape.names });
    process.stdout.write(`  ${shape.name}: ${ms.toFixed(0)} ms\n`);
    if (ms > worst.ms) worst = { name: shape.name, ms };
  }
  process.stdout.write(`worst, ${label}: ${worst.ms.toFixed(0)} ms (${worst.name}; budget ${BUDGET_MS} ms): ${worst.ms <= BUDGET_MS ? 'within budget' : 'OVER BUDGET'}\n`);
}

// Real titles: the old pass is a pair of regular expressions, linear on them; the new one folds and scans.
const titles = Array.from({ length: 10_000 }, (_, i) =>
  [`用电增容，联系王先生 138-0013-${String(8000 + (i % 1000)).padStart(4, '0')}`, '2026-10-09 前完成，增容 500 千伏安', `邮箱 li.si+${i}@mail.example.com.cn。`, '融资需求 1,234,567.89 元'][i % 4] as string,
);
compare(
  'Masking 10,000 real titles',
  { label: 'maskPersonalData (one pass, folded)', count: titles.length, run: (n) => { let s = 0; for (let i = 0; i < n; i++) s += maskPersonalData(titles[i] as string).length; return s; } },
  { label: 'old-regex maskContactData (before Part 9)', count: titles.length, run: (n) => { let s = 0; for (let i = 0; i < n; i++) s += oldMask(titles[i] as string).length; return s; } },
);

// The adversarial shape: 20,000 letters without '@' (the old e-mail expression retries from every letter).
const letters = repeat('a', 20_000);
compare(
  "Masking 20,000 letters without '@'",
  { label: 'maskPersonalData (linear)', count: 1, run: () => maskPersonalData(letters) },
  { label: 'old-regex maskContactData (quadratic)', count: 1, run: () => oldMask(letters) },
  3,
);
