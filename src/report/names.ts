import type { Id } from '../core/schema.js';

/**
 * Display names the app knows, by id, for reports to show instead of the ids: enterprises,
 * departments and advisers (in the app's language; own keys only). An id without a name is shown
 * as it is.
 *
 * @category Report
 */
export interface ReportNames {
  /** Enterprise names by enterprise id. */
  readonly enterprises?: Readonly<Record<Id, string>>;
  /** Department names by department id. */
  readonly departments?: Readonly<Record<Id, string>>;
  /** Adviser and cadre names by adviser id. */
  readonly advisers?: Readonly<Record<Id, string>>;
}

/** The name of an id in a name table, or the id itself. Internal. */
export function nameOf(names: Readonly<Record<Id, string>> | undefined, id: Id): string {
  if (names === undefined || !Object.hasOwn(names, id)) return id;
  return names[id] ?? id;
}
