/**
 * Lists the exported type aliases that TypeScript does not show by name: where a signature says
 * `calendar: WorkCalendar`, hovers, inferred declarations and the typedoc reference print the
 * alias's whole structure instead, because the alias names a type it did not create
 * (`type WorkCalendar = z.output<typeof WorkCalendarSchema>`: the object type is zod's). An
 * alias keeps its name when its right-hand side creates the type (an object literal, a union
 * written out, an intersection, a mapped or conditional type of qinqing's own such as
 * `DeepReadonly<…>`), and an interface always does.
 *
 * `tsx scripts/type-names.ts` prints each such alias with what it is and the usual fix:
 * - object: `export interface X extends <right-hand side> {}` (members stay the schema's);
 * - union of objects: one named interface per variant, `type X = A | B`;
 * - literal union: the union written out (`type X = 'a' | 'b'`) with the labels typed by it, or
 *   left as it is when short;
 * - primitive (`string`): left as it is, or `string & {}`, which TypeScript shows by name.
 *
 * `--json` prints the list as JSON.
 *
 * @module
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { entries } from '../tsup.config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Expanding {
  readonly name: string;
  readonly file: string;
  readonly kind: 'object' | 'union of objects' | 'literal union' | 'primitive' | 'other';
  readonly declaration: string;
}

const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  },
});
if (parsed === undefined) throw new Error('type-names: cannot read tsconfig.json');
const program = ts.createProgram({ rootNames: Object.values(entries).map((f) => path.join(root, f)), options: parsed.options });
const checker = program.getTypeChecker();

const literal = ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral | ts.TypeFlags.BooleanLiteral | ts.TypeFlags.Null | ts.TypeFlags.Undefined;

function kindOf(type: ts.Type): Expanding['kind'] {
  if (type.isUnion()) {
    if (type.types.every((t) => t.flags & literal)) return 'literal union';
    return type.types.some((t) => t.flags & ts.TypeFlags.Object) ? 'union of objects' : 'other';
  }
  if (type.flags & (ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.Boolean)) return 'primitive';
  if (type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) return 'object';
  return 'other';
}

const found = new Map<string, Expanding>();
for (const file of Object.values(entries)) {
  const source = program.getSourceFile(path.join(root, file));
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`type-names: cannot read ${file}`);
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.find(ts.isTypeAliasDeclaration);
    if (!(symbol.flags & ts.SymbolFlags.TypeAlias) || declaration === undefined || found.has(symbol.name)) continue;
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    if (type.aliasSymbol === symbol) continue; // shown by name
    found.set(symbol.name, {
      name: symbol.name,
      file: path.relative(root, declaration.getSourceFile().fileName),
      kind: kindOf(type),
      declaration: declaration.type.getText().replace(/\s+/g, ' '),
    });
  }
}

const list = [...found.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(list, null, 2));
} else {
  for (const kind of new Set(list.map((e) => e.kind))) {
    const of = list.filter((e) => e.kind === kind);
    console.log(`\n${kind} (${of.length})`);
    for (const e of of) console.log(`  ${e.name.padEnd(28)} ${e.declaration.slice(0, 70).padEnd(70)} ${e.file}`);
  }
  console.log(`\ntype-names: ${list.length} exported type aliases are shown expanded, not by name`);
}
