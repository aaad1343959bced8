import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './support/find-chromium.mjs';

const PORT = Number(process.env.DEMO_PORT ?? 8788);

export default defineConfig({
  testDir: './e2e',
  outputDir: './results/playwright',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: './results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node test/scripts/serve-demo.mjs`,
    cwd: '..',
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
