/**
 * The shape of one mention found by the recognizer. It is what the extension annotates, what the
 * notes link and what the search indexes, so it is a zod schema: anything that stores or receives
 * mentions (a worker message, a saved note) can validate them with the same definition.
 */
import { z } from 'zod';

/** The kinds of mention, in the order the interface lists them. */
export const MENTION_KINDS = ['party', 'decision', 'resolution', 'document', 'notification'] as const;
export const MentionKindSchema = z.enum(MENTION_KINDS);
export type MentionKind = z.infer<typeof MentionKindSchema>;

/**
 * One mention: its kind, its canonical id, and where it is in the text.
 *
 * - `party`: the Party's code (ISO 3166-1 alpha-2, `EU` for the European Union), e.g. `VN`.
 * - `decision`: `18.46`, or a range `18.39-18.46` when the text names one ("Decisions 18.39 to 18.46").
 * - `resolution`: `11.17` (the revision, "(Rev. CoP18)", is in `text` but not in the id).
 * - `document`: the meeting document's canonical name, e.g. `CoP18 Doc. 21.3`,
 *   `SC66 Doc. 20.2 (Rev. 1)`, `AC31 Doc. 10/PC25 Doc. 11`, `CoP18 Doc. 21.3 Annex 4`.
 * - `notification`: `YYYY/NNN`, the number padded to three digits, e.g. `2020/027`.
 *
 * `start` and `end` are JavaScript string indices (UTF-16 code units) into the recognized text,
 * and `text === source.slice(start, end)`.
 */
export const MentionSchema = z
  .object({
    kind: MentionKindSchema,
    id: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string().min(1),
  })
  .refine((m) => m.end - m.start === m.text.length, { message: 'end - start must equal text.length' });
export type Mention = z.infer<typeof MentionSchema>;
