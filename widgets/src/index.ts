/**
 * The CITES capacity-building widgets: importing this module registers `<cites-needs-matrix>`,
 * `<cites-party-needs>` and `<cites-needs-chart>` (unless those names are already defined).
 */
export { CitesNeedsMatrix } from './components/needs-matrix/define.ts';
export { CitesPartyNeeds } from './components/party-needs/define.ts';
export { CitesNeedsChart } from './components/needs-chart/define.ts';
export type {
  CitesSelectDetail,
  CitesSelectEvent,
  CitesErrorDetail,
  CitesErrorEvent,
} from './events/cites-select.ts';
