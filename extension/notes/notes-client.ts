/**
 * The typed way for pages, the viewer and content scripts to reach the notes (which the
 * background owns), and to hear when they change. Requests are validated before they leave,
 * answers when they arrive.
 */
import type { z } from 'zod';
import {
  NotesEventSchema,
  NotesRequestSchema,
  NotesResponseSchemas,
  type NotesEvent,
  type NotesRequest,
  type NotesRequestType,
} from '../../core/schemas/notes-messages.ts';
import { sendToBackground } from '../messaging/client.ts';
import type { Result } from '../messaging/result.ts';
import { serveMessages } from '../messaging/serve.ts';

/** The value the background answers a notes request of type `T` with. */
export type NotesValue<T extends NotesRequestType> = z.infer<(typeof NotesResponseSchemas)[T]>;

/**
 * Sends a notes request to the background.
 *
 * @param request - the request
 */
export async function askNotes<T extends NotesRequestType>(
  request: Extract<NotesRequest, { type: T }>,
): Promise<Result<NotesValue<T>>> {
  return sendToBackground(NotesRequestSchema, request, NotesResponseSchemas[request.type as T]) as Promise<
    Result<NotesValue<T>>
  >;
}

/**
 * Calls `listener` with each notes event the background sends.
 *
 * @param listener - what to call
 * @returns a function that stops listening
 */
export function listenToNotes(listener: (event: NotesEvent) => void): () => void {
  return serveMessages(NotesEventSchema, {
    'notes.changed': (event) => listener(event),
    'notes.page.changed': (event) => listener(event),
    'notes.start': (event) => listener(event),
    'notes.show': (event) => listener(event),
  });
}
