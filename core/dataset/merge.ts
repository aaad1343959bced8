import { DATASET_SCHEMA_VERSION } from '../schemas/code-lists.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { summarize } from '../tracker/summarize.ts';

/**
 * Merges several published datasets (the Secretariat's needs, a donor's activities) into one,
 * keeping each record's source: source ids are prefixed with their dataset's id, and record ids
 * too where two datasets use the same one. Identical records (same id and content) appear once.
 */
export function mergeDatasets(datasets: readonly Dataset[], generatedAt = new Date().toISOString()): Dataset {
  if (datasets.length === 1) return datasets[0]!;
  const merged: Dataset = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    id: 'merged',
    title: datasets.map((d) => d.title).join(' + '),
    generatedAt,
    illustrative: datasets.some((d) => d.illustrative) || undefined,
    sources: [],
    parties: [],
    reports: [],
    needs: [],
    activities: [],
    indicators: [],
    resources: [],
    strategicVision: datasets.find((d) => d.strategicVision)?.strategicVision,
  };
  if (merged.illustrative === undefined) delete merged.illustrative;
  if (merged.strategicVision === undefined) delete merged.strategicVision;
  const collections = ['reports', 'needs', 'activities', 'indicators', 'resources'] as const;
  const seen = Object.fromEntries(collections.map((c) => [c, new Map<string, string>()])) as Record<
    (typeof collections)[number],
    Map<string, string>
  >;
  const partyCodes = new Set<string>();
  for (const dataset of datasets) {
    const sourceId = (id: string) => `${dataset.id}/${id}`;
    for (const source of dataset.sources) merged.sources.push({ ...source, id: sourceId(source.id) });
    for (const party of dataset.parties) {
      if (!partyCodes.has(party.code)) merged.parties.push(party);
      partyCodes.add(party.code);
    }
    for (const collection of collections) {
      for (const record of dataset[collection] as Array<{ id: string; source: string }>) {
        const moved = { ...record, source: sourceId(record.source) };
        const content = JSON.stringify({ ...record, source: undefined });
        const previous = seen[collection].get(record.id);
        if (previous === content) continue;
        const id = previous === undefined ? record.id : `${dataset.id}/${record.id}`;
        seen[collection].set(id, content);
        (merged[collection] as Array<{ id: string }>).push({ ...moved, id });
      }
    }
  }
  return { ...merged, summary: summarize(merged) };
}
