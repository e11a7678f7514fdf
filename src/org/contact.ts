import * as z from 'zod';

// Module-level values are built in `/* @__PURE__ */ (() => …)()` so that a bundler can drop those an
// app does not use, and zod with them (scripts/app-bundles.mjs measures it).

/**
 * Contact details of a person (联系方式): personal data, kept in its own object on every entity
 * that has it so that an app can redact or drop it in one place. All fields are optional.
 *
 * @example
 * ```ts
 * ContactSchema.parse({ person: '张三', role: '财务经理', phone: '0391-1234567' }).phone; // '0391-1234567'
 * ```
 * @category Org
 */
export const ContactSchema = /* @__PURE__ */ (() => z.object({
  /** The name of the contact person. */
  person: z.string().min(1).max(100).optional().describe('Name of the contact person'),
  /** Their role or title, e.g. 法定代表人 or 财务经理. */
  role: z.string().min(1).max(100).optional().describe('Role or title, e.g. 法定代表人 or 财务经理'),
  /** A phone number as written, e.g. `0391-1234567`. */
  phone: z.string().min(3).max(40).optional().describe('Phone number as written, e.g. 0391-1234567 or 138 0000 0000'),
  /** An e-mail address. */
  email: z.email().optional(),
  /** A postal address. */
  address: z.string().min(1).max(300).optional().describe('Postal address'),
}))();

/**
 * Contact details of a person; see {@link ContactSchema}.
 *
 * @category Org
 */
export type Contact = z.infer<typeof ContactSchema>;
