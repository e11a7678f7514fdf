/**
 * Builds qinqing's JSON Schemas (draft 2020-12) from its public zod schemas, in memory: one file
 * per public schema that refers to the others with `$ref`, and one bundle with all of them under
 * `$defs`. scripts/json-schemas.ts writes them into `schemas/`; test/schemas-agreement.test.ts
 * checks them against the parsers. What each file carries, beyond `z.toJSONSchema`'s output:
 *
 * - an absolute `$id` (`https://qinqing.dev/schemas/<file>`) and `$ref`s to the other files by
 *   their names (`actor.json`), which resolve against it, so that `Actor` is written once;
 * - a `title` and a `description` on the schema and on each of its properties, from the TSDoc
 *   comments of the sources (scripts/schemas/docs.ts);
 * - the zh-CN and English labels of enum values (`x-enum-labels`, and `x-enum-descriptions` in the
 *   order of `enum`, which OpenAPI generators read);
 * - each discriminated union (the issue commands, the scoring curves, …) as a `oneOf` of named
 *   `$defs` with a `discriminator` (`propertyName` and `mapping`, as OpenAPI writes it), so that
 *   code generators make one class per kind instead of one class with every field optional;
 * - the rules the parsers check in code: in JSON Schema where it can say them, and listed in
 *   `x-qinqing-unexpressible` where it cannot (scripts/schemas/rules.ts).
 */
import { z } from 'zod';
import { markdownDoc, propertyDoc, unlinked, type SourceDocs } from './docs.js';
import { codeRules, type CodeRule, type JsonSchema } from './rules.js';

/** The base of every `$id`: an identifier, not an address a server has to answer at. */
export const SCHEMA_BASE = 'https://qinqing.dev/schemas/';

/** The file of the bundle, under `schemas/`. */
export const BUNDLE_FILE = 'qinqing.schema.json';

/**
 * The keywords qinqing adds to JSON Schema; a strict validator is told of them
 * (`ajv.addVocabulary(QINQING_KEYWORDS)`), others ignore them.
 */
export const QINQING_KEYWORDS = ['x-qinqing-unexpressible', 'x-enum-labels', 'x-enum-descriptions', 'discriminator'] as const;

/** A labelled enum as qinqing exports it: `{ values, labels, schema }`. */
interface LabelledEnum {
  readonly values: readonly string[];
  readonly labels: Readonly<Record<string, { readonly zh: string; readonly en: string }>>;
  readonly schema: z.ZodType;
}

const isEnum = (value: unknown): value is LabelledEnum =>
  typeof value === 'object' && value !== null && 'values' in value && 'labels' in value && 'schema' in value && value.schema instanceof z.ZodEnum;

/** The public schemas of the entry points: each `XxxSchema` export (as `Xxx`) and each enum's `schema`. */
export interface PublicSchemas {
  /** By name (`Issue`, `IntakeChannel`), in the order of their `XxxSchema` names. */
  readonly schemas: ReadonlyMap<string, z.ZodType>;
  /** The labelled enums, by name. */
  readonly enums: ReadonlyMap<string, LabelledEnum>;
}

/** Collects the public schemas of `modules` (entry point → its exports). */
export function collectSchemas(modules: Readonly<Record<string, Readonly<Record<string, unknown>>>>): PublicSchemas {
  const found = new Map<string, z.ZodType>();
  const enums = new Map<string, LabelledEnum>();
  for (const api of Object.values(modules)) {
    for (const [name, value] of Object.entries(api)) {
      if (name.endsWith('Schema') && value instanceof z.ZodType) found.set(name.replace(/Schema$/, ''), value);
      else if (/^[A-Z]/.test(name) && isEnum(value)) {
        found.set(name, value.schema);
        enums.set(name, value);
      }
    }
  }
  // In the order of the `XxxSchema` names (an enum's schema was `IntakeChannelSchema`), as always.
  const sorted = [...found].sort(([a], [b]) => (`${a}Schema` < `${b}Schema` ? -1 : 1));
  return { schemas: new Map(sorted), enums };
}

/** `IssueCommand` → `issue-command.json`. */
export const fileOf = (name: string): string => `${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.json`;

