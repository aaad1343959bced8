import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../core/cli/main.ts';

const FOUNDING = new URL('../../../core/data/founding-document.txt', import.meta.url).pathname;

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const status = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { status, out, err };
}

const temp = () => mkdtempSync(join(tmpdir(), 'cites-cb-cli-'));

describe('cites-cb import-needs', () => {
  it('turns the founding document into CSV, one line per Party, period and category', async () => {
    const { status, out } = await cli('import-needs', FOUNDING, '--format', 'csv');
    expect(status).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('party,period,category,recipients');
    expect(lines).toHaveLength(61);
    expect(lines).toContain('MX,2015-2017,training,MA EA');
    expect(lines).toContain('CN,2015-2017,advice,MA SA EA T N P');
  });

  it('writes a valid dataset with --out, which validate accepts', async () => {
    const out = join(temp(), 'needs.json');
    expect((await cli('import-needs', FOUNDING, '--out', out)).status).toBe(0);
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    expect(dataset.needs).toHaveLength(60);
    const checked = await cli('validate', out);
    expect(checked.status).toBe(0);
    expect(checked.out).toContain('60 needs');
  });

  it('on bad input prints every error as FILE:LINE, exits 1 and leaves the --out file as it was', async () => {
    const dir = temp();
    const input = join(dir, 'bad.tsv');
    writeFileSync(input, 'Atlantis\t2015-2017\tMA\t\t\t\t\t\nPeru\t15-17\tZZ\t\t\t\t\t\n');
    const out = join(dir, 'out.json');
    writeFileSync(out, 'previous content');
    const { status, err } = await cli('import-needs', input, '--out', out);
    expect(status).toBe(1);
    expect(err).toContain(`${input}:1: party: unknown Party "Atlantis"`);
    expect(err).toContain(`${input}:2: period: malformed report period "15-17"`);
    expect(err).toContain(`${input}:2: advice: unknown recipient code "ZZ"`);
    expect(readFileSync(out, 'utf8')).toBe('previous content');
    const fresh = join(dir, 'fresh.json');
    await cli('import-needs', input, '--out', fresh);
    expect(existsSync(fresh)).toBe(false);
  });

  it('says plainly when the file cannot be read or the arguments are wrong', async () => {
    const missing = await cli('import-needs', '/nonexistent/file.csv');
    expect(missing.status).toBe(1);
    expect(missing.err).toContain('/nonexistent/file.csv: cannot read: no such file');
    expect((await cli('import-needs')).status).toBe(2);
    expect((await cli('import-needs', FOUNDING, '--format', 'xml')).status).toBe(2);
    expect((await cli('no-such-command')).err).toContain('unknown command "no-such-command"');
  });
});

describe('cites-cb validate', () => {
  it('names the line and the field of each problem', async () => {
    const file = join(temp(), 'bad.json');
    writeFileSync(
      file,
      JSON.stringify(
        {
          schemaVersion: 1,
          id: 'x',
          title: 'Bad',
          generatedAt: '2021-06-01T00:00:00Z',
          sources: [{ id: 's', title: 'S' }],
          needs: [
            {
              id: 'n1',
              party: 'MX',
              period: '2015-2017',
              category: 'training',
              recipients: ['MA'],
              source: 's',
            },
            {
              id: 'n2',
              party: 'MX',
              period: '2015-2017',
              category: 'training',
              recipients: ['QQ'],
              source: 's',
            },
            {
              id: 'n3',
              party: 'MX',
              period: 'soon',
              category: 'training',
              recipients: ['MA'],
              source: 'nowhere',
            },
          ],
        },
        null,
        2,
      ),
    );
    const { status, err } = await cli('validate', file);
    expect(status).toBe(1);
    const lines = readFileSync(file, 'utf8').split('\n');
    const lineOf = (text: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(text)) + 1;
    expect(err).toContain(`${file}:${lineOf('"QQ"')}: needs[1].recipients[0]:`);
    expect(err).toContain(`${file}:${lineOf('"soon"')}: needs[2].period: a report period is a year`);
  });

  it('reports a JSON syntax error at its line and column', async () => {
    const file = join(temp(), 'broken.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  "id": "x",,\n}\n');
    const { status, err } = await cli('validate', file);
    expect(status).toBe(1);
    expect(err.trim()).toMatch(new RegExp(`${file}:3: invalid JSON: .* at column 13$`));
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('refuses unknown Party codes and a schema version newer than it reads', async () => {
    const file = join(temp(), 'future.json');
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 9,
        id: 'x',
        title: 'F',
        generatedAt: '2021-06-01T00:00:00Z',
        sources: [],
      }),
    );
    expect((await cli('validate', file)).err).toContain('schema version 9 is newer than this software reads');
  });
});

describe('the cites-cb command', () => {
  it('runs from the repository as npx cites-cb', () => {
    const root = new URL('../../..', import.meta.url).pathname;
    const out = execFileSync('node', ['core/cli/cites-cb.mjs', 'import-needs', FOUNDING, '--format', 'csv'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out.split('\n')[1]).toBe('AR,2015-2017,technical,EA');
  });
});
