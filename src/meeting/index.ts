/**
 * Meetings (会议机制): placeholder barrel, filled in by the meeting module.
 *
 * @packageDocumentation
 */
export {};
