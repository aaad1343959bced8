/**
 * Precision and recall of the recognizer on the labelled corpus, per kind. The thresholds are the
 * quality bar the extension's annotations and the search rely on.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../core/recognize/recognize.ts';
import { formatScores, loadCorpus, score } from './corpus.ts';

const MIN_PRECISION = 0.98;
const MIN_RECALL = 0.97;

describe('recognizer corpus', () => {
  const corpus = loadCorpus();

  it('has labelled passages in English, French and Spanish, and the founding document', () => {
    const names = corpus.map((t) => t.name);
    expect(names).toContain('founding-document.expected.json');
    expect(names.some((n) => n.startsWith('fr-'))).toBe(true);
    expect(names.some((n) => n.startsWith('es-'))).toBe(true);
    expect(names.some((n) => n.startsWith('en-'))).toBe(true);
  });

  it(`reaches precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL} for every kind`, () => {
    const pairs = corpus.map((t) => ({ gold: t.gold, predicted: recognize(t.text) }));
    const { scores, errors } = score(pairs);
    console.log(`\n${formatScores(scores)}\n`);
    errors.forEach((e, i) => {
      for (const m of e.missed)
        console.log(`${corpus[i]!.name}: missed ${m.kind} ${m.id} ${JSON.stringify(m.text)} @${m.start}`);
      for (const m of e.spurious)
        console.log(`${corpus[i]!.name}: spurious ${m.kind} ${m.id} ${JSON.stringify(m.text)} @${m.start}`);
    });
    for (const s of scores) {
      expect(s.gold, `${s.kind} has labelled mentions`).toBeGreaterThan(0);
      expect(s.precision, `${s.kind} precision`).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(s.recall, `${s.kind} recall`).toBeGreaterThanOrEqual(MIN_RECALL);
    }
  });
});
