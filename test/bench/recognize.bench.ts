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
 * as a ratio to the peer's build over the same names, and the start-up a content script pays:
 * the build, cold, then the first recognition of a long page.
 *
 * Every contender gets the same treatment: warm-up runs until its speed has settled (the engine
 * compiles a hot function in tiers, and the fastest tier comes only after several runs over a
 * large text; the naive baseline, seconds per run, gets one), then rounds in which each runs
 * once, one after the other, so that a burst of load from other jobs on a shared machine hits them
 * alike (the floor twice, right before and right after the recognizer). Each timed run starts on
 * a collected heap (see `time`). A ratio is the median over the rounds of the ratio within each
 * round (the naive baseline, seconds per run, runs in the first rounds only, each compared with
 * the recognizer's run of the same round); the throughput is the median. The spread of the ratios over the rounds and
 * the machine's load are printed with them.
 */
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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
/** The long text recognized first, cold: about twenty pages. */
const FIRST_PAGE_LENGTH = 60_000;

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

/**
 * A full garbage collection, run before each timed run: a contender that allocates much (the
 * peer builds an array per match) leaves garbage whose collection would otherwise fall into the
 * next contender's time. Each contender still pays for collecting what it allocates itself.
 */
let collectGarbage: () => void = () => undefined;

/** Makes `collectGarbage` a full collection (done in `run`, not when a test imports `benchText`). */
function exposeGarbageCollection(): void {
  setFlagsFromString('--expose-gc');
  collectGarbage = runInNewContext('gc') as () => void;
}

/** The time of one run of `fn`, in milliseconds, starting on a collected heap. */
function time(fn: () => unknown): number {
  collectGarbage();
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rounds of the fast contenders, and of the naive baseline among them. */
const ROUNDS = 21;
const NAIVE_ROUNDS = 3;
/** Warm-up of the fast contenders: at least this many runs, and runs for at least this long. */
const WARM_UP_RUNS = 10;
const WARM_UP_MS = 1500;

let sink = 0;

function floorPass(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

export async function run(): Promise<void> {
  exposeGarbageCollection();
  // Start-up first, while the process is cold, as a content script pays it: the build, then the
  // first recognition of a long page of text (which runs the one-time warm-up before it).
  const page = benchText(FIRST_PAGE_LENGTH);
  const t0 = performance.now();
  const recognizer = createRecognizer();
  const coldBuild = performance.now() - t0;
  const t1 = performance.now();
  sink ^= recognizer.recognize(page).length;
  const firstRecognition = performance.now() - t1;

  const names = partyNameEntries(PARTIES)
    .filter((e) => e.code !== '')
    .map((e) => e.name);
  const namesText = names.join('\n');
  const builds: number[] = [];
  const peerBuilds: number[] = [];
  const floorNames: number[] = [];
  createRecognizer({ parties: PARTIES });
  new AhoCorasick(names);
  for (let round = 0; round < ROUNDS; round++) {
    builds.push(time(() => createRecognizer({ parties: PARTIES })));
    peerBuilds.push(time(() => new AhoCorasick(names)));
    floorNames.push(time(() => (sink ^= floorPass(namesText))));
  }
  const warmBuild = median(builds);
  const peerBuild = median(peerBuilds);

  const text = benchText();
  const mchars = text.length / 1e6;
  const peerSearcher = new AhoCorasick(names);
  const naiveRegexps = names.map(
    (name) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu'),
  );
  const contenders = {
    ours: () => (sink ^= recognizer.recognize(text).length),
    floor: () => (sink ^= floorPass(text)),
    peer: () => (sink ^= peerSearcher.search(text).length),
    naive: () => {
      let count = 0;
      for (const re of naiveRegexps) {
        re.lastIndex = 0;
        while (re.exec(text) !== null) count++;
      }
      return (sink ^= count);
    },
  };
  for (const [name, fn] of Object.entries(contenders)) {
    if (name === 'naive') {
      fn();
      continue;
    }
    const until = performance.now() + WARM_UP_MS;
    for (let run = 0; run < WARM_UP_RUNS || performance.now() < until; run++) fn();
  }

  const ours: number[] = [];
  const ratios = { naive: [] as number[], peer: [] as number[], floor: [] as number[] };
  const rates = { naive: [] as number[], peer: [] as number[], floor: [] as number[] };
  const record = (name: 'floor' | 'peer' | 'naive', ms: number, mine: number) => {
    ratios[name].push(ms / mine);
    rates[name].push(mchars / (ms / 1000));
  };
  for (let round = 0; round < ROUNDS; round++) {
    // The floor, a few milliseconds, runs right before and right after the recognizer and is
    // compared as the mean of the two, so that a change of pace of a shared machine during the
    // round hits both sides alike. The slower baselines run before the recognizer in one round
    // and after it in the next.
    const before = round % 2 === 0;
    const slow: ('peer' | 'naive')[] = round < NAIVE_ROUNDS ? ['peer', 'naive'] : ['peer'];
    const slowTimes = before ? slow.map((name) => [name, time(contenders[name])] as const) : [];
    const floorBefore = time(contenders.floor);
    const mine = time(contenders.ours);
    const floorAfter = time(contenders.floor);
    if (!before) slowTimes.push(...slow.map((name) => [name, time(contenders[name])] as const));
    ours.push(mine);
    record('floor', (floorBefore + floorAfter) / 2, mine);
    for (const [name, ms] of slowTimes) record(name, ms, mine);
  }

  const rate = (ms: number) => mchars / (ms / 1000);
  const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  const spread = (values: readonly number[]) => `${fmt(Math.min(...values))}-${fmt(Math.max(...values))}`;
  const mentions = recognizer.recognize(text).length;
  console.log(
    `text: ${text.length.toLocaleString('en')} characters, ${names.length} names, ${mentions.toLocaleString('en')} mentions; ` +
      `${ROUNDS} rounds (naive: ${NAIVE_ROUNDS}), load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')} on ${availableParallelism()} CPUs`,
  );
  console.log(
    `baselines: naive ${fmt(median(rates.naive))} Mchar/s, peer (ahocorasick) ${fmt(median(rates.peer))} Mchar/s, floor ${fmt(median(rates.floor))} Mchar/s`,
  );
  console.log(
    `recognize: ${fmt(rate(median(ours)))} Mchar/s, ${fmt(median(ratios.naive))}x naive, ${fmt(median(ratios.peer))}x peer, ${fmt(median(ratios.floor))}x floor`,
  );
  console.log(
    `  spread over the rounds: ${spread(ours.map(rate))} Mchar/s, ${spread(ratios.naive)}x naive, ` +
      `${spread(ratios.peer)}x peer, ${spread(ratios.floor)}x floor`,
  );
  console.log(
    `build: ${coldBuild.toFixed(1)} ms cold (first build), ${warmBuild.toFixed(1)} ms warm; ` +
      `${fmt(warmBuild / peerBuild)}x the peer's build (${peerBuild.toFixed(1)} ms), ` +
      `${fmt(warmBuild / median(floorNames))}x one floor pass over the names (${(median(floorNames) * 1000).toFixed(1)} µs)`,
  );
  console.log(
    `start-up: build ${coldBuild.toFixed(1)} ms, then the first recognition of ${FIRST_PAGE_LENGTH.toLocaleString('en')} characters ` +
      `${firstRecognition.toFixed(1)} ms cold (with the one-time warm-up)`,
  );
  if (sink === 0.5) console.log('');
}
