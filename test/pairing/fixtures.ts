import type { Pairing } from '../../src/pairing/index.js';

/**
 * A pairing (appointed) of an adviser with an enterprise or a park, from `since` (2025-01-01 unless
 * given) to `until` (open unless given). Shared by the pairing tests and the scaling bench.
 */
export const pairingOf = (id: string, adviserId: string, target: { enterpriseId: string } | { parkId: string }, since = '2025-01-01', until: string | null = null): Pairing => ({
  id,
  adviserId,
  enterpriseId: 'enterpriseId' in target ? target.enterpriseId : null,
  parkId: 'parkId' in target ? target.parkId : null,
  since,
  until,
  selection: 'appointed',
});
