/**
 * The documentation examples runner: finds every example, type-checks it against the real types,
 * and turns it into a function the tests run, checking the results written in its comments.
 *
 * Where examples come from:
 * - every fenced `ts` block after an `@example` tag in the TSDoc of a top-level declaration of
 *   `src/**` (not `src/internal/`) whose name is exported by the public API (`qinqing` or one of its
 *   subpaths); such an example uses the public names without importing them;
 * - every fenced `ts` block of `docs/guides/*.md`, which imports what it uses from `qinqing`,
 *   `qinqing/<subpath>` or another package. A block whose info string is `ts continued` continues
 *   the block before it (one scope, one example).
 *
 * Placeholders: a TSDoc example may use a name that is neither declared in it nor public — `issue`,
 * `issues`, `office`, … — when `test/docs/fixtures.ts` exports a value of that name (see
 * {@link placeholderOverrides} for files that need another value). Guides may not: they run as
 * written. The testing kit's examples may use `fc` (fast-check) without importing it.
 *
 * Results in comments: a statement `expr; // <literal>`, `const x = expr; // <literal>` or
 * `console.log(a, b); // <literal> <literal>` is checked when the comment starts with a JS literal
 * (string, number, boolean, null, undefined, NaN, array, object). Text after the literal is prose
 * when it starts with `:`, `,` or `;` and a space, or with a space and then no operator, and is ignored
 * (`// true: 4 > 3`; but `// 09:00` and `// 1,000` are prose).
 * `…` means "anything more": `{ ok: true, … }` (other keys), `[1, …]` (more items), `'### Title…'`
 * (any text). A comment on the line right after a statement (which has none of its own) is checked
 * only when the whole comment is a literal. Any other comment is prose (`// e.g. 23`). Statements
 * inside function bodies are not checked; every checked comment must be reached when the example runs.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** One example, as found in a source file or a guide. */
export interface DocExample {
  /** Repository-relative path with `/`. */
  readonly file: string;
  /** The 1-based line in `file` of the example's first code line. */
  readonly line: number;
  /** The documented symbol (TSDoc) or the nearest heading (guides). */
  readonly name: string;
  /** Where it comes from. */
  readonly kind: 'tsdoc' | 'guide';
  /** The code. */
  readonly code: string;
  /** The 1-based line in `file` of each line of `code`. */
  readonly lines: readonly number[];
}

/** A TSDoc example left out, and why. */
export interface SkippedExample {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly reason: string;
}

/** The names a module exports, split into values and types. */
export interface ModuleNames {
  readonly values: ReadonlySet<string>;
  readonly types: ReadonlySet<string>;
}

/** The public API: names by specifier (`qinqing`, `qinqing/calendar`, …). */
export type PublicApi = ReadonlyMap<string, ModuleNames>;

/** Files whose examples take a placeholder from another export of the fixtures: file → placeholder → export. */
export const placeholderOverrides: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'src/issue/recurrence.ts': { issues: 'recurrenceIssues' },
  'src/issue/batch.ts': { issues: 'lishuiBatchIssues' },
  'src/report/summary.ts': { issues: 'lishuiBatchIssues' },
  'src/meeting/agenda.ts': { issues: 'agendaIssues' },
  'src/report/ledger.ts': { issues: 'lishuiBatchIssues' },
  'src/access/redact.ts': { issue: 'autumnIssue' },
  'src/issue/supervision-steps.ts': { issue: 'jointlySupervisedIssue' },
  'src/campaign/render.ts': { report: 'lishuiReport' },
};

/** Packages a TSDoc example may use without importing them, as `import * as name from specifier`: fast-check for the testing kit. */
export const implicitPackages: Readonly<Record<string, string>> = { fc: 'fast-check' };

/** The fixtures module, relative to the repository root. */
export const fixturesFile = 'test/docs/fixtures.ts';

const posix = (p: string): string => p.split(path.sep).join('/');
const read = (rel: string): string => readFileSync(path.join(repoRoot, rel), 'utf8');

// ---------------------------------------------------------------------------------------------
// The public API, read from the barrels (explicit export lists, as STYLE.md asks)

