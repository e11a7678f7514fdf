/**
 * qinqing's typedoc plugin (typedoc.json `plugin`).
 *
 * Links that name the module they point into, `{@link qinqing!QinqingError}` — the way to reach a
 * symbol that only the root entry exports (`QinqingError`, `unwrap`, `label`) or that the
 * comment's own module does not export:
 *
 * 1. The modules are named after the package's subpaths (`@module qinqing/calendar` in each
 *    barrel's top comment). Before that every entry was a module called `index`, and comments
 *    link `{@link index!QinqingError}`: such a link is read as `qinqing!QinqingError`.
 * 2. A module-qualified link without its own text shows the symbol's name (`QinqingError`), not
 *    the reference as written (`index!QinqingError`), as `preserveLinkText` would otherwise do.
 *
 * This runs at the end of conversion, before typedoc resolves the links, and only rewrites the
 * text of `{@link}` tags.
 *
 * Guides (typedoc.json `projectDocuments`, docs/guides/*.md): a guide without a `title` in front
 * matter is shown under its first `# heading` ("Getting started", not "getting-started"); its
 * page keeps the address its file name gives it (documents/getting-started.html).
 */
import { Converter, DocumentReflection, ReflectionKind, RendererEvent } from 'typedoc';

/** `index!Name`, `qinqing!Name.member`, `qinqing/calendar!Name`; no text of its own after `|`. */
const MODULE_LINK = /^\s*(index|qinqing(?:\/[a-z-]+)?)!([^\s|]+)\s*$/;

/**
 * Rewrites the module-qualified link tags of some comment parts in place.
 *
 * @param {readonly import('typedoc').CommentDisplayPart[] | undefined} parts - The parts.
 */
function rewrite(parts) {
  for (const part of parts ?? []) {
    if (part.kind !== 'inline-tag' || !part.tag.startsWith('@link')) continue;
    const m = MODULE_LINK.exec(part.text);
    if (m === null) continue;
    const [, module, path] = m;
    part.text = `${module === 'index' ? 'qinqing' : module}!${path} | ${path}`;
    // A target TypeScript resolved for the original text does not apply to the rewritten one.
    if (module === 'index') delete part.target;
  }
}

/**
 * Every comment of a reflection: its comment's summary and block tags, a document's content, a
 * module's readme.
 *
 * @param {import('typedoc').Reflection} reflection - The reflection.
 */
function rewriteReflection(reflection) {
  const { comment } = reflection;
  if (comment !== undefined) {
    rewrite(comment.summary);
    for (const tag of comment.blockTags) rewrite(tag.content);
  }
  if ('content' in reflection && Array.isArray(reflection.content)) rewrite(reflection.content);
  if ('readme' in reflection && Array.isArray(reflection.readme)) rewrite(reflection.readme);
}

/**
 * The plugin's entry point.
 *
 * @param {import('typedoc').Application} app - The typedoc application.
 */
export function load(app) {
  // After the pages have their addresses (documents/getting-started.html, from the file name),
  // so that only the title shown changes.
  app.renderer.on(RendererEvent.BEGIN, (event) => {
    for (const document of event.project.getReflectionsByKind(ReflectionKind.Document)) {
      if (!(document instanceof DocumentReflection) || document.frontmatter['title'] !== undefined) continue;
      const first = document.content[0];
      const heading = first?.kind === 'text' ? /^\s*# (.+)$/m.exec(first.text) : null;
      if (heading?.[1] !== undefined) document.name = heading[1].trim();
    }
  });
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      rewriteReflection(context.project);
      for (const reflection of Object.values(context.project.reflections)) rewriteReflection(reflection);
    },
    // typedoc resolves links at priority -300; run just before.
    -200,
  );
}
