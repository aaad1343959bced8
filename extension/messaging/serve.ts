/**
 * Answers typed messages: each incoming message is parsed with the request schema (anything
 * else is ignored, so other listeners can answer it), handed to the handler of its type, and the
 * handler's value (or error) sent back in the `{ ok, value | error }` envelope.
 */
import { browser, type Browser } from '#imports';
import type { z } from 'zod';
import { errorText } from './result.ts';

type Handlers<R extends { type: string }> = {
  [T in R['type']]: (request: Extract<R, { type: T }>, sender: Browser.runtime.MessageSender) => unknown;
};

/**
 * Listens for requests matching `schema` and answers them with `handlers`.
 *
 * @param schema - the requests accepted
 * @param handlers - one function per request type
 * @param accept - whether to answer a sender at all (content scripts refuse other extensions)
 * @returns a function that stops listening
 */
export function serveMessages<R extends { type: string }>(
  schema: z.ZodType<R>,
  handlers: Handlers<R>,
  accept: (sender: Browser.runtime.MessageSender) => boolean = (sender) => sender.id === browser.runtime.id,
): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    if (!accept(sender)) return undefined;
    const parsed = schema.safeParse(message);
    if (!parsed.success) return undefined;
    const request = parsed.data;
    const handler = handlers[request.type as R['type']] as (
      request: R,
      sender: Browser.runtime.MessageSender,
    ) => unknown;
    Promise.resolve()
      .then(() => handler(request, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: errorText(error) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
