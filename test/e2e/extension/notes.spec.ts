/**
 * Offline notes in real Chromium with the built extension: a note taken on the founding
 * document's HTML page comes back highlighted after a reload and in the same document's PDF;
 * notes outlive the browser; export, delete all and import give the same notes back, and a
 * corrupted file changes nothing; the panel follows changes made elsewhere and shows
 * conflicting edits.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FOUNDING_PDF, makeFoundingPdf } from '../../scripts/make-pdf.mjs';
import { CHROMIUM_ARGS, findChromium } from '../../support/find-chromium.mjs';
import { EXTENSION_DIR, serviceWorker } from '../fixtures.ts';
import { DEMO_ORIGIN, ask, enableDemoSite, expect, test } from './extension-fixtures.ts';

const QUOTE = 'Pursuant to Decision 18.46, the Secretariat collected information';
const HIGHLIGHT = 'cites-note-highlight[data-cites-note]';

test.beforeAll(async () => {
  if (!existsSync(FOUNDING_PDF)) await makeFoundingPdf();
});

/** Selects the first occurrence of `phrase` in the page's text (across mentions and elements). */
async function select(page: Page, phrase: string): Promise<void> {
  await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let text = '';
    const starts: number[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      starts.push(text.length);
      nodes.push(node as Text);
      text += (node as Text).data;
    }
    const at = text.indexOf(wanted);
    if (at < 0) throw new Error(`not in the page: ${wanted}`);
    const point = (offset: number, end: boolean) => {
      let i = nodes.length - 1;
      while (i > 0 && (end ? starts[i]! >= offset : starts[i]! > offset)) i--;
      return [nodes[i]!, offset - starts[i]!] as const;
    };
    const range = document.createRange();
    range.setStart(...point(at, false));
    range.setEnd(...point(at + wanted.length, true));
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, phrase);
}

/** The text of a note's highlight pieces, joined. */
async function highlightedText(page: Page, root = 'body'): Promise<string> {
  return page.evaluate(
    ([scope, tag]) =>
      Array.from(document.querySelector(scope!)!.querySelectorAll(tag!))
        .map((element) => element.textContent)
        .join('')
        .replace(/\s+/g, ' '),
    [root, HIGHLIGHT] as const,
  );
}

/** Adds a note on `phrase` through the page: select, the button by the selection, type, Ctrl+Enter. */
async function addNoteInPage(page: Page, phrase: string, body: string, tags: string): Promise<void> {
  await select(page, phrase);
  const button = page.locator('cites-note-ui[data-part="button"]');
  await expect(button).toBeVisible();
  await button.click();
  const panel = page.locator('cites-note-ui[data-part="panel"]');
  await expect(panel).toBeVisible();
  // The editor is in a closed shadow root: reached with the keyboard, as a user would.
  await page.keyboard.type(body);
  await page.keyboard.press('Tab');
  await page.keyboard.type(tags);
  await page.keyboard.press('Control+Enter');
  await expect(panel).toBeHidden();
}

interface StoredNote {
  id: string;
  body: string;
  tags: string[];
  revision: number;
  document: { id: string };
  target: { quote: { exact: string } };
}

async function allNotes(page: Page): Promise<StoredNote[]> {
  return (await ask(page, { type: 'notes.list', filter: {}, order: 'reading' })) as StoredNote[];
}

async function addNote(page: Page, exact: string, body: string, documentId = 'AC31 Doc. 10/PC25 Doc. 11') {
  const reply = (await ask(page, {
    type: 'notes.add',
    document: { id: documentId, urls: [`${DEMO_ORIGIN}/document.html`] },
    target: { quote: { exact, prefix: '', suffix: '' } },
    body,
    tags: ['test'],
  })) as { ok: boolean; note: StoredNote };
  expect(reply.ok).toBe(true);
  return reply.note;
}

