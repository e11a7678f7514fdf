/** The no-throw registry of what only the root exports: src/core and src/labels.ts. */
import { fc } from '@fast-check/vitest';
import * as core from '../../../src/core/index.js';
import { allLabels, domainError, errorCodes, type DomainError, type ErrorCode, type LabelledValue, type Result } from '../everything.js';
import type { ArgsOf } from '../registry.js';
import { publicModules } from '../../public-modules.js';
import { anyText, hostileDates, hostileInstants, hostileNumbers, hostileShapes, hostileTexts } from '../hostile.js';
import * as z from 'zod';

const locale = fc.constantFrom('zh-CN' as const, 'en' as const);
const code = fc.constantFrom(...(Object.keys(errorCodes) as ErrorCode[]));
const details = fc.record(
  {
    en: anyText(fc.constant('A message.')),
    zh: anyText(fc.constant('一条消息。')),
    path: fc.array(fc.oneof(fc.string(), fc.integer())),
    value: fc.jsonValue(),
  },
  { requiredKeys: [] },
);
const error: fc.Arbitrary<DomainError> = fc.tuple(code, details).map(([c, d]) => domainError(c, d));
const result: fc.Arbitrary<Result<unknown>> = fc.oneof(fc.jsonValue().map((value) => core.ok(value)), error.map((e) => core.err(e)));

/** Every schema the package exports: the `XxxSchema` values and each enum's `.schema`. */
const schemas = Object.values(publicModules).flatMap((m) =>
  Object.entries(m).flatMap(([name, v]): z.ZodType[] => {
    if (name.endsWith('Schema') && v instanceof z.ZodType) return [v];
    const inner = (v as { schema?: unknown } | null)?.schema;
    return typeof v === 'object' && inner instanceof z.ZodType ? [inner] : [];
  }),
);

export const coreArgs = {
  safeParse: fc.oneof(
    fc.tuple(fc.constantFrom(...schemas), fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom<unknown>(...hostileDates, ...hostileInstants, ...hostileTexts, ...hostileNumbers, ...hostileShapes))),
    // Part 9: limits an app may pass, sensible or not (a bad one is INVALID_ARGUMENT, never a throw).
    fc.tuple(
      fc.constantFrom(...schemas),
      fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom<unknown>(...hostileShapes)),
      fc.record({
        limits: fc.record(
          {
            maxDepth: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constantFrom(...hostileNumbers)),
            maxStringLength: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constantFrom(...hostileNumbers)),
            maxArrayLength: fc.integer({ min: 1, max: 100 }),
            maxTotalSize: fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constant(Infinity)),
            maxIssues: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(...hostileNumbers)),
          },
          { requiredKeys: [] },
        ),
      }),
    ),
  ),
  ok: fc.tuple(fc.anything()),
  err: fc.tuple(fc.anything()),
  mapResult: fc.tuple(result, fc.constant((v: unknown) => [v])),
  andThen: fc.tuple(result, fc.constant((v: unknown) => core.ok([v]))),
  domainError: fc.tuple(code, details),
  QinqingError: fc.tuple(error),
  canonicalJson: fc.tuple(fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom<unknown>(...hostileShapes, ...hostileTexts, ...hostileNumbers))),
  inLocale: fc.tuple(fc.record({ zh: anyText(fc.constant('元旦')), en: anyText(fc.constant("New Year's Day")) }), locale),
} satisfies ArgsOf<typeof core>;

export const labelArgs = {
  label: fc.tuple(fc.constantFrom(...(Object.keys(allLabels) as LabelledValue[])), locale),
};
