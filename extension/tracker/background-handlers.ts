/**
 * The background's answers to the tracker page: activities, indicators and self-assessments in
 * the extension's database, CSV import (all or nothing), and the dataset in use. The messaging
 * layer has already validated each request.
 */
import type { ActivitiesRepository } from '../../core/storage/activities-repo.ts';
import { TRACKER_SOURCE_ID } from '../../core/storage/activities-repo.ts';
import type { ImportResult, TrackerRequest } from '../../core/schemas/tracker-messages.ts';
import { parseActivitiesCsv } from '../../core/tracker/activities-csv.ts';
import type { DataStore } from '../background/data-store.ts';

type Req<T extends TrackerRequest['type']> = Extract<TrackerRequest, { type: T }>;

/**
 * The tracker's handlers over `repo` and the data store.
 *
 * @param repo - the tracker's repository
 * @param store - the background's data store (for the dataset in use)
 */
export function trackerHandlers(repo: ActivitiesRepository, store: Pick<DataStore, 'dataset'>) {
  return {
    'tracker.list': () => repo.list(),
    'tracker.save': (request: Req<'tracker.save'>) =>
      repo.save({
        activity: request.activity,
        indicators: request.indicators,
        ...(request.revision !== undefined ? { revision: request.revision } : {}),
      }),
    'tracker.delete': (request: Req<'tracker.delete'>) => repo.remove(request.id),
    'tracker.restore': (request: Req<'tracker.restore'>) => repo.restore(request.id),
    'tracker.importCsv': async (request: Req<'tracker.importCsv'>): Promise<ImportResult> => {
      const parsed = parseActivitiesCsv(request.text, TRACKER_SOURCE_ID);
      if (!parsed.ok) return { ok: false, problems: parsed.errors };
      const stored = await repo.importActivities(parsed.activities);
      return stored.ok ? stored : { ok: false, problems: [], error: stored.error };
    },
    'tracker.dataInUse': () => store.dataset(),
    'tracker.listAssessments': () => repo.listAssessments(),
    'tracker.saveAssessment': (request: Req<'tracker.saveAssessment'>) =>
      repo.saveAssessment(request.assessment),
    'tracker.deleteAssessment': async (request: Req<'tracker.deleteAssessment'>) => {
      const removed = await repo.removeAssessment(request.party);
      return removed ? { removed } : {};
    },
  };
}