test.describe('notes', () => {
  test('a note added on the HTML page is highlighted after a reload, and in the same document as a PDF', async ({
    context,
    extensionPage,
    extensionId,
  }) => {
    await enableDemoSite(extensionPage);
    const page = await context.newPage();
    await page.goto('/document.html');
    await expect(page.locator('cites-mention[data-cites-id="18.46"]').first()).toBeAttached();
    await addNoteInPage(page, QUOTE, 'Ask the Secretariat for the raw data', 'follow-up, needs');

    await expect(page.locator(HIGHLIGHT).first()).toBeAttached();
    expect(await highlightedText(page)).toBe(QUOTE);
    const [note] = await allNotes(extensionPage);
    expect(note).toMatchObject({
      body: 'Ask the Secretariat for the raw data',
      tags: ['follow-up', 'needs'],
      document: { id: 'AC31 Doc. 10/PC25 Doc. 11' },
      target: { quote: { exact: QUOTE } },
    });
    // The highlight carries the id only, and the mention inside it is still there.
    await expect(page.locator(`${HIGHLIGHT}[data-cites-note="${note!.id}"]`).first()).toBeAttached();
    expect(await page.locator(HIGHLIGHT).evaluateAll((els) => els.map((e) => e.getAttributeNames()))).toEqual(
      expect.arrayContaining([expect.not.arrayContaining(['title', 'aria-label'])]),
    );
    await expect(page.locator('cites-mention[data-cites-id="18.46"]').first()).toBeAttached();

    await page.reload();
    await expect(page.locator(HIGHLIGHT).first()).toBeAttached({ timeout: 15_000 });
    expect(await highlightedText(page)).toBe(QUOTE);

    const viewer = await context.newPage();
    const file = `${DEMO_ORIGIN}/pages/founding-document.pdf`;
    await viewer.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(file)}`);
    await expect(viewer.locator('.viewer')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
    await expect(
      viewer.locator(`.textLayer ${HIGHLIGHT}[data-cites-note="${note!.id}"]`).first(),
    ).toBeAttached({
      timeout: 15_000,
    });
    expect(await highlightedText(viewer, '.pages')).toBe(QUOTE);
  });

  test('a note added in the PDF viewer shows on the HTML page', async ({
    context,
    extensionPage,
    extensionId,
  }) => {
    await enableDemoSite(extensionPage);
    const viewer = await context.newPage();
    const file = `${DEMO_ORIGIN}/pages/founding-document.pdf`;
    await viewer.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(file)}`);
    await expect(viewer.locator('.viewer')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
    const phrase = 'This document has been prepared by the Secretariat.';
    await addNoteInPage(viewer, phrase, 'From the PDF', '');
    await expect(viewer.locator(HIGHLIGHT).first()).toBeAttached();
    const page = await context.newPage();
    await page.goto('/document.html');
    await expect(page.locator(HIGHLIGHT).first()).toBeAttached({ timeout: 15_000 });
    expect(await highlightedText(page)).toBe(phrase);
  });

  test('export, delete all, import: the same notes; a corrupted file changes nothing', async ({
    context,
    extensionPage,
    extensionId,
  }) => {
    await addNote(extensionPage, 'the Secretariat collected information', 'first, with "quotes", commas');
    await addNote(extensionPage, 'capacity-building needs provided by Parties', 'second\non two lines');
    const before = await allNotes(extensionPage);
    expect(before).toHaveLength(2);

    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.locator('button[data-view="all"]').click();
    await expect(panel.locator('article.note')).toHaveCount(2);
    const downloading = panel.waitForEvent('download');
    await panel.locator('button[data-export="jsonld"]').click();
    const download = await downloading;
    const exported = join(mkdtempSync(join(tmpdir(), 'cites-notes-')), download.suggestedFilename());
    await download.saveAs(exported);
    expect(download.suggestedFilename()).toMatch(/\.jsonld$/);

    panel.once('dialog', (dialog) => void dialog.accept());
    await panel.locator('button[data-action="purge"]').click();
    await expect(panel.locator('article.note')).toHaveCount(0);
    expect(await allNotes(extensionPage)).toHaveLength(0);

    await panel.locator('input[name="import"]').setInputFiles(exported);
    await expect(panel.locator('.toast .status-text')).toContainText('2 new');
    await expect(panel.locator('article.note')).toHaveCount(2);
    expect(await allNotes(extensionPage)).toEqual(before);

    // The same file again: nothing doubles.
    await panel.locator('input[name="import"]').setInputFiles(exported);
    await expect(panel.locator('.toast .status-text')).toContainText('2 unchanged');
    expect(await allNotes(extensionPage)).toEqual(before);

    // A file with one bad entry imports nothing and names the entry.
    const collection = JSON.parse(readFileSync(exported, 'utf8')) as {
      first: { items: { id: string; target: { selector: { exact?: string }[] } }[] };
    };
    collection.first.items.push({
      id: 'urn:uuid:6d1f6b1e-1111-4111-8111-111111111111',
      target: { selector: [{ exact: 'no type' }] },
    });
    collection.first.items[0]!.id = 'urn:uuid:6d1f6b1e-2222-4222-8222-222222222222';
    const corrupted = exported.replace(/\.jsonld$/, '-bad.json');
    writeFileSync(corrupted, JSON.stringify(collection));
    await panel.locator('input[name="import"]').setInputFiles(corrupted);
    await expect(panel.locator('.alert')).toContainText('Annotation 3 of 3');
    await expect(panel.locator('.alert')).toContainText('Nothing was imported');
    expect(await allNotes(extensionPage)).toEqual(before);
  });

  test('the panel follows notes changed in other tabs, and a conflicting edit shows both versions', async ({
    context,
    extensionPage,
    extensionId,
  }) => {
    const note = await addNote(extensionPage, 'the Secretariat collected information', 'original');
    const url = `chrome-extension://${extensionId}/sidepanel.html`;
    const first = await context.newPage();
    await first.goto(url);
    await first.locator('button[data-view="all"]').click();
    await expect(first.locator('article.note')).toHaveCount(1);

    // Added elsewhere: shown at once.
    await addNote(extensionPage, 'capacity-building needs provided by Parties', 'added in another tab');
    await expect(first.locator('article.note')).toHaveCount(2);

    // Search and the tag filter.
    await first.locator('input.search').fill('anoth');
    await expect(first.locator('article.note')).toHaveCount(1);
    await first.locator('input.search').fill('');
    await expect(first.locator('article.note')).toHaveCount(2);

    // Two panels edit the same note; the second save meets the first one's change.
    const second = await context.newPage();
    await second.goto(url);
    await second.locator('button[data-view="all"]').click();
    const inFirst = first.locator(`article[data-note-id="${note.id}"]`);
    const inSecond = second.locator(`article[data-note-id="${note.id}"]`);
    await inFirst.locator('button[data-action="edit"]').click();
    await inSecond.locator('button[data-action="edit"]').click();
    await second.locator('form.editor textarea').fill('edited in the second tab');
    await second.locator('form.editor button[type="submit"]').click();
    await expect(second.locator('form.editor')).toHaveCount(0);
    await first.locator('form.editor textarea').fill('edited in the first tab');
    await first.locator('form.editor button[type="submit"]').click();
    const conflict = first.locator('[data-error="conflict"]');
    await expect(conflict).toContainText('edited in the second tab');
    await expect(conflict).toContainText('edited in the first tab');
    await conflict.locator('button[data-choice="merge"]').click();
    await expect(first.locator('form.editor textarea')).toHaveValue(
      'edited in the second tab\n\nedited in the first tab',
    );
    await first.locator('form.editor button[type="submit"]').click();
    await expect(first.locator('form.editor')).toHaveCount(0);
    const stored = (await allNotes(extensionPage)).find((n) => n.id === note.id)!;
    expect(stored.body).toBe('edited in the second tab\n\nedited in the first tab');
    expect(stored.revision).toBe(3);

    // Delete with undo.
    await first.locator(`article[data-note-id="${note.id}"] button[data-action="delete"]`).click();
    await expect(first.locator('article.note')).toHaveCount(1);
    await first.locator('button[data-action="undo"]').click();
    await expect(first.locator('article.note')).toHaveCount(2);
  });

  test('a highlight opens its note in the closed card; annotations off remove every highlight', async ({
    context,
    extensionPage,
  }) => {
    await enableDemoSite(extensionPage);
    const note = await addNote(extensionPage, 'the Secretariat collected information', 'private remark');
    const page = await context.newPage();
    await page.goto('/document.html');
    const highlight = page.locator(`${HIGHLIGHT}[data-cites-note="${note.id}"]`).first();
    await expect(highlight).toBeAttached({ timeout: 15_000 });
    await highlight.click();
    const panel = page.locator('cites-note-ui[data-part="panel"]');
    await expect(panel).toBeVisible();
    // Nothing of the note is readable by the page.
    expect(await page.evaluate(() => document.documentElement.outerHTML.includes('private remark'))).toBe(
      false,
    );
    expect(await page.evaluate(() => document.querySelector('cites-note-ui')?.shadowRoot ?? null)).toBeNull();
    await page.keyboard.press('Escape');

    await ask(extensionPage, { type: 'setSite', origin: DEMO_ORIGIN, enabled: false });
    await expect(page.locator(HIGHLIGHT)).toHaveCount(0);
    await expect(page.locator('cites-mention')).toHaveCount(0);
    await expect(page.locator('cites-note-ui')).toHaveCount(0);
  });

  test('an unsaved edit is kept as a draft through a reload of the panel', async ({
    context,
    extensionPage,
    extensionId,
  }) => {
    const note = await addNote(extensionPage, 'the Secretariat collected information', 'saved text');
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.locator('button[data-view="all"]').click();
    await panel.locator(`article[data-note-id="${note.id}"] button[data-action="edit"]`).click();
    await panel.locator('form.editor textarea').fill('typed but not saved');
    await panel.waitForTimeout(600);
    await panel.reload();
    await panel.locator('button[data-view="all"]').click();
    await panel.locator(`article[data-note-id="${note.id}"] button[data-action="edit"]`).click();
    await expect(panel.locator('form.editor textarea')).toHaveValue('typed but not saved');
    expect((await allNotes(extensionPage))[0]!.body).toBe('saved text');
  });

  test('a note whose passage is not in the page is listed as not found, not dropped', async ({
    context,
    extensionPage,
    extensionId,
  }) => {
    await enableDemoSite(extensionPage);
    await addNote(
      extensionPage,
      'A passage that a later revision removed entirely from the text',
      'lost passage',
    );
    await addNote(extensionPage, 'the Secretariat collected information', 'found passage');
    const page = await context.newPage();
    await page.goto('/document.html');
    await expect(page.locator(HIGHLIGHT).first()).toBeAttached({ timeout: 15_000 });
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(panel.locator('article.note')).toHaveCount(2);
    await expect(panel.locator('article.note.unanchored')).toHaveCount(1);
    await expect(panel.locator('article.note.unanchored')).toContainText('lost passage');
    // Reading order: the found one first, then the ones not found.
    await expect(panel.locator('article.note').first()).toContainText('found passage');
  });
});

