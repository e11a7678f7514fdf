import { z } from 'zod';
import type { BilingualText } from '../core/schema.js';
import { deepFreeze } from './freeze.js';

/** A closed set of values, each with a zh-CN and an English label, and its zod schema. */
export interface LabelledEnum<V extends string> {
  readonly values: readonly [V, ...V[]];
  readonly labels: Readonly<Record<V, BilingualText>>;
  readonly schema: z.ZodEnum<{ [K in V]: K }>;
}

/**
 * The labels of every enum value defined so far, so that an error about an unknown value can name
 * the valid ones in Chinese (a value shared by two enums has the same labels in both).
 */
export const enumValueLabels = new Map<string, BilingualText>();

/** Defines an enum by its labels (frozen): the keys are the values, in order. */
export function defineEnum<const L extends Record<string, BilingualText>>(
  labels: L,
): LabelledEnum<Extract<keyof L, string>> {
  const values = Object.keys(labels) as [Extract<keyof L, string>, ...Extract<keyof L, string>[]];
  for (const v of values) enumValueLabels.set(v, labels[v] as BilingualText);
  return { values, labels: deepFreeze(labels), schema: z.enum(values) as unknown as z.ZodEnum<{ [K in Extract<keyof L, string>]: K }> };
}
