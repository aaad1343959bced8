import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../core/cli/main.ts';

const DATA = new URL('../../../core/data/', import.meta.url).pathname;
const HEADER =
  'id,title,status,start,end,delivery,provider,donors,beneficiaries,recipients,category,objectives,budget,currency,funding,visibility';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const status = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { status, out, err };
}

describe('cites-cb analyze', () => {
  it('prints findings as CSV from several datasets merged', async () => {
    const { status, out } = await cli(
      'analyze',
      `${DATA}default-dataset.json`,
      `${DATA}example-activities.json`,
      '--format',
      'csv',
    );
    expect(status).toBe(0);
    expect(out.split('\n')[0]).toBe('finding,parties,period,category,recipients,activities');
    expect(out).toContain('overlap,MX,,training,EA,ex-act-03 ex-act-04');
  });

  it('prints each finding with its reason, and JSON with --json', async () => {
    const text = await cli('analyze', `${DATA}default-dataset.json`, `${DATA}example-activities.json`);
    expect(text.out).toMatch(/^48 unmet, 12 covered, 3 overlaps, \d+ collaboration opportunities/);
    expect(text.out).toContain(
      'unmet: No activity that is not cancelled gives technical assistance to AR for Enforcement authorities.',
    );
    const json = JSON.parse((await cli('analyze', `${DATA}default-dataset.json`, '--json')).out);
    expect(json.unmet).toHaveLength(60);
  });
});

describe('cites-cb import-activities', () => {
  it('adds the activities of a CSV to a dataset, replacing those with the same id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cites-cb-'));
    const dataset = join(dir, 'dataset.json');
    writeFileSync(dataset, readFileSync(`${DATA}example-activities.json`));
    const csv = join(dir, 'acts.csv');
    writeFileSync(
      csv,
      `${HEADER}\nnew-1,New,planned,,,online,P,,MX,MA,training,,,,,public\nex-act-01,Renamed,completed,,,online,P,,MX,EA,training,,,,,public\n`,
    );
    const { status, err } = await cli('import-activities', csv, '--into', dataset);
    expect(status, err).toBe(0);
    expect(err).toContain('1 activities added, 1 replaced');
    const written = JSON.parse(readFileSync(dataset, 'utf8'));
    expect(written.activities).toHaveLength(11);
    expect(written.activities.find((a: { id: string }) => a.id === 'ex-act-01').title).toBe('Renamed');
  });

  it('changes nothing when one row is bad, and names its line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cites-cb-'));
    const dataset = join(dir, 'dataset.json');
    const before = readFileSync(`${DATA}example-activities.json`, 'utf8');
    writeFileSync(dataset, before);
    const csv = join(dir, 'acts.csv');
    writeFileSync(
      csv,
      `${HEADER}\nok,Ok,planned,,,online,P,,MX,MA,training,,,,,public\nbad,Bad,planned,,,by pigeon,P,,MX,MA,training,,,,,public\n`,
    );
    const { status, err } = await cli('import-activities', csv, '--into', dataset);
    expect(status).toBe(1);
    expect(err).toContain(`${csv}:3: delivery: "by pigeon" is not allowed`);
    expect(readFileSync(dataset, 'utf8')).toBe(before);
  });
});

describe('cites-cb publish', () => {
  it('writes the public dataset without the confidential activities', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cites-cb-')), 'public.json');
    const { status } = await cli(
      'publish',
      `${DATA}example-activities.json`,
      '--audience',
      'public',
      '--out',
      out,
    );
    expect(status).toBe(0);
    const published = JSON.parse(readFileSync(out, 'utf8'));
    expect(published.audience).toBe('public');
    expect(published.activities.every((a: { visibility: string }) => a.visibility === 'public')).toBe(true);
    expect((await cli('validate', out)).status).toBe(0);
    expect(
      (await cli('publish', `${DATA}example-activities.json`, '--audience', 'everyone', '--out', out)).status,
    ).toBe(2);
  });
});