test.describe('notes across a browser restart', () => {
  test('closing the browser and relaunching it on the same profile keeps every note', async () => {
    const extension = mkdtempSync(join(tmpdir(), 'cites-cb-ext-'));
    cpSync(EXTENSION_DIR, extension, { recursive: true });
    const manifestPath = join(extension, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
    manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const profile = mkdtempSync(join(tmpdir(), 'cites-cb-profile-'));
    const launch = () =>
      chromium.launchPersistentContext(profile, {
        headless: true,
        executablePath: findChromium(),
        args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
      });
    const open = async (context: BrowserContext) => {
      const id = new URL((await serviceWorker(context)).url()).host;
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/sidepanel.html`);
      return page;
    };
    try {
      let context = await launch();
      let page = await open(context);
      await enableDemoSite(page);
      const notes = [
        await addNote(page, 'the Secretariat collected information', 'one'),
        await addNote(page, 'capacity-building needs provided by Parties', 'two'),
        await addNote(page, 'This document has been prepared by the Secretariat.', 'three'),
      ];
      const before = await allNotes(page);
      await context.close();

      context = await launch();
      page = await open(context);
      expect(await allNotes(page)).toEqual(before);
      expect(before.map((n) => n.id).sort()).toEqual(notes.map((n) => n.id).sort());
      await page.locator('button[data-view="all"]').click();
      await expect(page.locator('article.note')).toHaveCount(3);
      // The site switched on before the relaunch is annotated again without being switched on anew.
      const doc = await context.newPage();
      await doc.goto(`${DEMO_ORIGIN}/document.html`);
      await expect(doc.locator(HIGHLIGHT).first()).toBeAttached({ timeout: 15_000 });
      expect(
        new Set(
          await doc
            .locator(HIGHLIGHT)
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-cites-note'))),
        ),
      ).toEqual(new Set(notes.map((n) => n.id)));
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
      rmSync(extension, { recursive: true, force: true });
    }
  });
});
