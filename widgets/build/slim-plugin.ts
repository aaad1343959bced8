/**
 * Build-time trimming for the widget bundle. The widgets validate with the real core schemas and
 * read the real core data; this plugin only leaves out what no widget ever uses:
 *
 * - the Parties' aliases and ISO3 codes (the widgets show the UN short names only), the rest of
 *   the Party list being shipped as a compact text table that rebuilds the same objects;
 * - the Strategic Vision block of the bundled default dataset (no widget displays it);
 * - zod's JSON Schema generator (the widgets validate; they never emit JSON Schema).
 *
 * Anything left out is replaced by a stub that throws if it is ever called, so a widget that
 * started relying on it would fail loudly rather than silently.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const STUB_PREFIX = '\0widgets-stub:';
/** zod modules that only serve `toJSONSchema()`. */
const JSON_SCHEMA_MODULES = /[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors)\.js$/;

/** Export names declared in an ES module's source (functions, constants and `export { a as b }`). */
function exportNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/^export (?:async )?(?:function\*?|const|let|class) (\w+)/gm)) {
    names.add(match[1]!);
  }
  for (const match of source.matchAll(/^export \{([^}]*)\}/gm)) {
    for (const part of match[1]!.split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  return [...names];
}

function stubModule(realPath: string): string {
  const lines = [
    'const unavailable = () => { throw new Error("JSON Schema output is not part of the widget bundle"); };',
  ];
  for (const name of exportNames(readFileSync(realPath, 'utf8'))) {
    lines.push(`export function ${name}() { return unavailable; }`);
  }
  return lines.join('\n');
}

const PARTIES_MODULE = '\0widgets-parties';

interface PartyRecord {
  code: string;
  names: { en: string; fr: string; es: string };
  region: string;
  regionVerified?: boolean;
}

/**
 * The Party list as a module: one `code|en|fr|es|region|flag` line per Party (a French or Spanish
 * name equal to the English one is left empty; the flag marks an unverified region), expanded at
 * load time into the objects `core/data/parties.ts` expects, with empty aliases.
 */
function compactPartiesModule(json: string): string {
  const parties = JSON.parse(json) as PartyRecord[];
  const lines = parties.map((party) => {
    const { en, fr, es } = party.names;
    const cells = [party.code, en, fr === en ? '' : fr, es === en ? '' : es, party.region];
    if (cells.some((cell) => /[|\n]/.test(cell))) throw new Error(`cannot pack Party ${party.code}`);
    return [...cells, party.regionVerified === false ? '0' : ''].join('|');
  });
  return `const table = ${JSON.stringify(lines.join('\n'))};
export default table.split('\\n').map((line) => {
  const [code, en, fr, es, region, flag] = line.split('|');
  const party = { code, names: { en, fr: fr || en, es: es || en }, aliases: { en: [], fr: [], es: [] }, region };
  if (flag === '0') party.regionVerified = false;
  return party;
});`;
}

function stripDefaultDataset(json: string): string {
  const { strategicVision: _vision, ...dataset } = JSON.parse(json) as Record<string, unknown>;
  return JSON.stringify(dataset);
}

/** Collapses the whitespace and comments inside the `css\`…\`` literals of a styles module. */
function minifyCssLiterals(code: string): string {
  return code.replace(/css`([^`]*)`/g, (_whole, body: string) => {
    const compact = body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{}:;,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${compact}\``;
  });
}

/** The Vite plugin; `enforce: 'pre'` so the JSON is trimmed before Vite turns it into a module. */
export function slimForWidgets(): Plugin {
  return {
    name: 'cites-widgets-slim',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      if (source === './parties.json' && /[\\/]core[\\/]data[\\/]parties\.ts$/.test(importer)) {
        return PARTIES_MODULE;
      }
      if (!/[\\/]zod[\\/]/.test(importer)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved && JSON_SCHEMA_MODULES.test(resolved.id)) return STUB_PREFIX + resolved.id;
      return null;
    },
    load(id) {
      if (id === PARTIES_MODULE) {
        return compactPartiesModule(
          readFileSync(new URL('../../core/data/parties.json', import.meta.url), 'utf8'),
        );
      }
      if (id.startsWith(STUB_PREFIX)) return stubModule(id.slice(STUB_PREFIX.length));
      return null;
    },
    transform(code, id) {
      if (/[\\/]widgets[\\/]src[\\/].*\.styles\.ts$/.test(id))
        return { code: minifyCssLiterals(code), map: null };
      if (/[\\/]core[\\/]data[\\/]default-dataset\.json$/.test(id)) {
        return { code: stripDefaultDataset(code), map: null };
      }
      return null;
    },
  };
}