/** The specifiers of the package and the source file of each, from `exports` in package.json. */
export function publicEntryPoints(): ReadonlyMap<string, string> {
  const pkg = JSON.parse(read('package.json')) as { name: string; exports: Record<string, unknown> };
  const out = new Map<string, string>();
  for (const key of Object.keys(pkg.exports)) {
    if (key === '.') out.set(pkg.name, 'src/index.ts');
    else if (/^\.\/[a-z-]+$/.test(key)) out.set(`${pkg.name}/${key.slice(2)}`, `src/${key.slice(2)}/index.ts`);
  }
  return out;
}

function barrelNames(rel: string, seen = new Set<string>()): { values: Set<string>; types: Set<string> } {
  const values = new Set<string>();
  const types = new Set<string>();
  if (seen.has(rel)) return { values, types };
  seen.add(rel);
  const sf = ts.createSourceFile(rel, read(rel), ts.ScriptTarget.Latest, true);
  for (const s of sf.statements) {
    if (!ts.isExportDeclaration(s) || s.moduleSpecifier === undefined || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const target = posix(path.join(path.dirname(rel), s.moduleSpecifier.text.replace(/\.js$/, '.ts')));
    if (s.exportClause === undefined) {
      const inner = barrelNames(target, seen);
      for (const v of inner.values) values.add(v);
      for (const t of inner.types) types.add(t);
    } else if (ts.isNamedExports(s.exportClause)) {
      for (const e of s.exportClause.elements) (s.isTypeOnly || e.isTypeOnly ? types : values).add(e.name.text);
    }
  }
  return { values, types };
}

/** The names each public entry point exports, read from its barrel file. */
export function publicApi(): PublicApi {
  const out = new Map<string, ModuleNames>();
  for (const [specifier, file] of publicEntryPoints()) out.set(specifier, barrelNames(file));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Extraction

function walkFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
    const rel = posix(path.join(dir, entry.name));
    if (entry.isDirectory()) walkFiles(rel, out);
    else out.push(rel);
  }
  return out.sort();
}

function declaredName(s: ts.Statement): string | null {
  if (ts.isVariableStatement(s)) {
    const d = s.declarationList.declarations[0];
    return d !== undefined && ts.isIdentifier(d.name) ? d.name.text : null;
  }
  if (
    (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) || ts.isEnumDeclaration(s)) &&
    s.name !== undefined
  ) {
    return s.name.text;
  }
  return null;
}

