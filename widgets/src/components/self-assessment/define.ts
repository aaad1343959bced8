/** Registers `<cites-self-assessment>` (safe to load more than once). */
import { defineElement } from '../../internal/define.ts';
import { CitesSelfAssessment } from './self-assessment.ts';

defineElement('cites-self-assessment', CitesSelfAssessment);

export { CitesSelfAssessment };
