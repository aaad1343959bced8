import { expect, test } from '@playwright/test';
import { widgetPage } from './support.ts';

const IMG = '<img src=x onerror="window.__pwned = (window.__pwned || 0) + 1">';
const SCRIPT = '<script>window.__pwned = (window.__pwned || 0) + 1</script>';

/** A valid dataset whose every free-text field carries markup. */
function hostileDataset() {
  return {
    schemaVersion: 1,
    id: 'hostile',
    title: `Hostile ${SCRIPT}`,
    generatedAt: '2026-01-01T00:00:00Z',
    sources: [
      {
        id: 'src',
        title: `Source ${IMG}`,
        document: `Doc ${SCRIPT}`,
        url: 'javascript:window.__pwned=1',
      },
    ],
    parties: [
      {
        code: 'KE',
        names: { en: `Kenya ${IMG}`, fr: `Kenya ${SCRIPT}`, es: 'Kenia' },
        aliases: { en: [], fr: [], es: [] },
        region: 'africa',
      },
    ],
    reports: [
      {
        id: 'r1',
        party: 'KE',
        period: '2020',
        needsExpressed: true,
        details: `Details ${IMG} ${SCRIPT}`,
        note: `Note ${SCRIPT}`,
        source: 'src',
      },
    ],
    needs: [
      {
        id: 'n1',
        party: 'KE',
        period: '2020',
        category: 'training',
        recipients: ['MA'],
        report: 'r1',
        source: 'src',
      },
    ],
  };
}

/** JSON safe to put inside an inline <script> element. */
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

test('a dataset carrying HTML and script shows them as text and runs nothing', async ({ page }) => {
  await page.route('**/hostile.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostileDataset()) }),
  );
  await page.goto('/widgets/demo/partner.html');
  await page.setContent(
    widgetPage(`
      <cites-needs-matrix id="m" src="/hostile.json"></cites-needs-matrix>
      <cites-party-needs id="p" party="KE"><script type="application/json">${inlineJson(hostileDataset())}</script></cites-party-needs>
      <cites-party-needs id="pfr" party="KE" lang="fr" src="/hostile.json"></cites-party-needs>
      <cites-needs-chart id="c" src="/hostile.json"></cites-needs-chart>`),
  );
  const matrix = page.locator('#m');
  await expect(matrix.locator('tbody th')).toHaveText(`Kenya ${IMG}`);
  const profile = page.locator('#p');
  await expect(profile.locator('[part="heading"]')).toHaveText(`Kenya ${IMG}`);
  await expect(profile.locator('[part="details"]')).toContainText(`Details ${IMG} ${SCRIPT}`);
  await expect(profile.locator('[part="sources"]')).toContainText(`Source ${IMG}`);
  await expect(page.locator('#pfr [part="heading"]')).toHaveText(`Kenya ${SCRIPT}`);
  await expect(page.locator('#c [part="bar"]')).toHaveCount(5);
  // No element was made from the data, the javascript: URL is not a link, and nothing ran.
  const injected = await page.evaluate(() => {
    const roots = [...document.querySelectorAll('cites-needs-matrix, cites-party-needs, cites-needs-chart')];
    return roots.reduce(
      (count, el) => count + (el.shadowRoot?.querySelectorAll('img, script, a').length ?? 0),
      0,
    );
  });
  expect(injected).toBe(0);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('bad data shows a readable error in the widget and fires error', async ({ page }) => {
  await page.route('**/invalid.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ...hostileDataset(), needs: [{ id: 'n', party: 'ZZ' }] }),
    }),
  );
  await page.route('**/broken.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"a": ' }),
  );
  await page.route('**/down.json', (route) => route.abort('connectionrefused'));
  await page.goto('/widgets/demo/partner.html');
  await page.setContent(widgetPage(''));
  await page.waitForFunction(() => customElements.get('cites-needs-matrix'));
  const errors = await page.evaluate(async () => {
    const results: Record<string, string> = {};
    const make = (id: string, src: string | null, inline?: string) =>
      new Promise<void>((resolve) => {
        const el = document.createElement('cites-needs-matrix');
        el.id = id;
        el.addEventListener('error', (event) => {
          results[id] = (event as unknown as CustomEvent<{ message: string }>).detail.message;
          resolve();
        });
        if (inline !== undefined) {
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = inline;
          el.append(script);
        }
        if (src) el.setAttribute('src', src);
        document.querySelector('main')!.append(el);
      });
    await Promise.all([
      make('invalid', '/invalid.json'),
      make('broken', '/broken.json'),
      make('down', '/down.json'),
      make('missing', '/nothing-here.json'),
      make('inline', null, '{"schemaVersion": 1}'),
    ]);
    return results;
  });
  expect(errors.invalid).toMatch(/The data could not be loaded: the file is not a valid dataset: needs\[0\]/);
  expect(errors.broken).toMatch(/not valid JSON/);
  expect(errors.down).toMatch(/could not be reached/);
  expect(errors.missing).toMatch(/404/);
  expect(errors.inline).toMatch(/not a valid dataset/);
  for (const id of Object.keys(errors)) {
    await expect(page.locator(`#${id} [part="error"]`)).toHaveAttribute('role', 'alert');
    await expect(page.locator(`#${id} [part="error"]`)).toHaveText(errors[id]!);
  }
});

test('loading the bundle twice, and next to a per-component module, does not throw', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/widgets/demo/partner.html');
  await page.setContent(
    widgetPage(`<cites-needs-matrix id="m"></cites-needs-matrix>
      <script type="module" src="/widgets/dist/cites-needs-matrix.js"></script>
      <script type="module" src="/widgets/dist/cites-widgets.js?copy=2"></script>
      <script type="module" src="/widgets/dist/cites-party-needs.js"></script>
      <script type="module" src="/widgets/dist/cites-needs-chart.js"></script>`),
  );
  await expect(page.locator('#m tbody tr')).toHaveCount(20);
  await page.evaluate((url) => import(url), '/widgets/dist/cites-widgets.js?copy=3');
  expect(errors).toEqual([]);
});

test('each per-component module works alone', async ({ page }) => {
  await page.goto('/widgets/demo/partner.html');
  await page.setContent(`<!doctype html><html lang="es"><head><title>One</title>
    <script type="module" src="/widgets/dist/cites-party-needs.js"></script></head>
    <body><cites-party-needs party="MX"></cites-party-needs><cites-needs-matrix>not loaded</cites-needs-matrix></body></html>`);
  await expect(page.locator('cites-party-needs [part="heading"]')).toHaveText('México');
  expect(await page.evaluate(() => customElements.get('cites-needs-matrix'))).toBeUndefined();
});

test('without JavaScript, the light-DOM content shows', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/widgets/demo/partner.html');
  await expect(page.locator('#matrix-main a')).toHaveText('download the data (JSON)');
  await expect(page.locator('#matrix-main a')).toBeVisible();
  await context.close();
});

test('the matrix prints cleanly: no controls, no tooltips, no clipped table', async ({ page }) => {
  await page.goto('/widgets/demo/partner.html');
  await expect(page.locator('#matrix-main tbody tr')).toHaveCount(20);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#matrix-main [part="toolbar"]')).toBeHidden();
  const overflow = await page
    .locator('#matrix-main')
    .evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.scroll')!).overflowX);
  expect(overflow).toBe('visible');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});
