/**
 * Every entry point of the package as a module of `src/`, by specifier — for the tests that look
 * at the whole public API (enum labels, JSON Schemas). `qinqing/testing` is left out: it is the
 * testing kit, not the model.
 */
import * as root from '../src/index.js';
import * as access from '../src/access/index.js';
import * as calendar from '../src/calendar/index.js';
import * as campaign from '../src/campaign/index.js';
import * as enterprise from '../src/enterprise/index.js';
import * as escalation from '../src/escalation/index.js';
import * as issue from '../src/issue/index.js';
import * as meeting from '../src/meeting/index.js';
import * as org from '../src/org/index.js';
import * as pairing from '../src/pairing/index.js';
import * as privacy from '../src/privacy/index.js';
import * as policy from '../src/policy/index.js';
import * as procedure from '../src/procedure/index.js';
import * as report from '../src/report/index.js';
import * as scoring from '../src/scoring/index.js';
import * as store from '../src/store/index.js';
import * as taxonomy from '../src/taxonomy/index.js';
import * as visit from '../src/visit/index.js';

export const publicModules: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  qinqing: root,
  'qinqing/calendar': calendar,
  'qinqing/enterprise': enterprise,
  'qinqing/org': org,
  'qinqing/taxonomy': taxonomy,
  'qinqing/issue': issue,
  'qinqing/procedure': procedure,
  'qinqing/escalation': escalation,
  'qinqing/meeting': meeting,
  'qinqing/pairing': pairing,
  'qinqing/visit': visit,
  'qinqing/policy': policy,
  'qinqing/scoring': scoring,
  'qinqing/report': report,
  'qinqing/access': access,
  'qinqing/privacy': privacy,
  'qinqing/campaign': campaign,
  'qinqing/store': store,
};
