/**
 * Every name of every public entry point but the testing kit, in one module: the no-throw law's
 * registries draw valid data from all rooms at once. Test-only; the package itself has no such
 * door (the root `qinqing` is curated, each subpath is its room).
 */
export * from '../../src/index.js';
export * from '../../src/access/index.js';
export * from '../../src/calendar/index.js';
export * from '../../src/campaign/index.js';
export * from '../../src/enterprise/index.js';
export * from '../../src/escalation/index.js';
export * from '../../src/issue/index.js';
export * from '../../src/meeting/index.js';
export * from '../../src/org/index.js';
export * from '../../src/pairing/index.js';
export * from '../../src/policy/index.js';
export * from '../../src/procedure/index.js';
export * from '../../src/report/index.js';
export * from '../../src/scoring/index.js';
export * from '../../src/taxonomy/index.js';
export * from '../../src/visit/index.js';
