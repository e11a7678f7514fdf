import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { clip, dotted, movedPaths } from '../internal/parse.js';
import type { IssueStore } from './port.js';

/** The methods of the port the library calls. */
export type StoreMethod = 'append' | 'readStream' | 'readSnapshot';

/** What an adapter threw, as text short enough for an error message (never the thrown object: it may not survive JSON). */
function thrownText(e: unknown): string {
  if (e instanceof Error) return clip(`${e.name}: ${e.message}`, 500);
  try {
    return clip(String(e), 500);
  } catch {
    return typeof e;
  }
}

/** `STORE_FAILED` at `store.<method>`, saying what went wrong in both languages. */
export function storeFailed(method: StoreMethod, en: string, zh: string, value?: unknown): DomainError {
  return domainError('STORE_FAILED', {
    en: `store.${method} ${en}`,
    zh: `store.${method} ${zh}`,
    path: ['store', method],
    ...(value === undefined ? {} : { value }),
  });
}

/**
 * Calls the adapter through `f`: its answer, or `STORE_FAILED` when it throws or its promise
 * rejects. A throwing adapter never throws through the library.
 */
export async function called<T>(method: StoreMethod, f: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return ok(await f());
  } catch (e) {
    const text = thrownText(e);
    return err(storeFailed(method, `threw: ${text}`, `抛出异常：${text}`, text));
  }
}

/**
 * What keeps `store` from being used as an {@link IssueStore}, or null: it must be an object with
 * the methods `append` and `readStream` (and `readSnapshot`, when present, a method too).
 */
export function storeProblem(store: IssueStore): DomainError | null {
  const s = store as unknown as Partial<Record<string, unknown>> | null;
  const missing =
    s === null || typeof s !== 'object'
      ? 'store'
      : (['append', 'readStream'] as const).find((m) => typeof s[m] !== 'function') ?? (s['readSnapshot'] !== undefined && typeof s['readSnapshot'] !== 'function' ? 'readSnapshot' : null);
  if (missing === null) return null;
  return domainError('INVALID_ARGUMENT', {
    en: missing === 'store' ? 'store must be an object implementing IssueStore (append, readStream, readAll).' : `store.${missing} must be a function (store must implement IssueStore).`,
    zh: missing === 'store' ? 'store 应为实现 IssueStore 接口的对象（append、readStream、readAll）。' : `store.${missing} 应为函数（store 须实现 IssueStore 接口）。`,
    path: missing === 'store' ? ['store'] : ['store', missing],
  });
}

/**
 * A problem found in what the store answered (`error`, with paths relative to that answer) as
 * `STORED_EVENTS_INVALID` under `at` (e.g. `['store', 'readStream']`), naming the issue.
 */
export function storedInvalid(issueId: string, error: DomainError, at: ErrorPath): DomainError {
  const moved = movedPaths(error, (p) => [...at, ...p]);
  const id = clip(issueId, 100);
  return {
    ...moved,
    code: 'STORED_EVENTS_INVALID',
    message: clip(`What ${dotted(at)}("${id}") answered does not rebuild the issue: ${error.message}`, 4000),
    messageZh: clip(`${dotted(at)}("${id}") 返回的数据无法还原该诉求：${error.messageZh}`, 4000),
  };
}
