/** Small text-report helpers for the demo: headings and aligned tables that handle CJK widths. */

/** Display width of a string in a terminal: CJK and full-width characters take two columns. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    w += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6)
      ? 2
      : 1;
  }
  return w;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

/** Lines collected for the report. */
const out: string[] = [];

/** Adds a line (or several) to the report. */
export function line(...texts: string[]): void {
  out.push(...(texts.length === 0 ? [''] : texts));
}

/** A numbered section heading, in Chinese and English. */
export function heading(n: string, zh: string, en: string): void {
  const title = `${n}. ${zh} · ${en}`;
  line('', title, '═'.repeat(width(title)));
}

/** A sub-heading. */
export function subheading(zh: string, en: string): void {
  const title = `${zh} · ${en}`;
  line('', title, '─'.repeat(width(title)));
}

/** An aligned table with a header row. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const fmt = (r: readonly string[]): string => r.map((c, i) => pad(c, widths[i] ?? 0)).join('  ').trimEnd();
  line(fmt(header), widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of rows) line(fmt(r));
}

/** Prints the whole report to standard output. */
export function print(): void {
  process.stdout.write(`${out.join('\n')}\n`);
}
