/**
 * Vite configuration of the widget bundles. `vite build --config widgets/vite.config.ts` builds
 * `widgets/dist/cites-widgets.js` (the needs widgets); `widgets/build/build.ts` (`npm run
 * build:widgets`) builds it, `cites-tracker.js` (the four tracker widgets) and the
 * one-module-per-component files with `widgetConfig()`. Each
 * output is a self-contained ES module, Lit included, so that a partner page needs one file.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type InlineConfig } from 'vite';
import { slimForWidgets } from './build/slim-plugin.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Output file name (without `.js`) → source module. */
export const ENTRIES = {
  'cites-widgets': here('./src/index.ts'),
  'cites-needs-matrix': here('./src/components/needs-matrix/define.ts'),
  'cites-party-needs': here('./src/components/party-needs/define.ts'),
  'cites-needs-chart': here('./src/components/needs-chart/define.ts'),
  'cites-tracker': here('./src/tracker.ts'),
  'cites-activity-tracker': here('./src/components/activity-tracker/define.ts'),
  'cites-resource-tracker': here('./src/components/resource-tracker/define.ts'),
  'cites-needs-coverage': here('./src/components/needs-coverage/define.ts'),
  'cites-self-assessment': here('./src/components/self-assessment/define.ts'),
} as const;

export type EntryName = keyof typeof ENTRIES;

/** The configuration that builds one entry into `widgets/dist/NAME.js`. */
export function widgetConfig(name: EntryName, emptyOutDir = false): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    plugins: [slimForWidgets()],
    build: {
      outDir: here('./dist'),
      emptyOutDir,
      target: 'es2022',
      minify: 'esbuild',
      reportCompressedSize: false,
      lib: { entry: ENTRIES[name], formats: ['es'], fileName: () => `${name}.js` },
      rollupOptions: {
        // The dataset validator is loaded on demand (see src/internal/load-dataset.ts), beside the bundle.
        // The bundle may export what the validator shares with it, so the validator is one small file.
        output: { chunkFileNames: 'cites-validate-[hash].js' },
        preserveEntrySignatures: 'allow-extension',
        // jsonc-parser (used by the core's file parser, not by the widgets) keeps module-level
        // tables Rollup cannot prove pure; nothing of it is called here.
        treeshake: { moduleSideEffects: (id) => !/[\\/]jsonc-parser[\\/]/.test(id) },
        onwarn(warning, warn) {
          // zod ships a comment Rollup cannot place; it is harmless.
          if (warning.code === 'INVALID_ANNOTATION') return;
          warn(warning);
        },
      },
    },
  };
}

export default defineConfig(widgetConfig('cites-widgets', true));
