/** Starts answering the tracker page's messages, beside the background's other listeners. */
import { TrackerRequestSchema } from '../../core/schemas/tracker-messages.ts';
import { ActivitiesRepository } from '../../core/storage/activities-repo.ts';
import { AppDB } from '../../core/storage/app-db.ts';
import type { DataStore } from '../background/data-store.ts';
import { serveMessages } from '../messaging/serve.ts';
import { trackerHandlers } from './background-handlers.ts';

/**
 * Serves `tracker.*` requests from the extension's database.
 *
 * @param store - the background's data store (for the dataset in use)
 * @returns a function that stops serving
 */
export function serveTracker(store: Pick<DataStore, 'dataset'>): () => void {
  return serveMessages(TrackerRequestSchema, trackerHandlers(new ActivitiesRepository(new AppDB()), store));
}
