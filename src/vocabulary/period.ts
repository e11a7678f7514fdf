import type { BilingualText } from '../core/schema.js';
import { deepFreeze } from '../internal/freeze.js';

/**
 * The names of the units periodic work counts in — a meeting's cadence, a visit cadence's period —
 * shared so that a month is called the same everywhere. Not exported from the package: each
 * concept exports its own enum of the units it takes.
 */
export const periodUnitNames = /* @__PURE__ */ deepFreeze({
  week: { zh: '周', en: 'Week' },
  month: { zh: '月', en: 'Month' },
  quarter: { zh: '季度', en: 'Quarter' },
  halfYear: { zh: '半年', en: 'Half year' },
  year: { zh: '年', en: 'Year' },
} satisfies Record<string, BilingualText>);
