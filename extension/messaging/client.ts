/**
 * The typed way to ask the background or a page's content script: the request is validated
 * before it leaves, the answer's envelope and value when it arrives. The only caller of
 * `runtime.sendMessage` and `tabs.sendMessage` in the extension.
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
 * Sends `request` to the background.
 *
 * @param request - the request
 */
export async function askBackground<T extends BackgroundRequestType>(
  request: Extract<BackgroundRequest, { type: T }>,
): Promise<Result<BackgroundValue<T>>> {
  try {
    const valid = BackgroundRequestSchema.parse(request);
    const reply: unknown = await browser.runtime.sendMessage(valid);
    return readReply(reply, BackgroundResponseSchemas[request.type as T]) as Result<BackgroundValue<T>>;
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
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
