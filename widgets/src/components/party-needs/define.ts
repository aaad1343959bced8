/** Registers `<cites-party-needs>` (safe to load more than once). */
import { defineElement } from '../../internal/define.ts';
import { CitesPartyNeeds } from './party-needs.ts';

defineElement('cites-party-needs', CitesPartyNeeds);

export { CitesPartyNeeds };
