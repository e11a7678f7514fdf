/**
 * Writes the type declarations of the built package: one self-contained file per entry point, in
 * both module flavours (`dist/calendar/index.d.ts` for `import`, `dist/calendar/index.d.cts` for
 * `require`), holding that entry's declarations under their real names. Called by tsup.config.ts
 * once the JavaScript is built (`npm run build`).
 *
 * 1. The TypeScript compiler emits declarations for `src/` into a temporary directory (and fails
 *    the build on any type error, as tsup's own `dts` step did).
 * 2. For each entry, rollup-plugin-dts bundles the entry's declaration file and everything it
 *    reaches inside qinqing into one file; zod and fast-check stay imports. One rollup
 *    run per entry, so there are no shared chunks: no hashed file names, no `as a` aliases.
 *
 * Types used by several entries (`WorkCalendar`, `Result`, `DomainError`, `Issue`, …) are therefore
 * declared once in each entry that needs them. TypeScript compares them structurally, so
 * a value typed from `qinqing/calendar` is accepted where `qinqing/issue` or `qinqing` expects the
 * same type; `test/types/cross-entry.test-d.ts` checks it against dist/. The rule this relies on:
 * no type declared in two entries may be nominal — a class with a `private`, `protected` or `#`
 * member, an `enum`, a `unique symbol` — or its copies stop being interchangeable; the build fails
 * when one is (`nominalDeclarations` below). A nominal type used by one entry only, such as
 * `qinqing/testing`'s `Tape`, is fine.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import ts from 'typescript';

/** Emits `src/` declarations into `outDir`; throws with the diagnostics on any error. */
function emitDeclarations(root: string, entryFiles: readonly string[], outDir: string): void {
  const configFile = path.join(root, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (parsed === undefined) throw new Error(`build-dts: cannot read ${configFile}`);
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationMap: false,
    sourceMap: false,
    rootDir: path.join(root, 'src'),
    declarationDir: outDir,
    outDir,
  };
  const program = ts.createProgram({ rootNames: entryFiles.map((f) => path.join(root, f)), options });
  const emitted = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].filter(
    (d) => d.category === ts.DiagnosticCategory.Error,
  );
  if (diagnostics.length > 0) {
    const host: ts.FormatDiagnosticsHost = {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => root,
      getNewLine: () => '\n',
    };
    throw new Error(`build-dts: type errors\n${ts.formatDiagnostics(diagnostics, host)}`);
  }
}

/**
 * The top-level declarations of a bundle that TypeScript compares nominally: classes with a
 * private, protected or `#` member, enums, and `unique symbol` constants.
 *
 * @param file - The bundle's name, for the parser.
 * @param code - The bundle.
 * @returns Each such declaration as `class Name`, `enum Name` or `unique symbol name`.
 */
export function nominalDeclarations(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isClassDeclaration(statement) && statement.name !== undefined) {
      const closed = statement.members.some(
        (m) =>
          (m.name !== undefined && ts.isPrivateIdentifier(m.name)) ||
          (ts.canHaveModifiers(m) &&
            (ts.getModifiers(m) ?? []).some(
              (mod) => mod.kind === ts.SyntaxKind.PrivateKeyword || mod.kind === ts.SyntaxKind.ProtectedKeyword,
            )),
      );
      if (closed) found.push(`class ${statement.name.text}`);
    } else if (ts.isEnumDeclaration(statement)) {
      found.push(`enum ${statement.name.text}`);
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        if (d.type !== undefined && /\bunique symbol\b/.test(d.type.getText(source))) found.push(`unique symbol ${d.name.getText(source)}`);
      }
    }
  }
  return found;
}

/**
 * Builds `dist/<name>.d.ts` and `dist/<name>.d.cts` for each entry of `entries` (tsup's entry map,
 * `{ 'calendar/index': 'src/calendar/index.ts', … }`).
 *
 * @param entries - Output name (without extension) → source entry file, relative to `root`.
 * @param options - `root`: the package directory; `outDir`: where to write, relative to `root`.
 */
export async function buildDts(
  entries: Readonly<Record<string, string>>,
  { root = process.cwd(), outDir = 'dist' }: { root?: string; outDir?: string } = {},
): Promise<void> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'qinqing-dts-'));
  try {
    emitDeclarations(root, Object.values(entries), tmp);
    const nominal = new Map<string, string[]>();
    await Promise.all(
      Object.entries(entries).map(async ([name, source]) => {
        const input = path.join(tmp, path.relative('src', source).replace(/\.ts$/, '.d.ts'));
        const bundle = await rollup({
          input,
          // Packages (zod, fast-check) stay imports; only qinqing's own files are bundled.
          external: (id) => !id.startsWith('.') && !path.isAbsolute(id),
          plugins: [dts({ respectExternal: true })],
          onLog(level, log, handler) {
            if (level === 'warn') throw new Error(`build-dts: ${name}: ${log.message}`);
            handler(level, log);
          },
        });
        const { output } = await bundle.generate({ format: 'es' });
        await bundle.close();
        if (output.length !== 1) throw new Error(`build-dts: ${name} did not bundle into one file`);
        const code = output[0].code;
        for (const declaration of nominalDeclarations(`${name}.d.ts`, code)) {
          nominal.set(declaration, [...(nominal.get(declaration) ?? []), name]);
        }
        const target = path.join(root, outDir, name);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(`${target}.d.ts`, code);
        writeFileSync(`${target}.d.cts`, code);
      }),
    );
    const shared = [...nominal].filter(([, inEntries]) => inEntries.length > 1);
    if (shared.length > 0) {
      throw new Error(
        `build-dts: nominal types declared in several entries, whose copies would not be interchangeable: ${shared.map(([n, e]) => `${n} (${e.sort().join(', ')})`).join('; ')}`,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