/** The `@example` blocks of one TSDoc comment: code and the file line of each code line. */
function examplesOfComment(text: string, firstLine: number): { code: string[]; lines: number[] }[] {
  const raw = text.split('\n');
  const out: { code: string[]; lines: number[] }[] = [];
  let inExample = false;
  let block: { code: string[]; lines: number[] } | null = null;
  raw.forEach((l, i) => {
    const body = l.replace(/^\s*(\/\*\*|\*\/|\*)\s?/, '');
    if (block !== null) {
      if (/^```\s*$/.test(body)) {
        out.push(block);
        block = null;
      } else {
        block.code.push(body);
        block.lines.push(firstLine + i);
      }
      return;
    }
    if (/^@example\b/.test(body)) inExample = true;
    else if (/^@\w+/.test(body)) inExample = false;
    else if (inExample && /^```(ts|typescript)\s*$/.test(body)) block = { code: [], lines: [] };
  });
  return out;
}

/**
 * The TSDoc examples of `src/**` (not `src/internal/`), with those of non-public symbols set aside.
 *
 * @param api - The public API, for the rule that only exported symbols count.
 * @returns The examples and the skipped ones.
 */
export function tsdocExamples(api: PublicApi): { examples: DocExample[]; skipped: SkippedExample[] } {
  const publicNames = new Set<string>();
  for (const m of api.values()) for (const n of [...m.values, ...m.types]) publicNames.add(n);
  const examples: DocExample[] = [];
  const skipped: SkippedExample[] = [];
  for (const file of walkFiles('src')) {
    if (!file.endsWith('.ts') || file.startsWith('src/internal/')) continue;
    const text = read(file);
    if (!text.includes('@example')) continue;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    for (const s of sf.statements) {
      const ranges = ts.getLeadingCommentRanges(text, s.pos) ?? [];
      const doc = ranges.filter((r) => text.startsWith('/**', r.pos)).at(-1);
      if (doc === undefined) continue;
      const firstLine = sf.getLineAndCharacterOfPosition(doc.pos).line + 1;
      const name = declaredName(s) ?? '(anonymous)';
      for (const block of examplesOfComment(text.slice(doc.pos, doc.end), firstLine)) {
        const line = block.lines[0] ?? firstLine;
        if (!publicNames.has(name)) {
          skipped.push({ file, line, name, reason: 'not exported by the public API' });
          continue;
        }
        examples.push({ file, line, name, kind: 'tsdoc', code: block.code.join('\n'), lines: block.lines });
      }
    }
  }
  return { examples, skipped };
}

/** The guides, `docs/guides/*.md`, repository-relative. */
export function guideFiles(): string[] {
  return walkFiles('docs/guides').filter((f) => f.endsWith('.md'));
}

/**
 * The `ts` blocks of one Markdown file: each block is an example, except that a block opened with
 * ```` ```ts continued ```` is appended to the one before it.
 *
 * @param file - Repository-relative path.
 * @param text - The file's text (read from disk when omitted).
 * @returns The examples, in order.
 */
export function markdownExamples(file: string, text = read(file)): DocExample[] {
  const out: { file: string; line: number; name: string; kind: 'guide'; code: string[]; lines: number[] }[] = [];
  let heading = path.basename(file);
  let fence: { marker: string; ts: boolean; continued: boolean; code: string[]; lines: number[] } | null = null;
  text.split('\n').forEach((l, i) => {
    if (fence !== null) {
      if (l.trim() === fence.marker) {
        const f = fence;
        fence = null;
        if (!f.ts) return;
        const last = out.at(-1);
        if (f.continued && last !== undefined) {
          last.code.push(...f.code);
          last.lines.push(...f.lines);
        } else {
          out.push({ file, line: f.lines[0] ?? i, name: heading, kind: 'guide', code: f.code, lines: f.lines });
        }
      } else {
        fence.code.push(l);
        fence.lines.push(i + 1);
      }
      return;
    }
    const open = /^(`{3,}|~{3,})\s*([\w-]*)\s*(.*)$/.exec(l.trim());
    if (open !== null) {
      const [, marker = '```', lang = '', info = ''] = open;
      fence = { marker, ts: lang === 'ts' || lang === 'typescript', continued: /\bcontinued\b/.test(info), code: [], lines: [] };
      return;
    }
    const h = /^#{1,6}\s+(.*)$/.exec(l);
    if (h !== null) heading = (h[1] ?? '').trim();
  });
  return out.map((e) => ({ ...e, code: e.code.join('\n') }));
}

/** Every example: the public TSDoc ones, then the guides'. */
export function allExamples(api: PublicApi = publicApi()): { examples: DocExample[]; skipped: SkippedExample[] } {
  const { examples, skipped } = tsdocExamples(api);
  for (const g of guideFiles()) examples.push(...markdownExamples(g));
  return { examples, skipped };
}

/** A readable id: `file:line (name)`. */
export const exampleId = (e: { file: string; line: number; name: string }): string => `${e.file}:${e.line} (${e.name})`;

// ---------------------------------------------------------------------------------------------
// Names an example uses and declares

function bindingNames(name: ts.BindingName, out: Set<string>): void {
  if (ts.isIdentifier(name)) out.add(name.text);
  else for (const el of name.elements) if (!ts.isOmittedExpression(el)) bindingNames(el.name, out);
}

/** Names declared at the top level of an example (variables, functions, classes, types, imports). */
function topLevelNames(sf: ts.SourceFile): Set<string> {
  const out = new Set<string>();
  for (const s of sf.statements) {
    if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) bindingNames(d.name, out);
    else if (ts.isImportDeclaration(s)) {
      const c = s.importClause;
      if (c?.name !== undefined) out.add(c.name.text);
      const b = c?.namedBindings;
      if (b !== undefined && ts.isNamespaceImport(b)) out.add(b.name.text);
      if (b !== undefined && ts.isNamedImports(b)) for (const e of b.elements) out.add(e.name.text);
    } else {
      const n = declaredName(s);
      if (n !== null) out.add(n);
    }
  }
  return out;
}

