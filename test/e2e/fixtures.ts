/**
 * Playwright fixtures for the extension: a persistent Chromium context with the built extension
 * loaded (both flags are needed, or Playwright's own --disable-extensions wins), and its id read
 * from the service worker's URL.
 */
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium.mjs';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

/** Launches Chromium with the extension on a profile folder (kept between launches if given). */
export async function launchWithExtension(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    headless: true,
    executablePath: findChromium(),
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
}

/** The extension's service worker, waiting for it to start if needed. */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export const test = base.extend<{ profileDir: string; context: BrowserContext; extensionId: string }>({
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'cites-cb-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ profileDir }, use) => {
    const context = await launchWithExtension(profileDir);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = await serviceWorker(context);
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;
