/** Registers `<cites-resource-tracker>` (safe to load more than once). */
import { defineElement } from '../../internal/define.ts';
import { CitesResourceTracker } from './resource-tracker.ts';

defineElement('cites-resource-tracker', CitesResourceTracker);

export { CitesResourceTracker };
