/**
 * The shape of the no-throw law's registry (test/api/no-throw.test-prop.ts): for each exported
 * function of a barrel, an arbitrary of the argument tuples its parameter types allow. The type
 * ties each entry to the function's own `Parameters`, so an entry that does not match the signature
 * does not compile, and `satisfies ArgsOf<typeof barrel>` refuses an entry for a name the barrel
 * does not export.
 */
import type { fc } from '@fast-check/vitest';

type Callable = (...args: never[]) => unknown;
type Constructor = abstract new (...args: never[]) => unknown;

/** The names of the functions (and classes) a module exports. */
export type FunctionNames<M> = { [K in keyof M]-?: M[K] extends Callable | Constructor ? K : never }[keyof M] & string;

/** The arguments of a function, or of a class's constructor (`Parameters` gives `never` for a readonly rest parameter such as `...tables: readonly T[]`). */
export type ArgumentsOf<F> = F extends abstract new (...args: infer A extends readonly unknown[]) => unknown
  ? A
  : F extends (...args: infer A extends readonly unknown[]) => unknown
    ? A
    : never;

/** A registry for module `M`: an arbitrary of valid argument tuples per exported function. */
export type ArgsOf<M> = { readonly [K in FunctionNames<M>]?: fc.Arbitrary<ArgumentsOf<M[K]>> };
