import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'CITES capacity-building tracker',
    description:
      'Links every Party and CITES reference in the documents you read to its capacity-building needs.',
    permissions: ['storage'],
    host_permissions: ['https://cites.org/*', 'https://*.cites.org/*'],
  },
});
