/** Registers `<cites-activity-tracker>` (safe to load more than once). */
import { defineElement } from '../../internal/define.ts';
import { CitesActivityTracker } from './activity-tracker.ts';

defineElement('cites-activity-tracker', CitesActivityTracker);

export { CitesActivityTracker };
