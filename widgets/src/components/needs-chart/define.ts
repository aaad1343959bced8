/** Registers `<cites-needs-chart>` (safe to load more than once). */
import { defineElement } from '../../internal/define.ts';
import { CitesNeedsChart } from './needs-chart.ts';

defineElement('cites-needs-chart', CitesNeedsChart);

export { CitesNeedsChart };
