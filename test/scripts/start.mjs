/**
 * `npm start`: builds the extension and the widgets, then serves the demo (a CITES document page
 * and a partner page with the widgets) on loopback, and says how to load the extension.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serveDemo } from './serve-demo.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('\nThe build failed; see above.');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8787);
const { url } = await serveDemo({ port });
console.log(`
CITES capacity-building tracker: demo running

  A CITES document to read:   ${url}/document.html
  The partner page (widgets): ${url}/widgets/demo/partner.html
  The tracker widgets:        ${url}/widgets/demo/tracker.html
  Everything:                 ${url}/

Load the extension (Chromium or Chrome):
  1. open chrome://extensions and switch on "Developer mode";
  2. "Load unpacked" and choose ${ROOT}.output/chrome-mv3
  3. open the document page above: Parties and CITES references are marked.
Firefox: npm run build:firefox, then about:debugging > "Load Temporary Add-on" > .output/firefox-mv3/manifest.json

Press Ctrl+C to stop.`);
