/**
 * Prints the founding document (as the demo server shows it at /document.html) to a PDF with
 * Chromium, for the extension's viewer tests: `node test/scripts/make-pdf.mjs [out.pdf]`
 * (default test/pages/founding-document.pdf). Exported too, so a test can make it when missing.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium.mjs';
import { serveDemo } from './serve-demo.mjs';

export const FOUNDING_PDF = fileURLToPath(new URL('../pages/founding-document.pdf', import.meta.url));

/** Writes the founding document as a PDF to `out`. */
export async function makeFoundingPdf(out = FOUNDING_PDF) {
  const server = await serveDemo({ port: 0 });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/document.html`);
    mkdirSync(dirname(out), { recursive: true });
    await page.pdf({
      path: out,
      format: 'A4',
      margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
    });
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await makeFoundingPdf(process.argv[2]);
  console.log(`wrote ${out}`);
}
