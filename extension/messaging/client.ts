/**
 * The typed way to ask the background or a page's content script: the request is validated
 * before it leaves, the answer's envelope and value when it arrives. Every request the
 * extension's pages and scripts send (its own, the notes', the tracker's) goes through here;
 * only the background's change events to open pages are sent elsewhere.
 */
import { browser } from '#imports';
import type { z } from 'zod';
import {
  BackgroundRequestSchema,
  BackgroundResponseSchemas,
  ReplySchema,
  TabRequestSchema,
  TabResponseSchemas,
  type BackgroundRequest,
  type BackgroundRequestType,
  type TabRequest,
} from '../../core/schemas/messages.ts';
import { errorText, type Result } from './result.ts';

/** The value the background answers a request of type `T` with. */
export type BackgroundValue<T extends BackgroundRequestType> = z.infer<(typeof BackgroundResponseSchemas)[T]>;

/** The value a content script answers a request of type `T` with. */
export type TabValue<T extends TabRequest['type']> = z.infer<(typeof TabResponseSchemas)[T]>;

function readReply<S extends z.ZodType>(reply: unknown, schema: S): Result<z.infer<S>> {
  const envelope = ReplySchema.safeParse(reply);
  if (!envelope.success) return { ok: false, error: 'no valid answer' };
  if (!envelope.data.ok) return envelope.data;
  const value = schema.safeParse(envelope.data.value);
  return value.success
    ? { ok: true, value: value.data }
    : { ok: false, error: 'the answer did not validate' };
}

/**
 * Sends `request` to the background once `requestSchema` accepts it, and reads the answer with
 * `responseSchema`: the one way the extension's pages and scripts ask the background (the
 * extension's own requests, the notes', the tracker's).
 *
 * @param requestSchema - what a request must be
 * @param request - the request
 * @param responseSchema - what the answer's value must be
 */
export async function sendToBackground<S extends z.ZodType>(
  requestSchema: z.ZodType,
  request: unknown,
  responseSchema: S,
): Promise<Result<z.infer<S>>> {
  try {
    const valid = requestSchema.parse(request);
    const reply: unknown = await browser.runtime.sendMessage(valid);
    return readReply(reply, responseSchema);
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/**
 * Sends `request` to the background.
 *
 * @param request - the request
 */
export async function askBackground<T extends BackgroundRequestType>(
  request: Extract<BackgroundRequest, { type: T }>,
): Promise<Result<BackgroundValue<T>>> {
  return sendToBackground(
    BackgroundRequestSchema,
    request,
    BackgroundResponseSchemas[request.type as T],
  ) as Promise<Result<BackgroundValue<T>>>;
}

/**
 * Sends `request` to the content script of tab `tabId`.
 *
 * @param tabId - the tab
 * @param request - the request
 */
export async function askTab<T extends TabRequest['type']>(
  tabId: number,
  request: Extract<TabRequest, { type: T }>,
): Promise<Result<TabValue<T>>> {
  try {
    const valid = TabRequestSchema.parse(request);
    const reply: unknown = await browser.tabs.sendMessage(tabId, valid);
    return readReply(reply, TabResponseSchemas[request.type as T]) as Result<TabValue<T>>;
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}
