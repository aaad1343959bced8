import { describe, expect, it } from 'vitest';
import { recognize } from '../../core/recognize/index.ts';
import { recognizeInWindows, WINDOW } from '../../extension/annotate/long-text.ts';

describe('recognizing a long text in windows', () => {
  it('finds the same mentions, at the same offsets, as one pass over the whole text', () => {
    const line = 'Mexico and Viet Nam reported under Decision 18.46 and Notification No. 2020/027.\n';
    const text = line.repeat(Math.ceil((WINDOW * 3) / line.length));
    const windowed = recognizeInWindows(text, (part) => recognize(part));
    expect(windowed).toEqual(recognize(text));
    for (const mention of windowed) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });
});
