import type { Mention } from '../../core/recognize/index.ts';

/** Texts longer than this are recognized in windows, so one step stays short. */
export const WINDOW = 8000;

/**
 * Recognizes a long text window by window, each window ending at a line break (or a space) so
 * no mention is cut, with offsets into the whole text.
 *
 * @param text - the text
 * @param recognize - the recognizer
 */
export function recognizeInWindows(text: string, recognize: (text: string) => Mention[]): Mention[] {
  if (text.length <= WINDOW) return recognize(text);
  const found: Mention[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + WINDOW, text.length);
    if (end < text.length) {
      const newline = text.lastIndexOf('\n', end);
      const cut = newline > start + WINDOW / 2 ? newline : text.lastIndexOf(' ', end);
      if (cut > start + WINDOW / 2) end = cut;
    }
    for (const mention of recognize(text.slice(start, end))) {
      found.push({ ...mention, start: mention.start + start, end: mention.end + start });
    }
    start = end;
  }
  return found;
}
