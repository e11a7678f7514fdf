export { errorCodes, domainError, QinqingError } from './errors.js';
export type { ErrorCode, ErrorPath, DomainError } from './errors.js';
export { ok, err, unwrap, mapResult, andThen } from './result.js';
export type { Result } from './result.js';
export { safeParse, parse } from './parse.js';
export { canonicalJson } from './canonical.js';
export { defaultInputLimits } from './limits.js';
export type { InputLimits, ParseOptions } from './limits.js';
export type { LabelledEnum, EnumValue } from './enum.js';
export {
  CalendarDateSchema,
  InstantSchema,
  IdSchema,
  LocaleSchema,
  BilingualTextSchema,
  inLocale,
} from './schema.js';
export type { CalendarDate, Instant, Id, Locale, BilingualText, DateRange } from './schema.js';
export type { DeepReadonly } from './readonly.js';
