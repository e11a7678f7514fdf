import * as z from 'zod';
import type { BilingualText } from '../core/schema.js';
import type { LabelledEnum } from '../core/enum.js';
import { deepFreeze } from './freeze.js';

/** Defines an enum by its labels (frozen): the keys are the values, in order. */
/* @__NO_SIDE_EFFECTS__ */
export function defineEnum<const L extends Record<string, BilingualText>>(
  labels: L,
): LabelledEnum<Extract<keyof L, string>> {
  const values = Object.freeze(Object.keys(labels)) as [Extract<keyof L, string>, ...Extract<keyof L, string>[]];
  return Object.freeze({ values, labels: deepFreeze(labels), schema: z.enum(values) as unknown as z.ZodEnum<{ [K in Extract<keyof L, string>]: K }> });
}
