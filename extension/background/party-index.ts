import { partyByCode } from '../../core/data/parties.ts';
import type { Dataset } from '../../core/schemas/dataset.ts';
import type { PartyRecord } from '../../core/schemas/messages.ts';

/** Looks up what a dataset says about each Party. */
export type PartyIndex = (code: string) => PartyRecord;

/**
 * Indexes `dataset` by Party: its reports, needs and their sources; the dataset's own Party
 * entries take precedence over the bundled list.
 *
 * @param dataset - the dataset in use
 */
export function indexParties(dataset: Dataset): PartyIndex {
  const parties = new Map(dataset.parties.map((party) => [party.code, party]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const reports = groupBy(dataset.reports, (report) => report.party);
  const needs = groupBy(dataset.needs, (need) => need.party);
  return (code) => {
    const partyReports = reports.get(code) ?? [];
    const partyNeeds = needs.get(code) ?? [];
    const sourceIds = new Set([...partyReports, ...partyNeeds].map((record) => record.source));
    return {
      code,
      party: parties.get(code) ?? partyByCode(code) ?? null,
      reports: partyReports,
      needs: partyNeeds,
      sources: [...sourceIds].flatMap((id) => sources.get(id) ?? []),
    };
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