/** `enterpriseId` → `Enterprise id`. */
const titleOf = (key: string): string => {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

type Def = { readonly type: string; readonly [key: string]: unknown };
const defOf = (s: z.core.$ZodType): Def => s._zod.def as unknown as Def;
const inner = (s: z.core.$ZodType): z.core.$ZodType | undefined => defOf(s)['innerType'] as z.core.$ZodType | undefined;

/** The wrappers whose JSON Schema is their inner schema's (with a default, or not required). */
const LOOK_THROUGH = new Set(['optional', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** A custom check (`refine`, `superRefine`, `check(fn)`) of a schema, or a `preprocess` it starts with. */
function codeOf(s: z.core.$ZodType): unknown[] {
  const def = defOf(s);
  const checks = ((def['checks'] as z.core.$ZodCheck[] | undefined) ?? []).filter((c) => (c._zod.def as { check: string }).check === 'custom');
  const pipeIn = def.type === 'pipe' ? (def['in'] as z.core.$ZodType) : undefined;
  return pipeIn !== undefined && defOf(pipeIn).type === 'transform' ? [...checks, pipeIn] : checks;
}

/**
 * The place of every piece of rule code in the public schemas (see scripts/schemas/rules.ts): the
 * public schema that holds it and the path inside, not entering other public schemas.
 */
export function locateCodeRules(schemas: ReadonlyMap<string, z.ZodType>): Map<unknown, string> {
  const registered = new Set<unknown>(schemas.values());
  const places = new Map<unknown, string>();
  for (const [name, root] of schemas) {
    const seen = new Set<unknown>();
    const walk = (s: z.core.$ZodType, path: string): void => {
      if ((s !== root && registered.has(s)) || seen.has(s)) return;
      seen.add(s);
      for (const code of codeOf(s)) if (!places.has(code)) places.set(code, path);
      const def = defOf(s);
      const innerType = inner(s);
      if (innerType !== undefined) return walk(innerType, path);
      switch (def.type) {
        case 'object':
          for (const [k, v] of Object.entries(def['shape'] as Record<string, z.core.$ZodType>)) walk(v, `${path}.${k}`);
          return;
        case 'array':
          return walk(def['element'] as z.core.$ZodType, `${path}[]`);
        case 'union':
          (def['options'] as z.core.$ZodType[]).forEach((o, i) => walk(o, `${path}|${i}`));
          return;
        case 'record':
          return walk(def['valueType'] as z.core.$ZodType, `${path}{}`);
        case 'tuple':
          (def['items'] as z.core.$ZodType[]).forEach((o, i) => walk(o, `${path}(${i})`));
          return;
        case 'pipe':
          return walk(def['out'] as z.core.$ZodType, path);
        case 'intersection':
          walk(def['left'] as z.core.$ZodType, path);
          return walk(def['right'] as z.core.$ZodType, path);
        default:
          return;
      }
    };
    walk(root, name);
  }
  return places;
}

/** The built schemas: each file's schema by file name, the bundle, and the index (name → file). */
export interface BuiltSchemas {
  readonly files: ReadonlyMap<string, JsonSchema>;
  readonly bundle: JsonSchema;
  readonly index: Readonly<Record<string, string>>;
}

/** Calls `f` on every object inside `node` (itself included), depth first, parents before children. */
export function eachObject(node: unknown, f: (o: JsonSchema) => void): void {
  if (Array.isArray(node)) for (const x of node) eachObject(x, f);
  else if (node !== null && typeof node === 'object') {
    f(node as JsonSchema);
    for (const v of Object.values(node)) eachObject(v, f);
  }
}

/** The label of each enum value, from the smallest public enum that has all of `values`. */
function labelsFor(values: readonly string[], enums: ReadonlyMap<string, LabelledEnum>): LabelledEnum['labels'] | undefined {
  let best: LabelledEnum | undefined;
  for (const e of enums.values()) {
    if (values.every((v) => e.values.includes(v)) && (best === undefined || e.values.length < best.values.length)) best = e;
  }
  return best?.labels;
}

/**
 * The bullets of a TSDoc comment that start with backticked names, by name: "- `a` / `b`: text"
 * and "- `c`: text; `d`, `e`: more" give a, b → "Text.", c → "Text." and d, e → "More.".
 */
function bulletsOf(raw: string | undefined): Map<string, string> {
  const names = /^((?:`[^`]+`(?:\s*(?:\/|,)\s*)?)+):\s*/;
  const out = new Map<string, string>();
  for (const bullet of unlinked(raw ?? '').split(/\n- /).slice(1)) {
    for (const item of bullet.replace(/\s+/g, ' ').split(/;\s+(?=(?:`[^`]+`(?:\s*(?:\/|,)\s*)?)+:)/)) {
      const m = names.exec(item.trim());
      if (m === null) continue;
      const text = item.trim().slice(m[0].length).replace(/[;.]$/, '');
      for (const v of (m[1] ?? '').matchAll(/`([^`]+)`/g)) out.set(v[1] as string, `${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
    }
  }
  return out;
}

/** The extra text of a description that lists rules JSON Schema cannot say. */
const unexpressibleNote = (rules: readonly CodeRule[]): string =>
  ` Checked by qinqing's parser but not by this JSON Schema (x-qinqing-unexpressible): ${rules.map((r) => `${r.name}: ${r.en}`).join(' ')}`;

/**
 * Builds the JSON Schemas of `publicSchemas`, documented from `docs`.
 *
 * @throws When a rule in code has no entry in scripts/schemas/rules.ts, or an entry names no code.
 */
export function buildJsonSchemas(publicSchemas: PublicSchemas, docs: SourceDocs): BuiltSchemas {
  const { schemas, enums } = publicSchemas;
  const nameOf = new Map<unknown, string>();
  const registry = z.registry<{ id: string }>();
  const aliases = new Map<string, string>();
  for (const [name, s] of schemas) {
    const first = nameOf.get(s);
    if (first !== undefined) aliases.set(name, first);
    else {
      nameOf.set(s, name);
      registry.add(s, { id: name });
    }
  }

  // Every rule in code must be listed, and every listed rule must exist.
  const places = locateCodeRules(schemas);
  const unlisted = [...new Set(places.values())].filter((p) => codeRules[p] === undefined);
  if (unlisted.length > 0) throw new Error(`json-schemas: rules in code not listed in scripts/schemas/rules.ts: ${unlisted.join(', ')}`);
  const stale = Object.keys(codeRules).filter((p) => ![...places.values()].includes(p));
  if (stale.length > 0) throw new Error(`json-schemas: scripts/schemas/rules.ts lists rules at places with no code: ${stale.join(', ')}`);

  // z.toJSONSchema marks each node with the zod schema it came from; the marks are read and
  // removed below, on each file's own copy.
  const marked: z.core.$ZodType[] = [];
  const MARK = 'x-qinqing-zod';
  const { schemas: raw } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    uri: (id) => fileOf(id),
    override: ({ zodSchema, jsonSchema }) => {
      (jsonSchema as JsonSchema)[MARK] = marked.push(zodSchema) - 1;
    },
  });

  const files = new Map<string, JsonSchema>();
  const index: Record<string, string> = {};
  const descriptionOf = (name: string): string | undefined => {
    const doc = docs.exports.get(`${name}Schema`) ?? docs.exports.get(name);
    // Without the paragraph on the TypeScript value of an enum ("`IntakeChannel.values` lists …").
    return doc === undefined ? undefined : markdownDoc(doc.raw).split('\n\n').filter((p) => !/^`\w+\.values` lists/.test(p)).join('\n\n');
  };
  for (const [name] of schemas) {
    const alias = aliases.get(name);
    const file = fileOf(name);
    index[name] = file;
    if (alias !== undefined) {
      files.set(file, { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: SCHEMA_BASE + file, title: name, description: `Same as ${alias}.`, $ref: fileOf(alias) });
      continue;
    }
    const body = raw[name] as JsonSchema;
    const localDefs: Record<string, JsonSchema> = {};
    // The bullets of the schema's or its type's comment ("- `received`: issues submitted …") document its own properties.
    const rootBullets = new Map([...bulletsOf(docs.exports.get(`type:${name}`)?.raw), ...bulletsOf(docs.exports.get(`${name}Schema`)?.raw)]);
    const decorate = (node: JsonSchema): void => {
      const mark = node[MARK];
      if (typeof mark !== 'number') return;
      Reflect.deleteProperty(node, MARK);
      // A wrapper that leaves the JSON as it is (optional, default, …) carries its inner schema's
      // JSON: look through it, and gather the rules in code of each layer.
      const chain = [marked[mark] as z.core.$ZodType];
      for (let s = chain[0] as z.core.$ZodType; ; ) {
        const d = defOf(s);
        const next = LOOK_THROUGH.has(d.type) ? inner(s) : d.type === 'pipe' ? (d['out'] as z.core.$ZodType) : undefined;
        if (next === undefined) break;
        chain.push(next);
        s = next;
      }
      const zod = chain[chain.length - 1] as z.core.$ZodType;
      const def = defOf(zod);
      if (typeof node['$ref'] === 'string' && node['$ref'] !== '#') return;
      // Properties: a title and a description each.
      if (def.type === 'object' && typeof node['properties'] === 'object') {
        const shape = def['shape'] as Record<string, z.core.$ZodType>;
        const keys = Object.keys(shape);
        const literalValues = Object.values(shape).flatMap((v) => (defOf(v).type === 'literal' ? (defOf(v)['values'] as unknown[]).map(String) : []));
        for (const [key, prop] of Object.entries(node['properties'] as Record<string, JsonSchema>)) {
          const doc = propertyDoc(docs, keys, literalValues, key) ?? (node === body ? rootBullets.get(key) : undefined);
          prop['title'] ??= titleOf(key);
          if (doc !== undefined) prop['description'] = doc;
          else if (prop['description'] === undefined && prop['const'] !== undefined) {
            const label = labelsFor([String(prop['const'])], enums)?.[String(prop['const'])];
            prop['description'] = `Always ${JSON.stringify(prop['const'])}${label === undefined ? '' : ` (${label.zh} / ${label.en})`}.`;
          }
        }
      }
      // An e-mail address is what zod's pattern says; ajv-formats' `email` format is another rule.
      if (node['format'] === 'email' && typeof node['pattern'] === 'string') delete node['format'];
      // Enum values: their labels.
      if (def.type === 'enum' && Array.isArray(node['enum'])) {
        const values = node['enum'] as string[];
        const labels = labelsFor(values, enums);
        if (labels !== undefined) {
          node['x-enum-labels'] = Object.fromEntries(values.map((v) => [v, { 'zh-CN': labels[v]?.zh, en: labels[v]?.en }]));
          node['x-enum-descriptions'] = values.map((v) => `${labels[v]?.zh ?? v} / ${labels[v]?.en ?? v}`);
        }
      }
      // Discriminated unions: one named definition per kind, and a discriminator.
      const discriminator = def['discriminator'];
      if (def.type === 'union' && typeof discriminator === 'string' && Array.isArray(node['oneOf'])) {
        const bullets = bulletsOf(docs.exports.get(`${name}Schema`)?.raw);
        const mapping: Record<string, string> = {};
        node['oneOf'] = (node['oneOf'] as JsonSchema[]).map((option) => {
          const tag = (option['properties'] as Record<string, JsonSchema> | undefined)?.[discriminator];
          const values = (tag?.['const'] !== undefined ? [tag['const']] : ((tag?.['enum'] as unknown[] | undefined) ?? [])).map(String);
          const key = `${name}${values.length === 1 ? pascal(values[0] as string) : 'Other'}`;
          if (key in localDefs || schemas.has(key)) throw new Error(`json-schemas: two definitions named ${key}`);
          const first = values[0] ?? '';
          const label = labelsFor([first], enums)?.[first];
          option['title'] = key;
          const bullet = bullets.get(first);
          option['description'] ??=
            (bullet === undefined ? undefined : `${values.join(' / ')}: ${bullet}`) ??
            (values.length === 1 && label !== undefined ? `${name} with ${discriminator} "${first}" (${label.zh} / ${label.en}).` : `${name} with ${discriminator} ${values.map((v) => `"${v}"`).join(', ')}.`);
          localDefs[key] = option;
          for (const v of values) mapping[v] = `#/$defs/${key}`;
          return { $ref: `#/$defs/${key}` };
        });
        node['discriminator'] = { propertyName: discriminator, mapping };
      }
      // Rules in code: what JSON Schema can say of them, and the list of what it cannot.
      const rules = [...new Set(chain.flatMap(codeOf).map((c) => places.get(c)))].flatMap((p) => (p === undefined ? [] : (codeRules[p] ?? [])));
      const fragments = rules.flatMap((r) => (r.schema === undefined ? [] : [r.schema]));
      if (fragments.length > 0) node['allOf'] = [...((node['allOf'] as JsonSchema[] | undefined) ?? []), ...fragments];
      const unexpressible = rules.filter((r) => r.expressed !== 'fully');
      if (unexpressible.length > 0) {
        node['x-qinqing-unexpressible'] = unexpressible.map((r) => ({ name: r.name, en: r.en, 'zh-CN': r.zh }));
        node['description'] = `${typeof node['description'] === 'string' ? node['description'] : ''}${unexpressibleNote(unexpressible)}`.trim();
      }
    };
    eachObject(body, decorate);
    // The kinds of a discriminated union moved to `$defs` are decorated there (and may add more).
    for (let done = 0; done < Object.keys(localDefs).length; done++) eachObject(Object.values(localDefs)[done], decorate);
    const { $schema, $id, ...rest } = body;
    const description = descriptionOf(name) ?? (typeof rest['description'] === 'string' ? rest['description'] : name);
    const note = typeof rest['x-qinqing-unexpressible'] === 'object' ? unexpressibleNote(rules(rest)) : '';
    delete rest['description'];
    const schema: JsonSchema = { $schema, $id: SCHEMA_BASE + String($id), title: name, description: `${description}${note}`, ...rest };
    if (Object.keys(localDefs).length > 0) schema['$defs'] = { ...((schema['$defs'] as JsonSchema | undefined) ?? {}), ...localDefs };
    files.set(file, schema);
  }
  if (raw['__shared'] !== undefined) throw new Error('json-schemas: zod extracted shared definitions; give the schema a name instead');
  return { files, bundle: bundleOf(files, index), index };
}

