/**
 * Finds a Chromium for the browser tests: an explicit CHROMIUM_PATH, Debian's /usr/bin/chromium,
 * or Playwright's own download. Branded Google Chrome is not used: it ignores --load-extension.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const CHROMIUM_MISSING = `No Chromium was found for the browser tests. Install one of:
  - Debian/Ubuntu:  apt-get install -y chromium        (gives /usr/bin/chromium)
  - Playwright's:   npx playwright install chromium
  - or point CHROMIUM_PATH at a Chromium binary:  CHROMIUM_PATH=/path/to/chromium npm test`;

/** The path of a Chromium binary, or undefined when there is none. */
export function findChromium() {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(path)) return path;
  }
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    if (path && existsSync(path)) return path;
  } catch {
    // Playwright's browser is not installed.
  }
  return undefined;
}

/** Flags that let Chromium run headless as root on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
