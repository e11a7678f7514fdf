import * as z from 'zod';
import { domainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { BilingualTextSchema, IdSchema, inLocale, type Locale } from '../core/schema.js';

/**
 * One category of a service taxonomy: an id unique within its taxonomy, a bilingual label and an
 * optional bilingual description of what it covers.
 *
 * @example
 * ```ts
 * ServiceCategorySchema.parse({ id: 'financing', label: { zh: '融资兴企', en: 'Financing' } }).id; // 'financing'
 * ```
 * @category Taxonomy
 */
export const ServiceCategorySchema = /* @__PURE__ */ (() => z.object({
  /** The id of the category, unique within its taxonomy. */
  id: IdSchema,
  /** The label in Chinese and English. */
  label: BilingualTextSchema,
  /** What the category covers, in Chinese and English. */
  description: BilingualTextSchema.optional(),
}))();

/**
 * A category of a service taxonomy; see {@link ServiceCategorySchema}.
 *
 * @category Taxonomy
 */
export type ServiceCategory = z.infer<typeof ServiceCategorySchema>;

/**
 * A configurable list of service areas or problem kinds (服务内容 / 问题类别): each place sorts
 * enterprise issues its own way, so the categories are data. Category ids must be unique; a
 * repeated id fails with `DUPLICATE_ID` and the path of the repetition.
 *
 * @example
 * ```ts
 * ServiceTaxonomySchema.safeParse({
 *   id: 't', name: { zh: '分类', en: 'Kinds' }, source: 'app',
 *   categories: [{ id: 'a', label: { zh: '甲', en: 'A' } }, { id: 'a', label: { zh: '乙', en: 'B' } }],
 * }).success; // false
 * safeParse(ServiceTaxonomySchema, xingtaiServiceAreas).ok; // true
 * ```
 * @category Taxonomy
 */
export const ServiceTaxonomySchema = /* @__PURE__ */ (() => z
  .object({
    /** The id of the taxonomy. */
    id: IdSchema,
    /** The name of the taxonomy in Chinese and English. */
    name: BilingualTextSchema,
    /** Where it comes from: a document, a regulation or the app. */
    source: z.string().min(1).describe('Where the taxonomy comes from: a document, a regulation, or the app'),
    /** The categories, in display order; ids unique. */
    categories: z.array(ServiceCategorySchema).min(1),
  })
  .check((ctx) => {
    const categories: unknown = ctx.value.categories;
    if (!Array.isArray(categories)) return;
    const firstIndex = new Map<unknown, number>();
    categories.forEach((category: unknown, i) => {
      const id = (category as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      const first = firstIndex.get(id);
      if (first === undefined) {
        firstIndex.set(id, i);
        return;
      }
      ctx.issues.push({
        code: 'custom',
        input: id,
        path: ['categories', i, 'id'],
        message: `Category id "${id}" is used twice: categories[${first}] and categories[${i}].`,
        params: {
          code: 'DUPLICATE_ID',
          messageZh: `分类编号“${id}”重复：第 ${first + 1} 项与第 ${i + 1} 项相同。`,
        },
      });
    });
  }))();

/**
 * A service taxonomy; see {@link ServiceTaxonomySchema}.
 *
 * @category Taxonomy
 */
export type ServiceTaxonomy = z.infer<typeof ServiceTaxonomySchema>;

/**
 * Looks up the label of a category of a taxonomy in one locale.
 *
 * @param taxonomy - The taxonomy.
 * @param categoryId - The id of the category.
 * @param locale - `'zh-CN'` or `'en'`.
 * @returns The label, or `UNKNOWN_REFERENCE` (path `['categoryId']`) when the taxonomy has no such category.
 * @example
 * ```ts
 * categoryLabel(xingtaiServiceAreas, 'financing', 'zh-CN'); // { ok: true, value: '融资兴企' }
 * ```
 * @category Taxonomy
 */
export function categoryLabel(taxonomy: ServiceTaxonomy, categoryId: string, locale: Locale): Result<string> {
  const category = taxonomy.categories.find((c) => c.id === categoryId);
  if (category === undefined) {
    return err(
      domainError('UNKNOWN_REFERENCE', {
        en: `The taxonomy "${taxonomy.id}" has no category "${categoryId}".`,
        zh: `分类体系“${taxonomy.id}”中没有编号为“${categoryId}”的分类。`,
        path: ['categoryId'],
        value: categoryId,
      }),
    );
  }
  return ok(inLocale(category.label, locale));
}
