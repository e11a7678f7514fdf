/**
 * qinqing (亲清): pure functions over plain data for government service to enterprises. The root
 * exports everything; each concept also has its own subpath (`qinqing/calendar`, …).
 *
 * @module qinqing
 */
export * from './core/index.js';
export { label, allLabels } from './labels.js';
export type { LabelledValue } from './labels.js';
export * from './calendar/index.js';
export * from './enterprise/index.js';
export * from './org/index.js';
export * from './taxonomy/index.js';
export * from './issue/index.js';
export * from './procedure/index.js';
export * from './escalation/index.js';
export * from './meeting/index.js';
export * from './pairing/index.js';
export * from './visit/index.js';
export * from './scoring/index.js';
export * from './report/index.js';
export * from './access/index.js';