/** Identifiers used as references anywhere in an example (over-approximated: shadowing is ignored). */
function referencedNames(sf: ts.SourceFile): Set<string> {
  const out = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const p = node.parent as ts.Node & { name?: ts.Node; propertyName?: ts.Node };
      const isName = p.name === node && !ts.isShorthandPropertyAssignment(p);
      const isPropertyName = p.propertyName === node;
      const isRight = ts.isQualifiedName(p) && p.right === node;
      if (!isName && !isPropertyName && !isRight) out.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Where each name an example uses without declaring it comes from. */
export interface ImplicitImports {
  /** Specifier → value and type names. */
  readonly api: ReadonlyMap<string, { values: string[]; types: string[] }>;
  /** Placeholder name → export of the fixtures module. */
  readonly fixtures: ReadonlyMap<string, string>;
  /** Namespace name → package ({@link implicitPackages}). */
  readonly packages?: ReadonlyMap<string, string>;
}

const parse = (code: string): ts.SourceFile => ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

/**
 * The implicit imports of a TSDoc example: each name it uses but does not declare, from the
 * example's own subpath when it exports it, else from the package root, else from the first other
 * subpath that exports it (in the order of package.json `exports`; never `qinqing/testing` unless
 * the example is the testing kit's), else from the fixtures. The files of `src/` that are no
 * subpath of their own (`core`, `vocabulary`, `supervision`, `labels.ts`) thus reach the names of
 * the subpaths that export their declarations.
 *
 * @param example - The example (guides have none: they import what they use).
 * @param api - The public API.
 * @param fixtureNames - The value exports of the fixtures module.
 * @returns The imports.
 */
export function implicitImports(example: DocExample, api: PublicApi, fixtureNames: ReadonlySet<string>): ImplicitImports {
  const result = { api: new Map<string, { values: string[]; types: string[] }>(), fixtures: new Map<string, string>(), packages: new Map<string, string>() };
  if (example.kind !== 'tsdoc') return result;
  const sf = parse(example.code);
  const declared = topLevelNames(sf);
  const root = [...publicEntryPoints().keys()][0] as string;
  const concept = /^src\/([^/]+)\//.exec(example.file)?.[1];
  const own = concept === undefined ? null : `${root}/${concept}`;
  const others = [...api.keys()].filter((s) => s !== own && s !== root && s !== `${root}/testing`);
  const order = [own, root, ...others].filter((s): s is string => s !== null && api.has(s));
  const overrides = placeholderOverrides[example.file] ?? {};
  for (const name of [...referencedNames(sf)].sort()) {
    if (declared.has(name)) continue;
    const from = order.find((s) => api.get(s)?.values.has(name) === true || api.get(s)?.types.has(name) === true);
    if (from !== undefined) {
      const m = api.get(from) as ModuleNames;
      const entry = result.api.get(from) ?? { values: [], types: [] };
      (m.values.has(name) ? entry.values : entry.types).push(name);
      result.api.set(from, entry);
      continue;
    }
    const fixture = Object.hasOwn(overrides, name) ? (overrides[name] as string) : name;
    if (fixtureNames.has(fixture)) result.fixtures.set(name, fixture);
    else if (Object.hasOwn(implicitPackages, name)) result.packages.set(name, implicitPackages[name] as string);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Results written in comments: a small parser of JS literals with `…`

/** In an array pattern: any further items; as a key of an object pattern: any further keys. */
export const REST = '…';
const REST_KEY = Symbol('…');

/** A string pattern with `…` standing for any text. */
export class Glob {
  readonly regex: RegExp;
  constructor(readonly text: string) {
    const parts = text.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.regex = new RegExp(`^${parts.join('[\\s\\S]*')}$`);
  }
}

type Parsed = { value: unknown; end: number } | null;

class LiteralParser {
  constructor(private readonly s: string) {}

  private ws(i: number): number {
    while (i < this.s.length && /\s/.test(this.s[i] as string)) i++;
    return i;
  }

  value(start: number, allowRest = false): Parsed {
    const s = this.s;
    const i = this.ws(start);
    const c = s[i];
    if (c === undefined) return null;
    if (c === '…') return allowRest ? { value: REST, end: i + 1 } : null;
    if (c === "'" || c === '"') return this.string(i, c); // not `…`: a comment may start with code in backticks
    if (c === '[') return this.array(i);
    if (c === '{') return this.object(i);
    const num = /^[-+]?(?:(?:0|[1-9][\d_]*)(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/.exec(s.slice(i)); // no 09: a time, not a number
    if (num !== null && !/[\w$]/.test(s[i + num[0].length] ?? '')) return { value: Number(num[0].replace(/_/g, '')), end: i + num[0].length };
    const word = /^-?[A-Za-z_$][\w$]*/.exec(s.slice(i));
    if (word === null) return null;
    const words: Record<string, unknown> = { true: true, false: false, null: null, undefined, NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };
    if (!Object.hasOwn(words, word[0])) return null;
    return { value: words[word[0]], end: i + word[0].length };
  }

  private string(i: number, quote: string): Parsed {
    const s = this.s;
    let out = '';
    for (let j = i + 1; j < s.length; j++) {
      const c = s[j] as string;
      if (c === quote) return { value: out.includes('…') ? new Glob(out) : out, end: j + 1 };
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = s[++j];
      if (e === undefined) return null;
      const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };
      if (Object.hasOwn(simple, e)) out += simple[e];
      else if (e === 'u' || e === 'x') {
        const m = e === 'x' ? /^[0-9a-fA-F]{2}/.exec(s.slice(j + 1)) : /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(s.slice(j + 1));
        if (m === null) return null;
        out += String.fromCodePoint(parseInt(m[0].replace(/[{}]/g, ''), 16));
        j += m[0].length;
      } else out += e;
    }
    return null;
  }

  private array(i: number): Parsed {
    const items: unknown[] = [];
    let j = this.ws(i + 1);
    if (this.s[j] === ']') return { value: items, end: j + 1 };
    for (;;) {
      const v = this.value(j, true);
      if (v === null) return null;
      items.push(v.value);
      j = this.ws(v.end);
      if (this.s[j] === ',') {
        j = this.ws(j + 1);
        if (this.s[j] === ']') return { value: items, end: j + 1 };
        if (v.value === REST) return null;
        continue;
      }
      if (this.s[j] === ']') return { value: items, end: j + 1 };
      return null;
    }
  }

  private object(i: number): Parsed {
    const out: Record<string | symbol, unknown> = {};
    let j = this.ws(i + 1);
    if (this.s[j] === '}') return { value: out, end: j + 1 };
    for (;;) {
      j = this.ws(j);
      if (this.s[j] === '…') {
        out[REST_KEY] = true;
        j = this.ws(j + 1);
      } else {
        let key: string;
        const id = /^[A-Za-z_$][\w$]*/.exec(this.s.slice(j));
        if (id !== null) {
          key = id[0];
          j += key.length;
        } else {
          const k = this.value(j);
          if (k === null || !(typeof k.value === 'string' || typeof k.value === 'number')) return null;
          key = String(k.value);
          j = k.end;
        }
        j = this.ws(j);
        if (this.s[j] !== ':') return null;
        const v = this.value(j + 1);
        if (v === null || v.value === REST) return null;
        out[key] = v.value;
        j = this.ws(v.end);
      }
      if (this.s[j] === ',') {
        j = this.ws(j + 1);
        if (this.s[j] === '}') return { value: out, end: j + 1 };
        continue;
      }
      if (this.s[j] === '}') return { value: out, end: j + 1 };
      return null;
    }
  }
}

/** Whether the text after a literal is prose (or nothing): not an operator that would continue an expression. */
const isProse = (rest: string): boolean => rest.trim() === '' || /^[:,;](\s|$)/.test(rest) || /^\s+(?![-+*/%<>=!&|?^.~[])/.test(rest);

/**
 * Reads the expected results at the start of a comment: `count` literals separated by white
 * space, then nothing or prose.
 *
 * @param comment - The comment's text, without `//`.
 * @param count - How many literals (1, or the number of `console.log` arguments).
 * @param whole - Whether the comment must hold nothing but the literals.
 * @returns The patterns, or null when the comment is prose.
 */
export function parseExpected(comment: string, count = 1, whole = false): unknown[] | null {
  const p = new LiteralParser(comment);
  const values: unknown[] = [];
  let end = 0;
  for (let k = 0; k < count; k++) {
    if (k > 0 && !/^\s/.test(comment.slice(end))) return null;
    const v = p.value(end);
    if (v === null || v.value === REST) return null;
    values.push(v.value);
    end = v.end;
  }
  const rest = comment.slice(end);
  if (whole ? rest.trim() !== '' : !isProse(rest)) return null;
  return values;
}

/**
 * Compares a value with a pattern from a comment: deep equality of plain data, where `…` allows
 * more (array items, object keys, text), numbers compare exactly (`NaN` equals `NaN`), and a key
 * whose value is `undefined` counts as absent.
 *
 * @param actual - The value the example produced.
 * @param pattern - The pattern, from {@link parseExpected}.
 * @param where - The path so far, for the message.
 * @returns null when it matches, else where and how it differs.
 */
export function mismatch(actual: unknown, pattern: unknown, where = ''): string | null {
  const at = where === '' ? 'the value' : where;
  if (pattern instanceof Glob) return typeof actual === 'string' && pattern.regex.test(actual) ? null : `${at} does not match '${pattern.text}'`;
  if (Array.isArray(pattern)) {
    if (!Array.isArray(actual)) return `${at} is not an array`;
    const open = pattern.at(-1) === REST;
    const items = open ? pattern.slice(0, -1) : pattern;
    if (open ? actual.length < items.length : actual.length !== items.length) return `${at} has ${actual.length} items, expected ${open ? 'at least ' : ''}${items.length}`;
    for (let i = 0; i < items.length; i++) {
      const m = mismatch(actual[i], items[i], `${where}[${i}]`);
      if (m !== null) return m;
    }
    return null;
  }
  if (pattern !== null && typeof pattern === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return `${at} is not an object`;
    const expected = pattern as Record<string | symbol, unknown>;
    const got = actual as Record<string, unknown>;
    for (const k of Object.keys(expected)) {
      const m = mismatch(got[k], expected[k], `${where}.${k}`);
      if (m !== null) return m;
    }
    if (expected[REST_KEY] !== true) {
      const extra = Object.keys(got).filter((k) => got[k] !== undefined && !Object.hasOwn(expected, k));
      if (extra.length > 0) return `${at} has unexpected keys ${extra.join(', ')}`;
    }
    return null;
  }
  return Object.is(actual, pattern) || (actual === 0 && pattern === 0) ? null : `${at} is ${String(actual)}, expected ${String(pattern)}`;
}

// ---------------------------------------------------------------------------------------------
// Turning an example into something that runs

/** One result comment of an example. */
export interface ResultCheck {
  /** The file line of the comment. */
  readonly line: number;
  /** The comment's text. */
  readonly comment: string;
  /** The pattern. */
  readonly pattern: unknown;
}

/** An example ready to run: the body of `async (__import, __check, console) => { … }`, in JS. */
export interface RunnableExample {
  readonly js: string;
  readonly checks: readonly ResultCheck[];
  /** Comments that follow a statement but were read as prose. */
  readonly proseComments: number;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Finds the result comments of an example and the edits that check them.
 *
 * @param example - The example.
 * @returns The checks, the edits to the example's code, and the number of prose comments.
 */
export function resultChecks(example: DocExample): { checks: ResultCheck[]; edits: Edit[]; proseComments: number } {
  const code = example.code;
  const sf = parse(code);
  const lines = code.split('\n');
  const checks: ResultCheck[] = [];
  const edits: Edit[] = [];
  let proseComments = 0;
  const lineOf = (pos: number): number => sf.getLineAndCharacterOfPosition(pos).line;
  const add = (pattern: unknown, atLine: number, comment: string): number => {
    checks.push({ line: example.lines[atLine] ?? example.line, comment: comment.trim(), pattern });
    return checks.length - 1;
  };
  const commentAfter = (stmt: ts.Statement): { text: string; line: number; whole: boolean } | null => {
    const endLine = lineOf(stmt.getEnd());
    const lineEnd = sf.getLineEndOfPosition(stmt.getEnd());
    const same = /^\s*\/\/(.*)$/.exec(code.slice(stmt.getEnd(), lineEnd));
    if (same !== null) return { text: same[1] ?? '', line: endLine, whole: false };
    if (code.slice(stmt.getEnd(), lineEnd).trim() !== '') return null;
    const next: string[] = [];
    for (let l = endLine + 1; l < lines.length; l++) {
      const m = /^\s*\/\/(.*)$/.exec(lines[l] as string);
      if (m === null) break;
      next.push(m[1] ?? '');
    }
    return next.length === 0 ? null : { text: next.join(' '), line: endLine + 1, whole: true };
  };
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) {
      const c = commentAfter(node);
      if (c !== null) {
        const before = checks.length;
        checkStatement(node, c);
        if (checks.length === before) proseComments++;
      }
    }
    ts.forEachChild(node, visit);
  };
  const checkStatement = (node: ts.ExpressionStatement | ts.VariableStatement, c: { text: string; line: number; whole: boolean }): void => {
    if (ts.isVariableStatement(node)) {
      const decls = node.declarationList.declarations;
      const d = decls[0];
      if (decls.length !== 1 || d === undefined || !ts.isIdentifier(d.name) || d.initializer === undefined) return;
      const expected = parseExpected(c.text, 1, c.whole);
      if (expected === null) return;
      const n = add(expected[0], c.line, c.text);
      edits.push({ start: node.getEnd(), end: node.getEnd(), text: ` __check(${n}, ${d.name.text});` });
      return;
    }
    const e = node.expression;
    const isLog =
      ts.isCallExpression(e) &&
      ts.isPropertyAccessExpression(e.expression) &&
      ts.isIdentifier(e.expression.expression) &&
      e.expression.expression.text === 'console' &&
      e.arguments.length > 0;
    if (isLog) {
      const args = e.arguments;
      const expected = parseExpected(c.text, args.length, c.whole);
      if (expected === null) return;
      args.forEach((a, k) => {
        const n = add(expected[k], c.line, c.text);
        edits.push({ start: a.getStart(sf), end: a.getStart(sf), text: `__check(${n}, (` });
        edits.push({ start: a.getEnd(), end: a.getEnd(), text: '))' });
      });
      return;
    }
    const expected = parseExpected(c.text, 1, c.whole);
    if (expected === null) return;
    const n = add(expected[0], c.line, c.text);
    edits.push({ start: e.getStart(sf), end: e.getStart(sf), text: `__check(${n}, (` });
    edits.push({ start: e.getEnd(), end: e.getEnd(), text: '))' });
  };
  for (const s of sf.statements) visit(s);
  return { checks, edits, proseComments };
}

/**
 * Turns an example into JS that runs: its imports become calls of `__import(specifier)`, a TSDoc
 * example receives its implicit imports the same way (the fixtures as specifier `#fixtures`), and
 * each checked result goes through `__check(index, value)`.
 *
 * @param example - The example.
 * @param imports - Its implicit imports ({@link implicitImports}).
 * @returns The JS body and the checks.
 */
export function runnable(example: DocExample, imports: ImplicitImports): RunnableExample {
  const sf = parse(example.code);
  const { checks, edits, proseComments } = resultChecks(example);
  for (const s of sf.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const spec = JSON.stringify(s.moduleSpecifier.text);
    const c = s.importClause;
    const parts: string[] = [];
    if (c !== undefined && !c.isTypeOnly) {
      if (c.name !== undefined) parts.push(`const ${c.name.text} = (await __import(${spec})).default;`);
      const b = c.namedBindings;
      if (b !== undefined && ts.isNamespaceImport(b)) parts.push(`const ${b.name.text} = await __import(${spec});`);
      if (b !== undefined && ts.isNamedImports(b)) {
        const names = b.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName === undefined ? e.name.text : `${e.propertyName.text}: ${e.name.text}`));
        if (names.length > 0) parts.push(`const { ${names.join(', ')} } = await __import(${spec});`);
      }
    } else if (c === undefined) parts.push(`await __import(${spec});`);
    edits.push({ start: s.getStart(sf), end: s.getEnd(), text: parts.join(' ') });
  }
  let code = example.code;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) code = code.slice(0, e.start) + e.text + code.slice(e.end);
  const header: string[] = [];
  for (const [name, spec] of imports.packages ?? []) header.push(`const ${name} = await __import(${JSON.stringify(spec)});`);
  for (const [spec, names] of imports.api) if (names.values.length > 0) header.push(`const { ${names.values.join(', ')} } = await __import(${JSON.stringify(spec)});`);
  if (imports.fixtures.size > 0) {
    const names = [...imports.fixtures].map(([local, exported]) => (local === exported ? local : `${exported}: ${local}`));
    header.push(`const { ${names.join(', ')} } = await __import('#fixtures');`);
  }
  const wrapped = `async function __example(__import, __check, console) {${header.join(' ')}\n${code}\n}`;
  const js = ts.transpileModule(wrapped, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false, isolatedModules: true },
    fileName: 'example.ts',
  }).outputText;
  return { js, checks, proseComments };
}

