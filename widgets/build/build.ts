/**
 * `npm run build:widgets`: builds `widgets/dist/cites-widgets.js` (needs widgets),
 * `widgets/dist/cites-tracker.js` (tracker widgets) and one self-contained module per component,
 * writes the tracker demo's published example file (`widgets/demo/published-public.json`), then
 * writes `widgets/custom-elements.json` from the components' documentation
 * comments with the Custom Elements Manifest analyzer.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { ENTRIES, widgetConfig, type EntryName } from '../vite.config.ts';
import { writeDemoData } from './demo-data.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let first = true;
for (const name of Object.keys(ENTRIES) as EntryName[]) {
  await build(widgetConfig(name, first));
  first = false;
}

await writeDemoData();

const analyzer = spawnSync(
  'npx',
  [
    '--no-install',
    'custom-elements-manifest',
    'analyze',
    '--config',
    'widgets/custom-elements-manifest.config.mjs',
  ],
  { cwd: ROOT, stdio: 'inherit' },
);
if (analyzer.status !== 0) process.exit(analyzer.status ?? 1);
console.log(
  `widgets: built ${Object.keys(ENTRIES).length} modules into widgets/dist and widgets/custom-elements.json`,
);
