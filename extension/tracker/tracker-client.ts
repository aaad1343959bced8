/**
 * The tracker page's typed way to ask the background: the request is validated before it
 * leaves, the answer's envelope and value when it arrives.
 */
import type { z } from 'zod';
import {
  TrackerRequestSchema,
  TrackerResponseSchemas,
  type TrackerRequest,
  type TrackerRequestType,
} from '../../core/schemas/tracker-messages.ts';
import { sendToBackground } from '../messaging/client.ts';
import type { Result } from '../messaging/result.ts';

/** The value the background answers a tracker request of type `T` with. */
export type TrackerValue<T extends TrackerRequestType> = z.infer<(typeof TrackerResponseSchemas)[T]>;

/**
 * Sends a tracker request to the background.
 *
 * @param request - the request
 */
export async function askTracker<T extends TrackerRequestType>(
  request: Extract<TrackerRequest, { type: T }>,
): Promise<Result<TrackerValue<T>>> {
  return sendToBackground(
    TrackerRequestSchema,
    request,
    TrackerResponseSchemas[request.type as T],
  ) as Promise<Result<TrackerValue<T>>>;
}
