/**
 * The local demo server: the founding document as a CITES document page (HTML, and PDF when
 * built), the partner page with the widgets, and the built widget bundle. Loopback only.
 *
 * A plain node:http server is enough for a handful of static files on loopback; it adds no
 * dependency and refuses any path outside the folders it serves.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentHtml } from './document-html.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** URL prefixes and the folders they serve. */
const MOUNTS = [
  ['/widgets/dist/', 'widgets/dist'],
  ['/widgets/demo/', 'widgets/demo'],
  ['/pages/', 'test/pages'],
  ['/data/', 'core/data'],
];

function indexPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CITES capacity-building tracker: demo</title></head>
<body style="font:16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto">
<h1>CITES capacity-building tracker: demo</h1>
<ul>
<li><a href="/document.html">A CITES document to read</a> (AC31/PC25 addendum on capacity-building, with the needs table of its Annex 3)${existsSync(join(ROOT, 'test/pages/founding-document.pdf')) ? ' — also <a href="/pages/founding-document.pdf">as PDF</a>' : ''}</li>
<li><a href="/widgets/demo/partner.html">A partner page with the widgets</a></li>
<li><a href="/widgets/demo/tracker.html">The tracker widgets</a> (activities, funding, coverage of the needs, self-assessment)</li>
</ul></body></html>`;
}

function resolveFile(pathname) {
  for (const [prefix, folder] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const base = join(ROOT, folder);
    const file = normalize(join(base, decodeURIComponent(pathname.slice(prefix.length))));
    if (!file.startsWith(base)) return undefined;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/** Starts the server; resolves to its base URL. */
export function serveDemo({ port = 8787, host = '127.0.0.1' } = {}) {
  const founding = readFileSync(join(ROOT, 'core/data/founding-document.txt'), 'utf8');
  const documentPage = documentHtml(founding, {
    title: 'AC31 Doc. 10/PC25 Doc. 11 Add. – Capacity-building',
  });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status, type, body) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (url.pathname === '/' || url.pathname === '/index.html') return send(200, TYPES['.html'], indexPage());
    if (url.pathname === '/document.html') return send(200, TYPES['.html'], documentPage);
    const file = resolveFile(url.pathname);
    if (!file) return send(404, TYPES['.txt'], 'not found');
    send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ url: `http://${host}:${address.port}`, close: () => server.close() });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8787);
  const { url } = await serveDemo({ port });
  console.log(`demo server on ${url}`);
}
