/**
 * The guides in docs/guides: their generated sections (the lifecycle diagram and table) are what
 * the functions print today, and their relative links lead somewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideFiles, repoRoot } from '../../scripts/docs-examples.js';
import { generatedGuides, renderGeneratedSections } from '../../scripts/docs-guides.js';
import { issueLifecycleMermaid } from '../../src/issue/index.js';

describe('generated sections of the guides', () => {
  it('the lifecycle guide embeds the diagram drawn from the transition table', () => {
    const text = readFileSync(path.join(repoRoot, 'docs/guides/issue-lifecycle.md'), 'utf8');
    expect(text).toContain(`<!-- generated: issueLifecycleMermaid('en') -->\n\n\`\`\`mermaid\n${issueLifecycleMermaid('en')}\n\`\`\`\n\n<!-- /generated -->`);
  });

  it.each(generatedGuides().map((g) => [g.file, g] as const))('%s is up to date (else run npm run docs:guides)', (_file, g) => {
    expect(g.current).toBe(g.expected);
  });

  it('rewrites a stale section and refuses an unknown generator', () => {
    const stale = "a\n<!-- generated: issueLifecycleMermaid('en') -->\nold picture\n<!-- /generated -->\nb";
    expect(renderGeneratedSections(stale).text).toBe(`a\n<!-- generated: issueLifecycleMermaid('en') -->\n\n\`\`\`mermaid\n${issueLifecycleMermaid('en')}\n\`\`\`\n\n<!-- /generated -->\nb`);
    expect(() => renderGeneratedSections('<!-- generated: nothing() -->\n<!-- /generated -->')).toThrow('no generator named nothing()');
  });
});

describe('links of the guides', () => {
  const files = [...guideFiles(), ...['docs/README.md', 'docs/api-map.md'].filter((f) => existsSync(path.join(repoRoot, f)))];
  it.each(files)('%s: every relative link leads to a file', (file) => {
    const text = readFileSync(path.join(repoRoot, file), 'utf8').replace(/```[\s\S]*?```/g, '');
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => (m[1] as string).split('#')[0] as string).filter((t) => t !== '' && !/^[a-z]+:/.test(t));
    const missing = targets.filter((t) => !existsSync(path.join(repoRoot, path.dirname(file), t)));
    expect(missing).toEqual([]);
  });
});
