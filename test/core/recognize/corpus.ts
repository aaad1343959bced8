/**
 * Loads the labelled recognizer corpus (test/fixtures/recognizer-corpus): annotated passages
 * (`NAME.txt`, mentions marked inline as ⟦kind:id|text⟧) and labelled external texts
 * (`NAME.expected.json`, pointing at a source file and listing its mentions in order).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MENTION_KINDS, type Mention, type MentionKind } from '../../../core/recognize/mention.ts';

export const CORPUS_DIR = new URL('../../fixtures/recognizer-corpus/', import.meta.url).pathname;
const ROOT = new URL('../../../', import.meta.url).pathname;

/** One labelled text. */
export interface LabelledText {
  name: string;
  text: string;
  gold: Mention[];
}

const MARK = /⟦([a-z]+):([^|⟧]+)\|([^⟧]+)⟧/g;

/** Strips the ⟦kind:id|text⟧ marks from an annotated passage and returns the text and its mentions. */
export function parseAnnotated(name: string, annotated: string): LabelledText {
  const gold: Mention[] = [];
  let text = '';
  let last = 0;
  for (const m of annotated.matchAll(MARK)) {
    const [whole, kind, id, inner] = m as unknown as [string, string, string, string];
    if (!(MENTION_KINDS as readonly string[]).includes(kind))
      throw new Error(`${name}: unknown kind ${kind}`);
    text += annotated.slice(last, m.index);
    gold.push({
      kind: kind as MentionKind,
      id,
      start: text.length,
      end: text.length + inner.length,
      text: inner,
    });
    text += inner;
    last = m.index + whole.length;
  }
  text += annotated.slice(last);
  if (text.includes('⟦') || text.includes('⟧')) throw new Error(`${name}: a mark is malformed`);
  return { name, text, gold };
}

interface ExpectedFile {
  source: string;
  mentions: { kind: MentionKind; id: string; text: string }[];
}

/** Locates the listed mentions of an external text in order. */
export function parseExpected(name: string, expected: ExpectedFile): LabelledText {
  const text = readFileSync(join(ROOT, expected.source), 'utf8');
  let from = 0;
  const gold = expected.mentions.map(({ kind, id, text: mentionText }) => {
    const start = text.indexOf(mentionText, from);
    if (start < 0) throw new Error(`${name}: "${mentionText}" not found after offset ${from}`);
    from = start + mentionText.length;
    return { kind, id, start, end: from, text: mentionText };
  });
  return { name, text, gold };
}

/** Every labelled text of the corpus, sorted by name. */
export function loadCorpus(): LabelledText[] {
  return readdirSync(CORPUS_DIR)
    .sort()
    .flatMap((file) => {
      const content = readFileSync(join(CORPUS_DIR, file), 'utf8');
      if (file.endsWith('.expected.json')) return [parseExpected(file, JSON.parse(content) as ExpectedFile)];
      if (file.endsWith('.txt')) return [parseAnnotated(file, content)];
      return [];
    });
}

/** Precision and recall of one kind. */
export interface Score {
  kind: MentionKind;
  gold: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
}

const keyOf = (m: Mention) => `${m.kind}|${m.id}|${m.start}|${m.end}`;

/** Scores `predicted` against `gold` per kind: a mention is correct when kind, id, start and end all agree. */
export function score(pairs: readonly { gold: readonly Mention[]; predicted: readonly Mention[] }[]): {
  scores: Score[];
  errors: { missed: Mention[]; spurious: Mention[] }[];
} {
  const counts = new Map<MentionKind, { gold: number; found: number; correct: number }>(
    MENTION_KINDS.map((kind) => [kind, { gold: 0, found: 0, correct: 0 }]),
  );
  const errors = pairs.map(({ gold, predicted }) => {
    const goldKeys = new Set(gold.map(keyOf));
    const predictedKeys = new Set(predicted.map(keyOf));
    for (const m of gold) counts.get(m.kind)!.gold++;
    for (const m of predicted) {
      const c = counts.get(m.kind)!;
      c.found++;
      if (goldKeys.has(keyOf(m))) c.correct++;
    }
    return {
      missed: gold.filter((m) => !predictedKeys.has(keyOf(m))),
      spurious: predicted.filter((m) => !goldKeys.has(keyOf(m))),
    };
  });
  const scores = [...counts].map(([kind, c]) => ({
    kind,
    ...c,
    precision: c.found === 0 ? 1 : c.correct / c.found,
    recall: c.gold === 0 ? 1 : c.correct / c.gold,
  }));
  return { scores, errors };
}

/** The scores as a plain-text table. */
export function formatScores(scores: readonly Score[]): string {
  const rows = scores.map(
    (s) =>
      `${s.kind.padEnd(13)} ${String(s.gold).padStart(5)} ${String(s.found).padStart(6)} ${String(s.correct).padStart(8)}   ${s.precision.toFixed(3)}     ${s.recall.toFixed(3)}`,
  );
  return ['kind           gold  found  correct   precision recall', ...rows].join('\n');
}
