/**
 * `npm run bench -- widgets`: the gzip size of the embeddable bundle against its budget, and the
 * time Chromium takes to render `<cites-needs-matrix>` for all 185 Parties (validation of the
 * dataset included) as a ratio to parsing and laying out the same table written as static HTML.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { PARTIES } from '../../core/data/parties.ts';
import { NEED_CATEGORIES, RECIPIENT_CODES } from '../../core/schemas/codes.ts';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = `${ROOT}widgets/dist/cites-widgets.js`;
const BUDGET_BYTES = 35 * 1024;
const ROUNDS = 15;

/** A deterministic dataset with a report and one to five needs for each of the 185 Parties. */
function datasetOfAllParties() {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const reports = [];
  const needs = [];
  for (const party of PARTIES) {
    const report = `report:${party.code}:2020-2022`;
    reports.push({
      id: report,
      party: party.code,
      period: '2020-2022',
      needsExpressed: true,
      source: 'bench',
    });
    for (const category of NEED_CATEGORIES) {
      if (category !== 'training' && next() < 0.4) continue;
      const recipients = RECIPIENT_CODES.filter(() => next() < 0.45);
      needs.push({
        id: `need:${party.code}:2020-2022:${category}`,
        party: party.code,
        period: '2020-2022',
        category,
        recipients: recipients.length > 0 ? recipients : ['MA'],
        report,
        source: 'bench',
      });
    }
  }
  return {
    schemaVersion: 1,
    id: 'bench',
    title: 'Benchmark: every Party',
    generatedAt: '2026-01-01T00:00:00Z',
    illustrative: true,
    sources: [{ id: 'bench', title: 'Generated for the benchmark' }],
    reports,
    needs,
  };
}

/** The demo server (an untyped script of the test harness), loaded with the type it has. */
type ServeDemo = (options: { port?: number }) => Promise<{ url: string; close(): void }>;
const SERVE_DEMO = '../scripts/serve-demo.mjs';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run(): Promise<void> {
  if (!existsSync(BUNDLE)) {
    const built = spawnSync('npm', ['run', '--silent', 'build:widgets'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('widgets: the build failed');
  }
  const bundle = readFileSync(BUNDLE);
  const gzip = gzipSync(bundle, { level: 9 }).length;
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(
    `widgets: cites-widgets.js ${kb(gzip)} KB gzip (budget ${kb(BUDGET_BYTES)} KB, ${(gzip / BUDGET_BYTES).toFixed(2)}x budget)`,
  );
  // The dataset validator the bundle loads only when a page gives it data from outside.
  const validator = /import\(["']\.\/(cites-validate-[\w-]+\.js)["']\)/.exec(bundle.toString('utf8'))?.[1];
  if (validator) {
    const extra = gzipSync(readFileSync(`${ROOT}widgets/dist/${validator}`), { level: 9 }).length;
    console.log(
      `widgets: + ${validator} ${kb(extra)} KB gzip, loaded only for data from src or inline JSON (${kb(gzip + extra)} KB in all then)`,
    );
  }
  console.log(
    `widgets: cites-tracker.js ${kb(gzipSync(readFileSync(`${ROOT}widgets/dist/cites-tracker.js`), { level: 9 }).length)} KB gzip (no budget set)`,
  );

  const executablePath = findChromium();
  if (!executablePath) {
    console.log('widgets: matrix render time not measured (no Chromium found)');
    return;
  }
  const { serveDemo } = (await import(SERVE_DEMO)) as { serveDemo: ServeDemo };
  const server = await serveDemo({ port: 0 });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/widgets/demo/partner.html`);
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>bench</title>
       <script type="module" src="/widgets/dist/cites-widgets.js"></script></head><body><main></main></body></html>`,
    );
    await page.waitForFunction(() => customElements.get('cites-needs-matrix'));
    const result = await page.evaluate(
      // No named inner functions here: the bundler of this script would wrap them in a helper the
      // page does not have.
      async ({ dataset, rounds }) => {
        const main = document.querySelector('main')!;
        const widget: number[] = [];
        const plain: number[] = [];
        let staticHtml = '';
        let rows = 0;
        // Round 0 warms up and gives the rendered table, written out as the static HTML to compare with.
        for (let i = 0; i <= rounds; i++) {
          let start = performance.now();
          const el = document.createElement('cites-needs-matrix') as HTMLElement & {
            data: unknown;
            updateComplete: Promise<boolean>;
          };
          el.data = structuredClone(dataset);
          main.append(el);
          // Data set as a property is validated first (the validator loads on first use), so the
          // table comes after one or more updates.
          let table = null as HTMLTableElement | null;
          for (let tries = 0; !table && tries < 1000; tries++) {
            await el.updateComplete;
            table = el.shadowRoot!.querySelector('table');
            if (!table) await new Promise((resolve) => setTimeout(resolve));
          }
          if (!table) throw new Error('the matrix rendered no table');
          void table.offsetHeight;
          const time = performance.now() - start;
          if (i === 0) {
            rows = table.querySelectorAll('tbody tr').length;
            staticHtml = table.outerHTML;
            el.remove();
            continue;
          }
          widget.push(time);
          el.remove();
          start = performance.now();
          const div = document.createElement('div');
          main.append(div);
          div.innerHTML = staticHtml;
          void div.querySelector('table')!.offsetHeight;
          plain.push(performance.now() - start);
          div.remove();
        }
        return { rows, widget, plain };
      },
      { dataset: datasetOfAllParties(), rounds: ROUNDS },
    );
    const widgetMs = median(result.widget);
    const staticMs = median(result.plain);
    console.log(
      `widgets: matrix of ${result.rows} Parties rendered in ${widgetMs.toFixed(1)} ms (median of ${ROUNDS}, validation included), ${(widgetMs / staticMs).toFixed(1)}x static HTML (${staticMs.toFixed(1)} ms)`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