/** The rules an `x-qinqing-unexpressible` list names. */
function rules(node: JsonSchema): CodeRule[] {
  const names = new Set(((node['x-qinqing-unexpressible'] as { name: string }[] | undefined) ?? []).map((r) => r.name));
  return Object.values(codeRules)
    .flat()
    .filter((r) => names.has(r.name));
}

/** The files as one schema, each under `$defs` by name, with `$ref`s between them made local. */
function bundleOf(files: ReadonlyMap<string, JsonSchema>, index: Readonly<Record<string, string>>): JsonSchema {
  const nameOfFile = new Map(Object.entries(index).map(([name, file]) => [file, name]));
  const defs: Record<string, JsonSchema> = {};
  for (const [file, schema] of files) {
    const copy = structuredClone(schema);
    eachObject(copy, (o) => {
      const ref = o['$ref'];
      if (typeof ref === 'string' && nameOfFile.has(ref)) o['$ref'] = `#/$defs/${nameOfFile.get(ref) as string}`;
    });
    const { $schema: _s, $id: _i, $defs, ...body } = copy;
    defs[nameOfFile.get(file) as string] = body;
    for (const [key, def] of Object.entries(($defs as Record<string, JsonSchema> | undefined) ?? {})) {
      if (key in defs) throw new Error(`json-schemas: two definitions named ${key} in the bundle`);
      defs[key] = def;
    }
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_BASE + BUNDLE_FILE,
    title: 'qinqing',
    description:
      "Every public schema of qinqing under $defs, by name, with the $refs between them made local (#/$defs/Actor): one file for code generators. Each is the same as its own file (e.g. issue.json); a discriminated union's kinds are definitions of their own (IssueCommandSubmit, …).",
    $defs: defs,
  };
}
