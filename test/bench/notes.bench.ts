/**
 * `npm run bench -- notes`: notes with 100,000 of them in Chromium's IndexedDB — listing one
 * document's notes, a full-text search, and export then import of all of them — each as a ratio
 * to a plain IndexedDB baseline doing the same work on the same rows (`notes/plain.ts`: an
 * object store with the same indexes, raw requests, no Dexie, no validation, JSON instead of
 * Web Annotations).
 *
 * The page side (`notes/page.ts`, with our `NotesRepository` and the baseline) is bundled with
 * esbuild into a temporary folder, served from 127.0.0.1 (IndexedDB needs a real origin) and
 * driven with Playwright in headless Chromium, by default in a fresh (off-the-record) browser
 * context, whose IndexedDB is Chromium's usual one kept in memory; `NOTES_BENCH_DISK=1` runs it
 * in a temporary profile on disk instead, as users have it (writes are about twice as slow).
 * The notes are generated in the page by a seeded generator (`notes/generate.ts`), the same at
 * every run, over about 500 documents.
 *
 * Writing notes is what takes the time: Chromium's IndexedDB stores each note with some 45 index
 * entries (its words, mostly), which here costs about a millisecond a note. So each side writes
 * all the notes only once, and that is its import, into an empty store: the baseline's import
 * fills the database both sides then read, and ours imports our export of it into a second
 * database, right after. Listing, search and export only read: they run in rounds, both sides
 * one after the other in each, which goes first alternating; each figure is the median over the
 * rounds and each ratio the median of the rounds' ratios, so that a burst of load on this shared
 * machine weighs on one round, not on the result (and the page collects garbage before each). Export+import is the median export plus the
 * one import, for each side. Above 20,000 notes the export runs once (it takes seconds).
 *
 * `NOTES_BENCH_COUNT` sets another number of notes (for a quick run), `NOTES_BENCH_ROUNDS` the
 * rounds of listing and search (5 by default).
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium.mjs';
import type { NotesBench, Operation, Round } from './notes/page.ts';

const COUNT = Number(process.env.NOTES_BENCH_COUNT ?? 100_000);
const ROUNDS = Number(process.env.NOTES_BENCH_ROUNDS ?? 5);
const EXPORT_ROUNDS = COUNT > 20_000 ? 1 : Math.max(1, Math.min(3, ROUNDS));
const ON_DISK = Boolean(process.env.NOTES_BENCH_DISK);

const PAGE_ENTRY = fileURLToPath(new URL('./notes/page.ts', import.meta.url));

/** Bundles the page side into `folder` (bench.js) with an index.html that loads it. */
async function bundle(folder: string): Promise<void> {
  await build({
    entryPoints: [PAGE_ENTRY],
    outfile: join(folder, 'bench.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  writeFileSync(
    join(folder, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>notes bench</title><script src="bench.js"></script>\n',
  );
}

/** Serves the files of `folder` (those two) on 127.0.0.1; resolves to its address. */
function serve(folder: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = { 'index.html': 'text/html', 'bench.js': 'text/javascript' };
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').slice(1);
    const type = types[name];
    if (!type) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(readFileSync(join(folder, name)));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

/** Runs the benchmark and prints its line. */
export async function run(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('notes bench: no Chromium found (see test/support/find-chromium.mjs)');
  const started = performance.now();
  const folder = mkdtempSync(join(tmpdir(), 'notes-bench-'));
  let server: Server | undefined;
  // `gc()` in the page, to collect before each timed side (export garbage is hundreds of megabytes).
  const options = { executablePath, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'], headless: true };
  const browser = ON_DISK ? undefined : await chromium.launch(options);
  const context = browser
    ? await browser.newContext()
    : await chromium.launchPersistentContext(join(folder, 'profile'), options);
  try {
    await bundle(folder);
    const served = await serve(folder);
    server = served.server;
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`notes bench: page error: ${error.message}`));
    await page.goto(served.url, { waitUntil: 'load' });

    const setup = await page.evaluate(
      (count) => (globalThis as unknown as { notesBench: NotesBench }).notesBench.setup(count),
      COUNT,
    );
    if (setup.count !== COUNT) throw new Error(`notes bench: ${setup.count} notes stored, not ${COUNT}`);
    const round = async (operation: Operation, oursFirst: boolean): Promise<Round> => {
      const result = await page.evaluate(
        ([op, first]) => (globalThis as unknown as { notesBench: NotesBench }).notesBench.round(op, first),
        [operation, oursFirst] as const,
      );
      if (result.oursFound !== result.plainFound)
        throw new Error(
          `notes bench: ${operation}: ours found ${result.oursFound}, the baseline ${result.plainFound}`,
        );
      return result;
    };

    // Our import, right after the baseline's (in `setup`): each writes all the notes into an empty store.
    const imported = await page.evaluate(() =>
      (globalThis as unknown as { notesBench: NotesBench }).notesBench.importOurs(),
    );
    if (imported.added !== COUNT) throw new Error(`notes bench: our import added ${imported.added} notes`);

    // A warm-up of each path, not timed, so that neither side pays for compiling the code.
    await page.evaluate(() => (globalThis as unknown as { notesBench: NotesBench }).notesBench.warmUp());

    const rounds: Record<Operation, Round[]> = { list: [], search: [], export: [] };
    for (let i = 0; i < ROUNDS; i++) {
      // Listing takes milliseconds: three rounds for one of the others.
      for (let j = 0; j < 3; j++) rounds.list.push(await round('list', (i + j) % 2 === 0));
      rounds.search.push(await round('search', i % 2 === 1));
      if (i < EXPORT_ROUNDS) rounds.export.push(await round('export', i % 2 === 0));
    }
    for (const r of rounds.export)
      if (r.oursFound !== COUNT) throw new Error(`notes bench: the export holds ${r.oursFound} notes`);
    await page.evaluate(() => (globalThis as unknown as { notesBench: NotesBench }).notesBench.close());

    const figure = (operation: Operation, per: number) => {
      const list = rounds[operation];
      return {
        ours: median(list.map((r) => r.ours)) / per,
        plain: median(list.map((r) => r.plain)) / per,
        ratio: median(list.map((r) => r.ours / r.plain)),
      };
    };
    const list = figure('list', setup.listed.length);
    const search = figure('search', setup.hits.length);
    const exported = figure('export', 1);
    const trip = { ours: exported.ours + imported.ms, plain: exported.plain + setup.importPlainMs };
    const x = (ratio: number) => `${ratio.toFixed(1)}x`;
    console.log(
      `notes: ${COUNT.toLocaleString('en-US')} notes in Chromium IndexedDB${ON_DISK ? ' (on disk)' : ''} — ` +
        `list one document's notes ${ms(list.ours)} ms (${x(list.ratio)} plain IndexedDB); ` +
        `search ${ms(search.ours)} ms (${x(search.ratio)}); ` +
        `export+import ${ms(trip.ours)} ms (${x(trip.ours / trip.plain)})`,
    );
    const average = (values: readonly number[]) =>
      Math.round(values.reduce((a, b) => a + b, 0) / values.length);
    console.log(
      `notes: ${setup.documents} documents, ${setup.listed.length} listed per round (~${average(setup.listed)} notes each), ` +
        `${setup.hits.length} searches per round (${setup.hits.join('/')} hits); ` +
        `medians of ${rounds.list.length} rounds of listing, ${ROUNDS} of search, ${EXPORT_ROUNDS} of export; ` +
        `export ${ms(exported.ours)} ms (plain ${ms(exported.plain)} ms), import ${ms(imported.ms)} ms (plain ${ms(setup.importPlainMs)} ms, once each); ` +
        `generating the notes ${ms(setup.generateMs)} ms; load average ${loadavg()[0]!.toFixed(1)}; ` +
        `${((performance.now() - started) / 1000).toFixed(0)} s in all`,
    );
  } finally {
    await context.close();
    await browser?.close();
    server?.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
