import { DEMO_ORIGIN, cardText, enableDemoSite, expect, tabIdOf, test } from './extension-fixtures.ts';

test.describe('popup and options', () => {
  test('the popup counts what the page mentions and sums up the needs of each Party', async ({
    context,
    extensionId,
    extensionPage,
  }) => {
    await enableDemoSite(extensionPage);
    const page = await context.newPage();
    await page.goto('/document.html');
    await expect(page.locator('cites-mention[data-cites-id="MX"]').first()).toBeAttached();
    const tabId = await tabIdOf(extensionPage, `${DEMO_ORIGIN}/document.html`);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.locator('input[name=site]')).toBeChecked();
    await expect(popup.locator('.counts [data-kind=party] strong')).toHaveText(/^[1-9]\d*$/);
    await expect(popup.locator('.counts [data-kind=decision] strong')).toHaveText(/^[1-9]\d*$/);
    const mexico = popup.locator('.parties [data-party=MX]');
    await expect(mexico).toContainText('Mexico');
    await expect(mexico).toContainText('Technical, Financial, Training');
    await expect(popup.locator('.parties [data-party=BB]')).toContainText(
      'No capacity-building needs expressed',
    );
    // The language switch re-renders the popup at once.
    await popup.locator('select[name=language]').selectOption('es');
    await expect(mexico).toContainText('México');
  });

  test('a dataset that fails validation is refused with the reason; a valid one replaces the data', async ({
    context,
    extensionPage,
  }) => {
    const options = extensionPage;
    await expect(options.getByTestId('data-status')).toContainText('20 reports');
    await options.locator('input[name=source][value=url]').check();
    await options.locator('input[name=url]').fill(`${DEMO_ORIGIN}/pages/bad-dataset.json`);
    await options.getByRole('button', { name: 'Use this data' }).click();
    await expect(options.getByTestId('data-error')).toContainText('Refused');
    await expect(options.getByTestId('data-error')).toContainText('needs[0].recipients[0]');
    await expect(options.getByTestId('data-status')).toContainText('20 reports');

    await options.locator('input[name=url]').fill(`${DEMO_ORIGIN}/pages/alt-dataset.json`);
    await options.getByRole('button', { name: 'Use this data' }).click();
    await expect(options.getByTestId('data-status')).toContainText('Test dataset: Mexico reported no needs');

    await enableDemoSite(options);
    const page = await context.newPage();
    await page.goto('/document.html');
    const mexico = page.locator('cites-mention[data-cites-id="MX"]').last();
    await mexico.scrollIntoViewIfNeeded();
    await mexico.hover();
    await expect.poll(() => cardText(page)).toContain('No capacity-building needs expressed');
    const argentina = page.locator('cites-mention[data-cites-id="AR"]').last();
    await argentina.scrollIntoViewIfNeeded();
    await argentina.hover();
    await expect.poll(() => cardText(page)).toContain('No report in the data');
  });
});
