/**
 * What the tracker publishes is what a partner site shows: an activity recorded as public in the
 * tracker page appears in <cites-activity-tracker> loaded from the published file; a private one
 * is neither in the file nor on the page.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { DEMO_ORIGIN, expect, test } from './extension-fixtures.ts';

const WIDGET_BUNDLE = fileURLToPath(new URL('../../../widgets/dist/cites-tracker.js', import.meta.url));

async function record(page: Page, title: string, visibility: string): Promise<void> {
  await page.getByRole('button', { name: 'New activity' }).click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Provider').fill('CITES Secretariat');
  await page.getByLabel('Beneficiary Parties (codes such as MX KE)').fill('MX');
  await page.getByRole('checkbox', { name: /^EA/ }).check();
  await page.getByLabel('Status').selectOption('completed');
  await page.getByLabel('Start date').fill('2026-02-01');
  await page.getByLabel('End date').fill('2026-02-05');
  await page.getByLabel('Who may see it').selectOption(visibility);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('table.activities').getByRole('rowheader', { name: title })).toBeVisible();
}

test('an activity recorded as public is published and shown by <cites-activity-tracker>; a private one is not', async ({
  context,
  extensionId,
}) => {
  const tracker = await context.newPage();
  await tracker.goto(`chrome-extension://${extensionId}/tracker.html`);
  await record(tracker, 'Public border training', 'public');
  await record(tracker, 'Private planning meeting', 'private');

  await tracker.getByRole('link', { name: 'Import, export, publish' }).click();
  await tracker.getByLabel('Audience').selectOption('public');
  await tracker.getByLabel('Publisher').fill('Example partner');
  const downloading = tracker.waitForEvent('download');
  await tracker.getByRole('button', { name: 'Download the published dataset (JSON)' }).click();
  const download = await downloading;
  await expect(tracker.getByTestId('publish-result')).toHaveText(
    'Published for Public: 1 activities, 0 indicators.',
  );

  const dir = mkdtempSync(join(tmpdir(), 'cites-cb-published-'));
  try {
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    const published = JSON.parse(text) as { audience: string; activities: Array<{ title: string }> };
    expect(published.audience).toBe('public');
    expect(published.activities.map((a) => a.title)).toEqual(['Public border training']);
    expect(text).not.toContain('Private planning meeting');

    // A blank partner page on the demo server, with the published file served beside it.
    expect(
      existsSync(WIDGET_BUNDLE),
      'widgets/dist/cites-tracker.js is missing: run npm run build:widgets',
    ).toBe(true);
    const partner = await context.newPage();
    await partner.route(`${DEMO_ORIGIN}/tracker-e2e/published.json`, (route) =>
      route.fulfill({ path: file, contentType: 'application/json' }),
    );
    await partner.route(`${DEMO_ORIGIN}/tracker-e2e/partner.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<script type="module" src="/widgets/dist/cites-tracker.js"></script></head>
<body><cites-activity-tracker id="published" src="/tracker-e2e/published.json"></cites-activity-tracker></body></html>`,
      }),
    );
    await partner.goto(`${DEMO_ORIGIN}/tracker-e2e/partner.html`);
    const widget = partner.locator('cites-activity-tracker#published');
    const activities = widget.locator('[part="activity"]');
    await expect(activities).toHaveCount(1);
    await expect(activities.first()).toContainText('Public border training');
    await expect(widget).not.toContainText('Private planning meeting');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
