/**
 * Generated sections of the guides: text between
 * `<!-- generated: NAME -->` and `<!-- /generated -->` in `docs/guides/*.md` is the output of the
 * generator NAME, written by this script, so that a picture of the code cannot drift from the code.
 *
 * `npm run docs:guides` writes the sections; `tsx scripts/docs-guides.ts --check` (part of
 * `npm run docs:check`) fails when one is stale, and so does test/docs/guides.test.ts.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { issueLifecycleMermaid, issueTransitionTableMarkdown } from '../src/issue/index.js';
import { guideFiles, repoRoot } from './docs-examples.js';
import { pgliteIssueStoreDdl } from '../examples/store/pglite.js';
import { sqliteIssueStoreDdl } from '../examples/store/sqlite.js';

const fence = (lang: string, body: string): string => `\`\`\`${lang}\n${body}\n\`\`\``;

/** The generators a guide may name, by name. */
export const generators: Readonly<Record<string, () => string>> = {
  "issueLifecycleMermaid('en')": () => fence('mermaid', issueLifecycleMermaid('en')),
  "issueLifecycleMermaid('zh-CN')": () => fence('mermaid', issueLifecycleMermaid('zh-CN')),
  "issueTransitionTableMarkdown('en')": () => issueTransitionTableMarkdown('en'),
  "issueTransitionTableMarkdown('zh-CN')": () => issueTransitionTableMarkdown('zh-CN'),
  pgliteIssueStoreDdl: () => fence('sql', pgliteIssueStoreDdl),
  sqliteIssueStoreDdl: () => fence('sql', sqliteIssueStoreDdl),
};

const SECTION = /(<!-- generated: (.+?) -->\n)([\s\S]*?)(<!-- \/generated -->)/g;

/**
 * A guide's text with every generated section rewritten from its generator.
 *
 * @param text - The guide's text.
 * @param file - Its path, for the error about an unknown generator.
 * @returns The text as it should be, and the names of the sections found.
 */
export function renderGeneratedSections(text: string, file = 'guide'): { text: string; sections: string[] } {
  const sections: string[] = [];
  const out = text.replace(SECTION, (_all, open: string, name: string, _body: string, close: string) => {
    const generate = generators[name];
    if (generate === undefined) throw new Error(`${file}: no generator named ${name}; known: ${Object.keys(generators).join(', ')}`);
    sections.push(name);
    return `${open}\n${generate()}\n\n${close}`; // blank lines: Markdown after an HTML comment
  });
  return { text: out, sections };
}

/** Each guide with generated sections: its path, current text and the text it should have. */
export function generatedGuides(): { file: string; current: string; expected: string; sections: string[] }[] {
  return guideFiles().flatMap((file) => {
    const current = readFileSync(path.join(repoRoot, file), 'utf8');
    const { text, sections } = renderGeneratedSections(current, file);
    return sections.length === 0 ? [] : [{ file, current, expected: text, sections }];
  });
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const g of generatedGuides()) {
    if (g.current === g.expected) continue;
    stale++;
    if (check) console.error(`${g.file}: generated sections are stale (${g.sections.join(', ')}); run npm run docs:guides`);
    else {
      writeFileSync(path.join(repoRoot, g.file), g.expected);
      console.log(`${g.file}: wrote ${g.sections.join(', ')}`);
    }
  }
  if (check && stale > 0) process.exit(1);
}
