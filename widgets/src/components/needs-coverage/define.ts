/** Registers `<cites-needs-coverage>` (safe to load more than once). */
import { defineElement } from '../../internal/define.ts';
import { CitesNeedsCoverage } from './needs-coverage.ts';

defineElement('cites-needs-coverage', CitesNeedsCoverage);

export { CitesNeedsCoverage };
