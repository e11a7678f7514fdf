/**
 * Service-area taxonomies (服务领域): configurable categories of enterprise problems, with the
 * Xingtai, Jiaozuo and Lishui versions as defaults, and Xuzhou's six focuses of help.
 *
 * @module qinqing/taxonomy
 */
export { ServiceCategorySchema, ServiceTaxonomySchema, categoryLabel } from './schema.js';
export type { ServiceCategory, ServiceTaxonomy } from './schema.js';
export { xingtaiServiceAreas, jiaozuoServiceAreas, lishuiProblemKinds, xuzhouHelpFocuses } from './defaults.js';
