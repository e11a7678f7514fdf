export {
  ServiceCategorySchema,
  ServiceTaxonomySchema,
  safeParseTaxonomy,
  parseTaxonomy,
  categoryLabel,
} from './schema.js';
export type { ServiceCategory, ServiceTaxonomy } from './schema.js';
export { xingtaiServiceAreas, jiaozuoServiceAreas, lishuiProblemKinds } from './defaults.js';
