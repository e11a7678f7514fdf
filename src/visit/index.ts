/**
 * Visits (走访): visit records, cadences, plans, compliance and visit burden.
 *
 * @packageDocumentation
 */
export {};
