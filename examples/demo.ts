/**
 * `npm run demo`: a worked example of qinqing on built-in data, printed as a bilingual report.
 * It uses only the public API of the built package (`import … from 'qinqing'`).
 */
import { line, print } from './report.js';
import { calendarSection } from './sections/calendar.js';
import { identitySection } from './sections/identity.js';
import { escalationSection } from './sections/escalation.js';
import { hotlineSection } from './sections/hotline.js';
import { issuesSection, supervisionSection } from './sections/issues.js';
import { pairingSection } from './sections/pairing.js';
import { scoringSection } from './sections/scoring.js';
import { accessSection, privacySection } from './sections/access.js';
import { storeSection } from './sections/store.js';
import { scaleSection } from './sections/scale.js';
import { policySection } from './sections/policy.js';
import { campaignSection } from './sections/campaign.js';
import { peopleSection } from './sections/people.js';

line('亲清 qinqing — 政企服务演示报告 · a worked example of government service to enterprises');
line('All data below is built in; nothing is read from the clock, the network or the disk.');

calendarSection();
identitySection();
issuesSection();
supervisionSection();
hotlineSection();
escalationSection();
pairingSection();
scoringSection();
accessSection();
privacySection();
await storeSection();
scaleSection();
policySection();
campaignSection();
peopleSection();

print();
