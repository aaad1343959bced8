/** Registers `<cites-needs-matrix>` (safe to load more than once). */
import { defineElement } from '../../internal/define.ts';
import { CitesNeedsMatrix } from './needs-matrix.ts';

defineElement('cites-needs-matrix', CitesNeedsMatrix);

export { CitesNeedsMatrix };