// ---------------------------------------------------------------------------------------------
// Type-checking, once, with the compiler API

/** A compiler error in an example, at its place in the documentation. */
export interface ExampleDiagnostic {
  readonly example: DocExample;
  /** The file line of the error. */
  readonly line: number;
  readonly message: string;
}

/** The compiler options of the examples: the project's, with the package's specifiers mapped to `src/`. */
function exampleOptions(): ts.CompilerOptions {
  const configPath = path.join(repoRoot, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot);
  const paths: Record<string, string[]> = {};
  for (const [spec, file] of publicEntryPoints()) paths[spec] = [path.join(repoRoot, file)];
  return {
    ...parsed.options,
    noEmit: true,
    // An example may name a result it does not use again, to show it.
    noUnusedLocals: false,
    noUnusedParameters: false,
    paths,
  };
}

/**
 * Type-checks every example as its own module against the real types (`src/`), each TSDoc example
 * with its implicit imports, in one program.
 *
 * @param examples - The examples.
 * @param api - The public API.
 * @param fixtureNames - The value exports of the fixtures module.
 * @returns The errors, each at its place in the documentation.
 */
export function typecheckExamples(examples: readonly DocExample[], api: PublicApi, fixtureNames: ReadonlySet<string>): ExampleDiagnostic[] {
  const dir = path.join(repoRoot, 'test/docs/__examples__');
  const virtual = new Map<string, { example: DocExample; text: string; offset: number }>();
  examples.forEach((example, i) => {
    const imports = implicitImports(example, api, fixtureNames);
    const prelude: string[] = [];
    for (const [name, spec] of imports.packages ?? []) prelude.push(`import * as ${name} from ${JSON.stringify(spec)};`);
    for (const [spec, names] of imports.api) {
      prelude.push(`import { ${[...names.values, ...names.types.map((t) => `type ${t}`)].join(', ')} } from ${JSON.stringify(spec)};`);
    }
    if (imports.fixtures.size > 0) {
      const names = [...imports.fixtures].map(([local, exported]) => (local === exported ? local : `${exported} as ${local}`));
      prelude.push(`import { ${names.join(', ')} } from '../fixtures.js';`);
    }
    const offset = example.kind === 'tsdoc' ? 1 : 0;
    const head = example.kind === 'tsdoc' ? `${prelude.join(' ')}\n` : '';
    virtual.set(posix(path.join(dir, `example-${i}.ts`)), { example, text: `${head}${example.code}\nexport {};\n`, offset });
  });
  const options = exampleOptions();
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (name, language, onError, create) => {
    const v = virtual.get(posix(name));
    return v === undefined ? getSourceFile(name, language, onError, create) : ts.createSourceFile(name, v.text, language, true, ts.ScriptKind.TS);
  };
  host.fileExists = (name) => virtual.has(posix(name)) || fileExists(name);
  host.readFile = (name) => virtual.get(posix(name))?.text ?? readFile(name);
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options, host });
  const out: ExampleDiagnostic[] = [];
  for (const [name, v] of virtual) {
    const sf = program.getSourceFile(name);
    if (sf === undefined) continue;
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      const l = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line;
      const codeLine = l - v.offset;
      const line = codeLine < 0 ? v.example.line : (v.example.lines[codeLine] ?? v.example.line);
      out.push({ example: v.example, line, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') });
    }
  }
  for (const d of program.getOptionsDiagnostics()) out.push({ example: examples[0] as DocExample, line: 0, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') });
  return out;
}

/**
 * The value exports of the fixtures module, read from its source (`export const`/`export function`).
 *
 * @returns The names.
 */
export function fixtureNames(): Set<string> {
  const sf = ts.createSourceFile(fixturesFile, read(fixturesFile), ts.ScriptTarget.Latest, true);
  const out = new Set<string>();
  for (const s of sf.statements) {
    const exported = ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) bindingNames(d.name, out);
    else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name !== undefined) out.add(s.name.text);
  }
  return out;
}
