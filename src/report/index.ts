/**
 * Reports (报表): plain-data report tables — the work ledger (台账), batch and category summaries,
 * period summaries, the cadres below their problem quota — and pure renderers to Markdown and CSV.
 *
 * @packageDocumentation
 */
export {};
