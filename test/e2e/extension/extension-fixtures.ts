/**
 * Fixtures for the extension's own browser tests. The built extension is copied and its copy's
 * manifest given the loopback host (http://127.0.0.1/*) as a host permission, as if the user had
 * granted it when switching the demo site on: a headless browser cannot answer the permission
 * prompt. Everything after that grant runs the real code: the site is switched on through the
 * background's `setSite` handler, which registers the content script for it.
 */
import {
  test as base,
  chromium,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Worker,
} from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../support/find-chromium.mjs';
import { EXTENSION_DIR, serviceWorker } from '../fixtures.ts';

/** The demo server's origin. */
export const DEMO_ORIGIN = `http://127.0.0.1:${process.env.DEMO_PORT ?? 8788}`;

/** A copy of the built extension whose manifest grants the loopback host. */
function extensionCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cites-cb-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

interface Fixtures {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** An extension page (the options page) to send messages from, as the popup would. */
  extensionPage: Page;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const extension = extensionCopy();
    const profile = mkdtempSync(join(tmpdir(), 'cites-cb-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      headless: true,
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(extension, { recursive: true, force: true });
  },
  worker: async ({ context }, use) => use(await serviceWorker(context)),
  extensionId: async ({ worker }, use) => use(new URL(worker.url()).host),
  extensionPage: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await use(page);
  },
});

export const expect = test.expect;

/** Sends a background request from an extension page and returns the answer's value. */
export async function ask(page: Page, request: Record<string, unknown>): Promise<unknown> {
  const reply = (await page.evaluate(
    (message) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(message),
    request,
  )) as { ok: boolean; value?: unknown; error?: string };
  if (!reply.ok) throw new Error(`background refused ${String(request.type)}: ${reply.error}`);
  return reply.value;
}

/** Switches the extension on for the demo site, as the popup's switch does once access is granted. */
export async function enableDemoSite(extensionPage: Page, tabId?: number): Promise<void> {
  await ask(extensionPage, {
    type: 'setSite',
    origin: DEMO_ORIGIN,
    enabled: true,
    ...(tabId ? { tabId } : {}),
  });
}

/** The id of the tab showing `url`. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  return extensionPage.evaluate(async (pattern) => {
    const chrome = (
      globalThis as unknown as { chrome: { tabs: { query(q: unknown): Promise<{ id: number }[]> } } }
    ).chrome;
    const [tab] = await chrome.tabs.query({ url: pattern });
    return tab!.id;
  }, url);
}

/** Asks the content script of tab `tabId` for its page summary. */
export async function pageSummary(
  extensionPage: Page,
  tabId: number,
): Promise<{ complete: boolean; counts: Record<string, number> }> {
  const reply = (await extensionPage.evaluate(
    ([id]) =>
      (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        }
      ).chrome.tabs.sendMessage(id, { type: 'pageSummary' }),
    [tabId] as const,
  )) as { ok: boolean; value: { complete: boolean; counts: Record<string, number> } };
  return reply.value;
}

/**
 * The text of the open card. The card is in a closed shadow root, out of the page's reach (and
 * Playwright's selectors); the DevTools protocol still sees it.
 */
export async function cardText(page: Page): Promise<string> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = findNode(root, (node) => node.nodeName === 'CITES-CARD');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return '';
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration:
        'function () { const panel = this.querySelector(".panel"); return panel ? panel.innerText : ""; }',
      returnByValue: true,
    });
    return String(result.value ?? '');
  } finally {
    await cdp.detach();
  }
}

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function findNode(node: DomNode, match: (node: DomNode) => boolean): DomNode | undefined {
  if (match(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, match);
    if (found) return found;
  }
  return undefined;
}

export type { Worker };
