/**
 * `npm run bench -- annotate`: annotates a generated 300-page CITES document in Chromium with the
 * extension's annotator (the same modules the content script runs, bundled for the page) and
 * prints the total annotation time as a ratio to a plain walk over the same text nodes, when the
 * first screen was annotated, and the longest main-thread task (PerformanceObserver `longtask`,
 * which reports tasks over 50 ms, and the annotator's own slice timing).
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGES = 300;
/** Characters of text per generated page (about a page of a CITES document). */
const PAGE_TEXT = 3000;
const BUDGET_MS = 50;

/** The page-side bench: a plain walk, then the annotator over the whole body. */
const ENTRY = `
import { Annotator } from './extension/annotate/annotator.ts';
import { pageScheduler } from './extension/annotate/slicer.ts';
import { PAGE_MENTION_STYLE } from './extension/annotate/mention-element.ts';
import { defaultRecognizer } from './core/recognize/index.ts';

function plainWalk() {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0, chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes++; chars += n.data.length; }
  return { nodes, chars };
}

globalThis.bench = {
  plainWalk() {
    const times = [];
    let result;
    for (let i = 0; i < 5; i++) { const t = performance.now(); result = plainWalk(); times.push(performance.now() - t); }
    times.sort((a, b) => a - b);
    return { ...result, ms: times[2] };
  },
  async annotate() {
    const longTasks = [];
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
    observer.observe({ type: 'longtask' });
    const started = performance.now();
    const recognizer = defaultRecognizer();
    recognizer.recognize('warm-up: Mexico, Decision 18.46');
    const matcherMs = performance.now() - started;
    let firstScreen = 0;
    const annotator = new Annotator({
      root: document.body,
      recognize: (text) => recognizer.recognize(text),
      scheduler: pageScheduler(window),
      style: { inline: PAGE_MENTION_STYLE },
      onFirstScreen: () => { firstScreen = performance.now() - started; },
    });
    annotator.start();
    await annotator.whenIdle();
    const wall = performance.now() - started;
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    const summary = annotator.summary();
    const mentions = Object.values(summary.counts).reduce((a, b) => a + b, 0);
    return { wall, work: annotator.stats.total + matcherMs, matcherMs, firstScreen, slices: annotator.stats.slices,
      longestSlice: annotator.stats.longest, longTasks, mentions,
      marked: document.querySelectorAll('cites-mention').length };
  },
};
`;

type DocumentHtml = (text: string, options: { title: string }) => string;

/** A long document: the founding document's blocks (as the demo server renders them), cycled into `PAGES` pages. */
async function generatedDocument(): Promise<string> {
  // The demo server's renderer is plain JavaScript without type declarations.
  const rendererPath = '../scripts/document-html.mjs';
  const { documentHtml } = (await import(rendererPath)) as { documentHtml: DocumentHtml };
  const founding = readFileSync(`${ROOT}core/data/founding-document.txt`, 'utf8');
  const html = documentHtml(founding, { title: 'A 300-page document' });
  const main = /<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  const blocks = main.split('\n').filter((line) => line.trim() !== '');
  // Tables span lines: keep each table as one block.
  const units: string[] = [];
  let table: string[] | undefined;
  for (const line of blocks) {
    if (line.startsWith('<table')) table = [line];
    else if (table) {
      table.push(line);
      if (line.startsWith('</table>')) {
        units.push(table.join('\n'));
        table = undefined;
      }
    } else units.push(line);
  }
  const textLength = (unit: string) => unit.replace(/<[^>]+>/g, '').length;
  const pages: string[] = [];
  let next = 0;
  for (let page = 1; page <= PAGES; page++) {
    const parts: string[] = [];
    for (let length = 0; length < PAGE_TEXT; next++) {
      const unit = units[next % units.length]!;
      parts.push(unit);
      length += textLength(unit);
    }
    pages.push(
      `<section class="page" id="page-${page}">\n<p class="page-number">Page ${page}</p>\n${parts.join('\n')}\n</section>`,
    );
  }
  return html.replace(/<main>[\s\S]*<\/main>/, `<main>\n${pages.join('\n')}\n</main>`);
}

async function bundle(): Promise<string> {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'annotate-bench-entry.ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

interface AnnotateResult {
  wall: number;
  work: number;
  matcherMs: number;
  firstScreen: number;
  slices: number;
  longestSlice: number;
  longTasks: number[];
  mentions: number;
  marked: number;
}

/** Runs the benchmark and prints its line. */
export async function run(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('annotate bench: no Chromium found (see test/support/find-chromium.mjs)');
  const [script, html] = [await bundle(), await generatedDocument()];
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ content: script });
    await page.waitForTimeout(300);
    const plain = await page.evaluate(() =>
      (
        globalThis as unknown as { bench: { plainWalk(): { nodes: number; chars: number; ms: number } } }
      ).bench.plainWalk(),
    );
    const result = await page.evaluate(() =>
      (globalThis as unknown as { bench: { annotate(): Promise<AnnotateResult> } }).bench.annotate(),
    );
    const longest = Math.max(result.longestSlice, ...result.longTasks);
    const f = (ms: number) => ms.toFixed(1);
    console.log(
      `annotate: ${PAGES} pages (${result.mentions} mentions, ${plain.nodes} text nodes, ${Math.round(plain.chars / 1000)} k chars) ` +
        `in ${f(result.work)} ms of work (${f(result.wall)} ms wall), ${(result.work / plain.ms).toFixed(0)}x plain walk (${f(plain.ms)} ms); ` +
        `first screen at ${f(result.firstScreen)} ms; longest main-thread task ${f(longest)} ms (budget ${BUDGET_MS} ms; ` +
        `${result.slices} slices, ${result.longTasks.length} long tasks)`,
    );
    if (longest > BUDGET_MS)
      console.log(`annotate: WARNING the longest task exceeds the ${BUDGET_MS} ms budget`);
  } finally {
    await browser.close();
  }
}
