/**
 * Privacy (个人信息保护): one linear-time pass that masks personal data in free text — telephone,
 * ID-card and bank-card numbers, Unified Social Credit Codes, e-mail addresses and the names the
 * caller supplies — however they are spaced, punctuated or written in full-width characters. The
 * public listing (`qinqing/access`), the ledger and the Markdown and CSV renderers
 * (`qinqing/report`) all mask through it.
 *
 * @module qinqing/privacy
 */
export { maskPersonalData, maskContactData } from './mask.js';
export type { PersonalDataOptions } from './mask.js';
