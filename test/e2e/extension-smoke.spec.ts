import { expect, test } from './fixtures.ts';

test('the built extension loads in Chromium and its service worker starts', async ({
  context,
  extensionId,
}) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const worker = context.serviceWorkers()[0]!;
  const manifest = await worker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { runtime: { getManifest(): { manifest_version: number; name: string } } };
      }
    ).chrome.runtime.getManifest(),
  );
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.name).toBe('CITES capacity-building tracker');
});
