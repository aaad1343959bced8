import { RECIPIENT_CODES, sortRecipients, type RecipientCode } from '../schemas/code-lists.ts';

export type RecipientCellResult = { ok: true; codes: RecipientCode[] } | { ok: false; unknown: string[] };

const KNOWN = new Set<string>(RECIPIENT_CODES);

/**
 * Reads a cell of recipient codes as people write them: `MA, SA`, `MA,SA`, `MA SA` or `MA; SA`.
 * An empty cell is an empty list. Codes come back unique and in the order MA SA EA T N P O.
 */
export function parseRecipientCell(cell: string): RecipientCellResult {
  const tokens = cell
    .split(/[\s,;/]+/)
    .map((token) => token.trim().toUpperCase())
    .filter((token) => token !== '');
  const unknown = tokens.filter((token) => !KNOWN.has(token));
  if (unknown.length > 0) return { ok: false, unknown };
  return { ok: true, codes: sortRecipients(tokens as RecipientCode[]) };
}
