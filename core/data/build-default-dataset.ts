import { needsDataset } from '../dataset/needs-dataset.ts';
import { importNeedsTable } from '../import/needs-table.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { FOUNDING_SOURCE } from './founding-source.ts';
import { STRATEGIC_VISION } from './strategic-vision.ts';

/** When the bundled dataset was last generated; fixed so that generating it is reproducible. */
export const DEFAULT_DATASET_GENERATED_AT = '2026-11-27T00:00:00Z';

/**
 * Builds the bundled default dataset from the founding document's text: its Annex 3 needs
 * table (17 Parties, 60 needs), the three Parties it names as reporting no needs, and the
 * Strategic Vision 2021-2030 as far as it is verified.
 */
export function buildDefaultDataset(foundingText: string): Dataset {
  const imported = importNeedsTable(foundingText, { source: FOUNDING_SOURCE.id });
  if (!imported.ok) {
    throw new Error(`the founding document no longer imports: ${JSON.stringify(imported.errors)}`);
  }
  return {
    ...needsDataset({
      id: 'cites-cb-default',
      title: 'CITES capacity-building needs reported in implementation reports, 2016-2018',
      generatedAt: DEFAULT_DATASET_GENERATED_AT,
      publisher: 'CITES capacity-building tracker (bundled default data)',
      source: FOUNDING_SOURCE,
      reports: imported.reports,
      needs: imported.needs,
    }),
    strategicVision: STRATEGIC_VISION,
  };
}
