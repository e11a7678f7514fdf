import { appraisalGradeLabels, appraisalPoolLabels } from './scoring/grades.js';
import { noDataRuleLabels } from './scoring/scheme.js';
import { rateNameLabels } from './scoring/rates.js';
import { derivedDayKindLabels, festivalLabels } from './calendar/schema.js';
import { yearStatusLabels } from './calendar/coverage.js';
import type { BilingualText, Locale } from './core/schema.js';
import { inLocale } from './core/schema.js';
import { deepFreeze } from './internal/freeze.js';
import {
  enterpriseScaleLabels,
  keyEnterpriseLevelLabels,
  marketEntityTypeLabels,
  parkKindLabels,
  usccAuthorityLabels,
  usccEntityKindLabels,
} from './enterprise/index.js';
import {
  adviserKindLabels,
  enterpriseRelatedClassLabels,
  experienceBasisLabels,
  expertKindLabels,
  governingBodyKindLabels,
  governmentLevelLabels,
  officialRoleLabels,
  roundingModeLabels,
} from './org/index.js';
import {
  actorRoleLabels,
  answerOutcomeLabels,
  extensionStatusLabels,
  feedbackLevelLabels,
  intakeChannelLabels,
  issueCommandTypeLabels,
  issueGuardLabels,
  issueNatureLabels,
  issueOriginLabels,
  issueScopeLabels,
  issueStateLabels,
  procedureLabels,
  serviceModeLabels,
  supervisionStepLabels,
  supervisionColourLabels,
  recurrenceBasisLabels,
} from './issue/index.js';
import { escalationHolderLabels } from './escalation/index.js';
import { pairingSelectionLabels } from './pairing/index.js';
import { matchProposersLabels, secondmentDirectionLabels } from './pairing/index.js';
import { archiveItemLabels, matterKindLabels, procedureRuleLabels } from './procedure/index.js';
import { meetingCadenceUnitLabels, meetingKindLabels, meetingRollLabels } from './meeting/index.js';
import {
  gridGapLabels,
  visitCadenceRoleLabels,
  visitCadenceScopeLabels,
  visitModeLabels,
  visitPeriodUnitLabels,
  visitStatusLabels,
} from './visit/index.js';
import { accessActionLabels, accessEffectLabels, accessScopeLabels } from './access/index.js';

/**
 * Every enum value qinqing defines with its zh-CN and English labels, in one table; a value shared
 * by two enums has the same labels in both.
 *
 * @example
 * ```ts
 * allLabels.springFestival; // { zh: '春节', en: 'Spring Festival' }
 * ```
 * @category Core
 */
export const allLabels = deepFreeze({
  ...festivalLabels,
  ...derivedDayKindLabels,
  ...yearStatusLabels,
  ...marketEntityTypeLabels,
  ...keyEnterpriseLevelLabels,
  ...enterpriseScaleLabels,
  ...parkKindLabels,
  ...usccAuthorityLabels,
  ...usccEntityKindLabels,
  ...governmentLevelLabels,
  ...adviserKindLabels,
  ...experienceBasisLabels,
  ...enterpriseRelatedClassLabels,
  ...officialRoleLabels,
  ...governingBodyKindLabels,
  ...expertKindLabels,
  ...roundingModeLabels,
  ...intakeChannelLabels,
  ...issueScopeLabels,
  ...issueNatureLabels,
  ...issueOriginLabels,
  ...procedureLabels,
  ...issueStateLabels,
  ...issueCommandTypeLabels,
  ...issueGuardLabels,
  ...answerOutcomeLabels,
  ...feedbackLevelLabels,
  ...serviceModeLabels,
  ...supervisionStepLabels,
  ...extensionStatusLabels,
  ...actorRoleLabels,
  ...supervisionColourLabels,
  ...recurrenceBasisLabels,
  ...archiveItemLabels,
  ...matterKindLabels,
  ...procedureRuleLabels,
  ...escalationHolderLabels,
  ...pairingSelectionLabels,
  ...secondmentDirectionLabels,
  ...matchProposersLabels,
  ...meetingKindLabels,
  ...meetingCadenceUnitLabels,
  ...meetingRollLabels,
  ...visitModeLabels,
  ...visitCadenceRoleLabels,
  ...visitCadenceScopeLabels,
  ...visitPeriodUnitLabels,
  ...visitStatusLabels,
  ...gridGapLabels,
  ...rateNameLabels,
  ...noDataRuleLabels,
  ...appraisalGradeLabels,
  ...appraisalPoolLabels,
  ...accessActionLabels,
  ...accessScopeLabels,
  ...accessEffectLabels,
} as const satisfies Record<string, BilingualText>);

/**
 * Any enum value that qinqing defines (festivals, market-entity types, adviser kinds, roles, …).
 *
 * @category Core
 */
export type LabelledValue = keyof typeof allLabels;

/**
 * The display label of an enum value qinqing defines, in Chinese or English. A value qinqing does
 * not know (data from a newer version, a typo in stored data) is shown as it is, never thrown on.
 *
 * @param value - The enum value, e.g. `'springFestival'` or `'executiveDeputyMayor'`.
 * @param locale - `'zh-CN'` or `'en'`.
 * @returns The label, or the value itself when it has none.
 * @example
 * ```ts
 * label('executiveDeputyMayor', 'zh-CN'); // '常务副市长'
 * label('springFestival', 'en'); // 'Spring Festival'
 * label('notAValue' as LabelledValue, 'en'); // 'notAValue'
 * ```
 * @category Core
 */
export function label(value: LabelledValue, locale: Locale): string {
  return Object.hasOwn(allLabels, value) ? inLocale(allLabels[value], locale) : String(value);
}
