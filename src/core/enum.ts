import type { z } from 'zod';
import type { BilingualText } from './schema.js';

/**
 * An enum as one value: its values in order, a zh-CN and an English label for each, and the zod
 * schema that validates one. Every enum qinqing exports has this shape (`IntakeChannel`,
 * `IssueState`, `Festival`, …), and a type of the same name for one of its values
 * ({@link EnumValue}).
 *
 * @example
 * ```ts
 * const channel: LabelledEnum<IntakeChannel> = IntakeChannel;
 * channel.values.length; // 7
 * ```
 * @category Core
 */
export interface LabelledEnum<V extends string> {
  /** The values, in the order the enum defines them (for some enums a rank: lowest or best first). */
  readonly values: readonly [V, ...V[]];
  /** Each value's zh-CN and English label, e.g. `labels.hotline.zh`. */
  readonly labels: Readonly<Record<V, BilingualText>>;
  /** The zod schema that accepts exactly the values, e.g. for `safeParse(IntakeChannel.schema, input)`. */
  readonly schema: z.ZodEnum<{ [K in V]: K }>;
}

/**
 * One value of an enum that qinqing exports: `EnumValue<typeof IntakeChannel>` is
 * `'selfReport' | 'visit' | …`. Each enum exports this type under its own name (`IntakeChannel`).
 *
 * @example
 * ```ts
 * const channel: EnumValue<typeof IntakeChannel> = 'hotline';
 * ```
 * @category Core
 */
export type EnumValue<E extends LabelledEnum<string>> = E['values'][number];

/**
 * The labels of every enum value defined so far (by `defineEnum`), so that an error about an
 * unknown value can name the valid ones in Chinese; a value shared by two enums has the same labels
 * in both. Internal: not exported from any barrel.
 */
export const enumValueLabels = /* @__PURE__ */ (() => new Map<string, BilingualText>())();
