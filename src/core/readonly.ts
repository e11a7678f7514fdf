/**
 * A type with every property and array, at every depth, made readonly: how qinqing types the plain
 * data it returns, so that the compiler stops an app from changing an issue in place.
 *
 * @example
 * ```ts
 * const issue: DeepReadonly<{ tags: string[] }> = { tags: ['a'] };
 * // issue.tags.push('b'); // does not compile
 * ```
 * @category Core
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;
