/**
 * The tracker page's typed way to ask the background: the request is validated before it
 * leaves, the answer's envelope and value when it arrives.
 */
import { browser } from '#imports';
import type { z } from 'zod';
import { ReplySchema } from '../../core/schemas/messages.ts';
import {
  TrackerRequestSchema,
  TrackerResponseSchemas,
  type TrackerRequest,
  type TrackerRequestType,
} from '../../core/schemas/tracker-messages.ts';
import { errorText, type Result } from '../messaging/result.ts';

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
  try {
    const valid = TrackerRequestSchema.parse(request);
    const reply: unknown = await browser.runtime.sendMessage(valid);
    const envelope = ReplySchema.safeParse(reply);
    if (!envelope.success) return { ok: false, error: 'no valid answer' };
    if (!envelope.data.ok) return envelope.data;
    const value = TrackerResponseSchemas[request.type as T].safeParse(envelope.data.value);
    return value.success
      ? { ok: true, value: value.data as TrackerValue<T> }
      : { ok: false, error: 'the answer did not validate' };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}
