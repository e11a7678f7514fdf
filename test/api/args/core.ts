/** The no-throw registry of what only the root exports: src/core and src/labels.ts. */
import { fc } from '@fast-check/vitest';
import * as core from '../../../src/core/index.js';
import { allLabels, domainError, errorCodes, type DomainError, type ErrorCode, type LabelledValue, type Result } from '../../../src/index.js';
import type { ArgsOf } from '../registry.js';
import { anyText } from '../hostile.js';

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

export const coreArgs = {
  ok: fc.tuple(fc.anything()),
  err: fc.tuple(fc.anything()),
  mapResult: fc.tuple(result, fc.constant((v: unknown) => [v])),
  andThen: fc.tuple(result, fc.constant((v: unknown) => core.ok([v]))),
  domainError: fc.tuple(code, details),
  QinqingError: fc.tuple(error),
  inLocale: fc.tuple(fc.record({ zh: anyText(fc.constant('元旦')), en: anyText(fc.constant("New Year's Day")) }), locale),
} satisfies ArgsOf<typeof core>;

export const labelArgs = {
  label: fc.tuple(fc.constantFrom(...(Object.keys(allLabels) as LabelledValue[])), locale),
};
