/**
 * The zod → `DomainError` mapping lives in core (`safeParse`, `parse`); the library's own
 * modules keep calling it by these names.
 */
export { fromZodError, safeParse as safeParseWith, parse as parseWith } from '../core/parse.js';
