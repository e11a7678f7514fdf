import * as z from 'zod';
import type { BilingualText } from '../core/schema.js';
import { enumValueLabels, type LabelledEnum } from '../core/enum.js';
import { deepFreeze } from './freeze.js';

/**
 * Defines an enum by its labels (frozen): the keys are the values, in order. Marked free of side
 * effects so that a bundler drops an enum an app never uses; its one effect, recording the labels
 * for error messages (`enumValueLabels`), matters only for an enum that is used.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineEnum<const L extends Record<string, BilingualText>>(
  labels: L,
): LabelledEnum<Extract<keyof L, string>> {
  const values = Object.freeze(Object.keys(labels)) as [Extract<keyof L, string>, ...Extract<keyof L, string>[]];
  for (const v of values) enumValueLabels.set(v, labels[v] as BilingualText);
  return Object.freeze({ values, labels: deepFreeze(labels), schema: z.enum(values) as unknown as z.ZodEnum<{ [K in Extract<keyof L, string>]: K }> });
}
