/**
 * Pairing (包联): who serves which enterprise — policies, validation, suggestions by experience fit,
 * two-way selection and secondments.
 *
 * @packageDocumentation
 */
export { pairingSelectionLabels, PairingSelectionSchema, PairingSchema } from './schema.js';
export type { PairingSelection, Pairing } from './schema.js';
