/**
 * Publishing: the dataset an audience may see. Records above the audience's level are dropped,
 * with everything that would let them be read back: indicators and resources of a dropped
 * activity, links from activities to dropped needs, and the totals, which are recomputed from
 * what is kept. Private records are never published.
 */
import { VISIBILITY_LEVELS, type Visibility } from '../schemas/code-lists.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { summarize } from '../tracker/summarize.ts';

/** Audiences a dataset can be published for, from the widest. */
export const AUDIENCES = ['public', 'parties', 'secretariat'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** True when a record of `visibility` may be shown to `audience`. */
export function visibleTo(visibility: Visibility, audience: Audience): boolean {
  return VISIBILITY_LEVELS.indexOf(visibility) <= VISIBILITY_LEVELS.indexOf(audience);
}

/** The dataset as `audience` may see it, with its totals recomputed. */
export function publishDataset(
  dataset: Dataset,
  audience: Audience,
  generatedAt = new Date().toISOString(),
): Dataset {
  const keep = <T extends { visibility: Visibility }>(records: T[]) =>
    records.filter((r) => visibleTo(r.visibility, audience));
  const needs = keep(dataset.needs);
  // Links to needs withheld here are dropped; links to needs another dataset holds (an activities
  // file answering the Secretariat's needs) stay, as they reveal nothing of this one.
  const withheldNeeds = new Set(dataset.needs.filter((need) => !needs.includes(need)).map((need) => need.id));
  const activities = keep(dataset.activities).map((activity) => ({
    ...activity,
    needs: activity.needs.filter((id) => !withheldNeeds.has(id)),
  }));
  const activityIds = new Set(activities.map((activity) => activity.id));
  const indicators = keep(dataset.indicators).filter((i) => !i.activity || activityIds.has(i.activity));
  const indicatorIds = new Set(indicators.map((indicator) => indicator.id));
  for (const activity of activities)
    activity.indicators = activity.indicators.filter((id) => indicatorIds.has(id));
  const resources = keep(dataset.resources).filter((r) => !r.activity || activityIds.has(r.activity));
  const reports = keep(dataset.reports);
  const kept = { reports, needs, activities, indicators, resources };
  const usedSources = new Set(
    Object.values(kept).flatMap((records) => records.map((r: { source: string }) => r.source)),
  );
  return {
    ...dataset,
    generatedAt,
    audience,
    sources:
      usedSources.size > 0
        ? dataset.sources.filter((source) => usedSources.has(source.id))
        : // A dataset names at least one source; with no record kept, none of the originals is named.
          [{ id: 'published', title: `Published for ${audience}`, verified: true }],
    ...kept,
    summary: summarize(kept),
  };
}
