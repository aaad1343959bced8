/**
 * The CITES capacity-building tracker widgets: importing this module registers
 * `<cites-activity-tracker>`, `<cites-resource-tracker>`, `<cites-needs-coverage>` and
 * `<cites-self-assessment>` (unless those names are already defined). The needs widgets are in
 * `index.ts` (`cites-widgets.js`); the two bundles can be loaded side by side.
 */
export { CitesActivityTracker } from './components/activity-tracker/define.ts';
export { CitesResourceTracker } from './components/resource-tracker/define.ts';
export { CitesNeedsCoverage } from './components/needs-coverage/define.ts';
export { CitesSelfAssessment } from './components/self-assessment/define.ts';
export type { AssessmentChangeDetail } from './components/self-assessment/self-assessment.ts';
export type { CitesErrorDetail, CitesErrorEvent } from './events/cites-select.ts';
