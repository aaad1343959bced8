import {
  DEMO_ORIGIN,
  ask,
  cardText,
  enableDemoSite,
  expect,
  pageSummary,
  tabIdOf,
  test,
} from './extension-fixtures.ts';
import { MEXICO_CARD, REFERENCES, TABLE_PARTIES } from './expected-mentions.ts';

const mention = (kind: string, id: string) =>
  `cites-mention[data-cites-kind="${kind}"][data-cites-id="${id}"]`;

test.describe('annotations on an HTML page', () => {
  test('the founding document: every Party of its needs table and the named references are marked', async ({
    context,
    extensionPage,
  }) => {
    await enableDemoSite(extensionPage);
    const page = await context.newPage();
    await page.goto('/document.html');
    for (const code of TABLE_PARTIES)
      await expect(page.locator(mention('party', code)).first()).toBeAttached();
    for (const { kind, id, text } of REFERENCES) {
      const marked = page.locator(mention(kind, id));
      await expect(marked.first()).toBeAttached();
      expect((await marked.allTextContents()).map((t) => t.replace(/\s+/g, ' '))).toContain(text);
    }
    // A mention is reachable from the keyboard.
    await expect(page.locator(mention('decision', '18.46')).first()).toHaveAttribute('tabindex', '0');
  });

  test('the card for Mexico lists its needs in English, then in French after switching the language', async ({
    context,
    extensionPage,
  }) => {
    await enableDemoSite(extensionPage);
    const page = await context.newPage();
    await page.goto('/document.html');
    const mexico = page.locator(mention('party', 'MX')).last();
    await mexico.scrollIntoViewIfNeeded();
    await mexico.hover();
    await expect.poll(() => cardText(page)).toContain('Technical assistance');
    const english = await cardText(page);
    for (const phrase of MEXICO_CARD.en) expect(english).toContain(phrase);
    // The card is in a closed shadow root: the page cannot read it.
    expect(await page.evaluate(() => document.querySelector('cites-card')?.shadowRoot)).toBeNull();

    await ask(extensionPage, { type: 'updateSettings', patch: { language: 'fr' } });
    await expect.poll(() => cardText(page)).toContain('Assistance technique');
    const french = await cardText(page);
    for (const phrase of MEXICO_CARD.fr) expect(french).toContain(phrase);
  });

  test('keyboard focus on a mention opens its card; Escape closes it', async ({ context, extensionPage }) => {
    await enableDemoSite(extensionPage);
    const page = await context.newPage();
    await page.goto('/document.html');
    const decision = page.locator(mention('decision', '18.46')).first();
    await decision.focus();
    await expect.poll(() => cardText(page)).toContain('18.46');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBe('');
  });

  test('content added later is annotated, and the annotator ignores its own changes', async ({
    context,
    extensionPage,
  }) => {
    await enableDemoSite(extensionPage);
    const page = await context.newPage();
    await page.goto('/document.html');
    await expect(page.locator(mention('party', 'MX')).first()).toBeAttached();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Later, Kenya referred to Resolution Conf. 11.17 (Rev. CoP18).';
      document.querySelector('main')!.append(p);
    });
    await expect(page.locator(`#late ${mention('party', 'KE')}`)).toHaveCount(1);
    await expect(page.locator(`#late ${mention('resolution', '11.17')}`)).toHaveCount(1);
  });

  test('switching the site off removes every trace; switching it on starts again in the open tab', async ({
    context,
    extensionPage,
  }) => {
    const page = await context.newPage();
    await page.goto('/document.html');
    const original = await page.evaluate(() => document.documentElement.outerHTML);
    const tabId = await tabIdOf(extensionPage, `${DEMO_ORIGIN}/document.html`);
    await enableDemoSite(extensionPage, tabId);
    await expect(page.locator(mention('party', 'MX')).first()).toBeAttached();
    await page.locator(mention('party', 'MX')).first().hover();
    await expect.poll(() => cardText(page)).toContain('Mexico');
    await ask(extensionPage, { type: 'setSite', origin: DEMO_ORIGIN, enabled: false });
    await expect(page.locator('cites-mention')).toHaveCount(0);
    await expect(page.locator('cites-card')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
  });

  test('a page with no CITES content is left byte-for-byte unchanged', async ({ context, extensionPage }) => {
    const page = await context.newPage();
    await page.goto('/pages/no-cites.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await enableDemoSite(extensionPage);
    await page.reload();
    const tabId = await tabIdOf(extensionPage, `${DEMO_ORIGIN}/pages/no-cites.html`);
    await expect
      .poll(async () => (await pageSummary(extensionPage, tabId).catch(() => undefined))?.complete)
      .toBe(true);
    await page.mouse.move(100, 100);
    await page.keyboard.press('Tab');
    const after = await page.evaluate(() => document.documentElement.outerHTML);
    expect(after).toBe(before);
  });
});
