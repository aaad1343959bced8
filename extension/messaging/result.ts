/** The outcome of a message: its value, or why there is none (errors cross no channel as objects). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * The message of whatever was thrown, as text.
 *
 * @param error - anything thrown
 */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
