import { existsSync } from 'node:fs';
import { FOUNDING_PDF, makeFoundingPdf } from '../../scripts/make-pdf.mjs';
import { DEMO_ORIGIN, ask, cardText, expect, test } from './extension-fixtures.ts';
import { MEXICO_CARD, REFERENCES, TABLE_PARTIES } from './expected-mentions.ts';

const mention = (kind: string, id: string) =>
  `cites-mention[data-cites-kind="${kind}"][data-cites-id="${id}"]`;

test.beforeAll(async () => {
  if (!existsSync(FOUNDING_PDF)) await makeFoundingPdf();
});

test.describe('the PDF viewer', () => {
  test('shows the founding document as a PDF with the same mentions marked in its text layer', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    const file = `${DEMO_ORIGIN}/pages/founding-document.pdf`;
    await page.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(file)}`);
    await expect(page.locator('.viewer')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
    await expect(page.locator('.page').first()).toBeVisible();
    for (const code of TABLE_PARTIES)
      await expect(page.locator(mention('party', code)).first()).toBeAttached();
    for (const { kind, id } of REFERENCES)
      await expect(page.locator(mention(kind, id)).first()).toBeAttached();
    await expect(page.locator('.textLayer cites-mention').first()).toBeAttached();
    // The original stays one click away.
    await expect(page.locator('a[download]')).toHaveAttribute('href', file);
  });

  test('the card for Mexico in the PDF, in English then in French', async ({
    context,
    extensionId,
    worker,
  }) => {
    void worker;
    const page = await context.newPage();
    const file = `${DEMO_ORIGIN}/pages/founding-document.pdf`;
    await page.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(file)}`);
    await expect(page.locator('.viewer')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
    const mexico = page.locator(mention('party', 'MX')).last();
    await mexico.scrollIntoViewIfNeeded();
    await mexico.hover();
    await expect.poll(() => cardText(page)).toContain('Technical assistance');
    for (const phrase of MEXICO_CARD.en) expect(await cardText(page)).toContain(phrase);
    await ask(page, { type: 'updateSettings', patch: { language: 'fr' } });
    await expect.poll(() => cardText(page)).toContain('Assistance technique');
    for (const phrase of MEXICO_CARD.fr) expect(await cardText(page)).toContain(phrase);
  });

  test('a local PDF opens from the file picker', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/viewer.html`);
    await page.locator('input[type=file]').setInputFiles(FOUNDING_PDF);
    await expect(page.locator('.viewer')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
    await expect(page.locator(mention('decision', '18.46')).first()).toBeAttached();
  });
});
