import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  imports: false,
  // Manifest V3 for both browsers (Firefox runs the background as an event page).
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  // `wxt zip -b firefox` also packs the sources for review; test output and caches stay out.
  zip: { excludeSources: ['test/results/**', 'test/.cache/**', '.ci/**'] },
  manifest: {
    name: 'CITES capacity-building tracker',
    description:
      'Links every Party and CITES reference in the documents you read to its capacity-building needs.',
    permissions: ['storage', 'scripting', 'contextMenus', 'activeTab'],
    // cites.org by default; any other site only when the user switches it on (asked at that moment).
    host_permissions: ['https://cites.org/*', 'https://*.cites.org/*'],
    optional_host_permissions: ['*://*/*'],
    // Notes: the keyboard shortcut for "add a note on the selection" (the side panel's page and
    // permission come from the `sidepanel` entrypoint).
    commands: {
      'add-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Add a note on the selected text',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'cites-capacity-tracker@cites-cb', strict_min_version: '128.0' },
    },
  },
});
