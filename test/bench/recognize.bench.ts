/**
 * `npm run bench -- recognize`: the recognizer's throughput over a large CITES-like text, as
 * ratios to three baselines measured in the same run on the same text and the same names:
 *
 * - naive: one regular expression per Party name and alias, run one after another;
 * - peer: the `ahocorasick` npm package (case-sensitive, blind to word boundaries, no
 *   references: it does less than the recognizer);
 * - floor: one JavaScript loop reading every character code once.
 *
 * The text (>= 5 million characters) is the founding document and the labelled corpus passages,
 * cut into paragraphs and shuffled deterministically. The matcher's build time is printed too,
 * as a ratio to the peer's build over the same names.
 */
import { createRequire } from 'node:module';
import { PARTIES } from '../../core/data/parties.ts';
import { partyNameEntries } from '../../core/recognize/party-names.ts';
import { createRecognizer } from '../../core/recognize/recognize.ts';
import { loadCorpus } from '../core/recognize/corpus.ts';

interface AhoCorasickSearcher {
  search(text: string): [number, string[]][];
}
const AhoCorasick = createRequire(import.meta.url)('ahocorasick') as new (
  keywords: string[],
) => AhoCorasickSearcher;

const TARGET_LENGTH = 5_000_000;

/** A small deterministic PRNG (mulberry32), so that every run measures the same text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The benchmark text: real passages cut into paragraphs, shuffled deterministically, repeated to the target length. */
export function benchText(target = TARGET_LENGTH): string {
  const paragraphs = loadCorpus().flatMap((t) => t.text.split(/\n\s*\n/).filter((p) => p.trim().length > 0));
  const next = random(20190817);
  const parts: string[] = [];
  let length = 0;
  while (length < target) {
    const order = paragraphs.map((p) => [next(), p] as const).sort((a, b) => a[0] - b[0]);
    for (const [, p] of order) {
      parts.push(p);
      length += p.length + 2;
    }
  }
  return parts.join('\n\n');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Best (shortest) time of `runs` runs of `fn`, in milliseconds, after one warm-up run. */
function best(runs: number, fn: () => unknown): number {
  fn();
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

let sink = 0;

function floorPass(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

export async function run(): Promise<void> {
  // Build time first, while the process is cold, as a content script would pay it.
  const t0 = performance.now();
  const recognizer = createRecognizer();
  const coldBuild = performance.now() - t0;
  const warmBuild = best(5, () => createRecognizer({ parties: PARTIES }));

  const names = partyNameEntries(PARTIES)
    .filter((e) => e.code !== '')
    .map((e) => e.name);
  const peerBuild = best(3, () => new AhoCorasick(names));
  const namesText = names.join('\n');
  const floorNames = best(20, () => (sink ^= floorPass(namesText)));

  const text = benchText();
  const mchars = text.length / 1e6;

  const ours = best(5, () => (sink ^= recognizer.recognize(text).length));
  const floor = best(5, () => (sink ^= floorPass(text)));
  const peerSearcher = new AhoCorasick(names);
  const peer = best(2, () => (sink ^= peerSearcher.search(text).length));
  const naiveRegexps = names.map(
    (name) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu'),
  );
  const naive = best(1, () => {
    let count = 0;
    for (const re of naiveRegexps) {
      re.lastIndex = 0;
      while (re.exec(text) !== null) count++;
    }
    return (sink ^= count);
  });

  const rate = (ms: number) => mchars / (ms / 1000);
  const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  const mentions = recognizer.recognize(text).length;
  console.log(
    `text: ${text.length.toLocaleString('en')} characters, ${names.length} names, ${mentions.toLocaleString('en')} mentions`,
  );
  console.log(
    `baselines: naive ${fmt(rate(naive))} Mchar/s, peer (ahocorasick) ${fmt(rate(peer))} Mchar/s, floor ${fmt(rate(floor))} Mchar/s`,
  );
  console.log(
    `recognize: ${fmt(rate(ours))} Mchar/s, ${fmt(naive / ours)}x naive, ${fmt(peer / ours)}x peer, ${fmt(floor / ours)}x floor`,
  );
  console.log(
    `build: ${coldBuild.toFixed(1)} ms cold (first build), ${warmBuild.toFixed(1)} ms warm; ` +
      `${fmt(warmBuild / peerBuild)}x the peer's build (${peerBuild.toFixed(1)} ms), ` +
      `${fmt(warmBuild / floorNames)}x one floor pass over the names (${(floorNames * 1000).toFixed(1)} µs)`,
  );
  if (sink === 0.5) console.log('');
}
