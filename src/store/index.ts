/**
 * Storing issues (存储): the storage port of the issue lifecycle and the command handler over it —
 * load (snapshot and the events after it), decide, append with optimistic concurrency and bounded
 * retries — with snapshots that hold no history, and the command envelope that carries the version
 * a client decided on. qinqing does no I/O: an app implements {@link IssueStore} over its database
 * (reference adapters for PGlite and SQLite ship in `examples/store/`; `memoryIssueStore()` is in
 * `qinqing/testing`).
 *
 * @module qinqing/store
 */
export type { IssueStore, AppendOutcome, PositionedEvent } from './port.js';
export { IssueSnapshotSchema, snapshotOfIssue } from './snapshot.js';
export type { IssueSnapshot } from './snapshot.js';
export { IssueCommandEnvelopeSchema, safeParseIssueCommandEnvelope } from './envelope.js';
export type { IssueCommandEnvelope } from './envelope.js';
export { loadIssue } from './load.js';
export type { LoadedIssue, LoadIssueOptions } from './load.js';
export { handleIssueCommand } from './handle.js';
export type { HandleIssueCommandOptions, HandledIssueCommand } from './handle.js';
