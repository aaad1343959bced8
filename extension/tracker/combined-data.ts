/**
 * The needs in use and every known activity: those recorded in the tracker and those of the
 * dataset in use (a donor's published activities, for example). A recorded activity wins over
 * one of the data with the same id.
 */
import type { Activity, Indicator } from '../../core/schemas/activity.ts';
import type { Dataset } from '../../core/schemas/dataset.ts';

/** The needs, activities and indicators to analyse and score. */
export function combinedData(
  records: ReadonlyArray<{ activity: Activity; indicators: readonly Indicator[] }>,
  dataset: Pick<Dataset, 'needs' | 'activities' | 'indicators'> | undefined,
): Pick<Dataset, 'needs' | 'activities' | 'indicators'> {
  const recorded = new Set(records.map((record) => record.activity.id));
  const recordedIndicators = new Set(records.flatMap((record) => record.indicators.map((i) => i.id)));
  return {
    needs: dataset?.needs ?? [],
    activities: [
      ...records.map((record) => record.activity),
      ...(dataset?.activities ?? []).filter((activity) => !recorded.has(activity.id)),
    ],
    indicators: [
      ...records.flatMap((record) => record.indicators),
      ...(dataset?.indicators ?? []).filter(
        (indicator) =>
          !recordedIndicators.has(indicator.id) && !(indicator.activity && recorded.has(indicator.activity)),
      ),
    ],
  };
}
