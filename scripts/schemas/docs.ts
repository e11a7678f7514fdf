/**
 * The TSDoc comments of qinqing's schemas, read from the sources with TypeScript's parser (no type
 * checking): the comment above each exported value (`export const VisitSchema = …`, an enum
 * `export const IntakeChannel = …`) and type (as `type:Tally`) and the comment above each property of every object literal
 * (`/** The local date of the visit. *\/ date: CalendarDateSchema`). The JSON Schema generator
 * (scripts/json-schemas.ts) gives them to the schemas and their properties as `description`, so
 * the comments cost nothing in the runtime bundle.
 *
 * A zod object at run time does not know the literal it was written from, so {@link propertyDoc}
 * matches by keys: of the literals that document a key, the one whose keys are closest to the
 * object's (`extend`, `omit`, `partial` and spreads keep most of them), preferring a literal passed
 * to a call with a string argument that the object carries as a literal value (`command('submit',
 * {…})` builds the object whose `type` is `'submit'`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';

/** One object literal: its keys, the documented ones, and the string arguments of the call it is passed to. */
interface Literal {
  readonly keys: ReadonlySet<string>;
  readonly docs: ReadonlyMap<string, string>;
  readonly tags: readonly string[];
}

/** The documentation of the sources: exported values by name, and the object literals. */
export interface SourceDocs {
  /** The comment above `export const <name>` (by name) or `export type` / `export interface` (by `type:<name>`), as plain text and as written (without its tags). */
  readonly exports: ReadonlyMap<string, { readonly plain: string; readonly raw: string }>;
  /** Every object literal with at least one documented property. */
  readonly literals: readonly Literal[];
}

/** A TSDoc comment's text as written, without its tags (`@example`, `@category`, …). */
function untagged(comment: string): string {
  const body = comment
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n');
  return (body.split(/(?:^|\n)\s*@\w+/)[0] ?? '').trim();
}

/** `{@link X}` as `X`, `{@link X | text}` as `text`. */
export const unlinked = (text: string): string =>
  text.replace(/\{@link\s+([^}|\s]+)\s*\|\s*([^}]+)\}/g, '$2').replace(/\{@link\s+(?:[\w-]+!)?([^}\s]+)\s*\}/g, '$1');

/** A TSDoc comment as plain text: no tags, links as their text, one line. */
export function plainDoc(comment: string): string {
  return unlinked(untagged(comment)).replace(/\s+/g, ' ').trim();
}

/**
 * The text of a TSDoc comment (without its tags) as Markdown: links as their text, the lines of a
 * paragraph or of a list item joined, paragraphs and list items kept apart.
 */
export function markdownDoc(raw: string): string {
  const blocks: string[] = [];
  for (const line of unlinked(raw).split('\n')) {
    const t = line.trim();
    if (t === '') blocks.push('');
    else if (t.startsWith('- ') || blocks.length === 0 || blocks[blocks.length - 1] === '') blocks.push(t);
    else blocks[blocks.length - 1] = `${blocks[blocks.length - 1] as string} ${t}`;
  }
  return blocks
    .join('\n')
    .replace(/\n{2,}/g, '\n\n')
    .trim();
}

/** The last `/** … *\/` comment right before `node`, as written, or undefined. */
function leadingComment(node: ts.Node, text: string): string | undefined {
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const last = [...ranges].reverse().find((r) => text.startsWith('/**', r.pos));
  return last === undefined ? undefined : text.slice(last.pos, last.end);
}

/** The last `/** … *\/` comment right before `node`, as plain text, or undefined. */
function leadingDoc(node: ts.Node, text: string): string | undefined {
  const comment = leadingComment(node, text);
  const doc = comment === undefined ? '' : plainDoc(comment);
  return doc === '' ? undefined : doc;
}

const propertyName = (name: ts.PropertyName): string | undefined =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : undefined;

/** Every `.ts` file below `dir`. */
function sourceFiles(dir: URL): URL[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(new URL(`${e.name}/`, dir)) : e.name.endsWith('.ts') ? [new URL(e.name, dir)] : [],
  );
}

/** Reads the documentation of every source file below `srcDir` except the testing kit. */
export function readSourceDocs(srcDir: URL): SourceDocs {
  const exports = new Map<string, { readonly plain: string; readonly raw: string }>();
  const literals: Literal[] = [];
  for (const file of sourceFiles(srcDir)) {
    if (file.pathname.includes('/src/testing/')) continue;
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file.pathname, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isVariableStatement(node) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        const comment = leadingComment(node, text);
        const doc = comment === undefined ? undefined : { plain: plainDoc(comment), raw: untagged(comment) };
        for (const d of node.declarationList.declarations) if (doc !== undefined && doc.plain !== '' && ts.isIdentifier(d.name)) exports.set(d.name.text, doc);
      }
      if ((ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        const comment = leadingComment(node, text);
        if (comment !== undefined && plainDoc(comment) !== '') exports.set(`type:${node.name.text}`, { plain: plainDoc(comment), raw: untagged(comment) });
      }
      if (ts.isObjectLiteralExpression(node)) {
        const keys = new Set<string>();
        const docs = new Map<string, string>();
        for (const p of node.properties) {
          if (!(ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))) continue;
          const key = propertyName(p.name);
          if (key === undefined) continue;
          keys.add(key);
          const doc = leadingDoc(p, text);
          if (doc !== undefined) docs.set(key, doc);
        }
        const call = node.parent;
        const tags =
          ts.isCallExpression(call) ? call.arguments.filter((a): a is ts.StringLiteral => ts.isStringLiteral(a)).map((a) => a.text) : [];
        if (docs.size > 0) literals.push({ keys, docs, tags });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { exports, literals };
}

/**
 * The documentation of property `key` of an object with `keys`, whose literal-valued properties
 * hold `literalValues`, or undefined when no literal close enough documents it: a literal counts
 * when its keys are all the object's, or when at least half of the keys of both are shared.
 */
export function propertyDoc(docs: SourceDocs, keys: readonly string[], literalValues: readonly string[], key: string): string | undefined {
  const own = new Set(keys);
  let best: { readonly score: number; readonly doc: string } | undefined;
  for (const l of docs.literals) {
    const doc = l.docs.get(key);
    if (doc === undefined) continue;
    const shared = [...l.keys].filter((k) => own.has(k)).length;
    const union = l.keys.size + own.size - shared;
    const subset = shared === l.keys.size;
    const jaccard = shared / union;
    if (!subset && jaccard <= 0.5) continue;
    const tagged = l.tags.some((t) => literalValues.includes(t)) ? 1 : 0;
    const score = tagged + jaccard;
    if (best === undefined || score > best.score) best = { score, doc };
  }
  return best?.doc;
}
