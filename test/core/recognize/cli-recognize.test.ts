/** `cites-cb recognize FILE`: human-readable lines, and `--json` with JavaScript string offsets. */
import { describe, expect, it } from 'vitest';
import { main } from '../../../core/cli/main.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { output: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const FILE = 'core/data/founding-document.txt';

describe('cites-cb recognize', () => {
  it('prints one mention per line', async () => {
    const { output, out } = capture();
    expect(await main(['recognize', FILE], output)).toBe(0);
    const lines = out.join('').trimEnd().split('\n');
    expect(lines[0]).toBe('395-409\tdecision\t18.46\t"Decision 18.46"');
    expect(lines).toContain('4506-4517\tparty\tNZ\t"New Zealand"');
  });

  it('prints a JSON array with --json', async () => {
    const { output, out } = capture();
    expect(await main(['recognize', '--json', FILE], output)).toBe(0);
    const mentions = JSON.parse(out.join('')) as {
      kind: string;
      id: string;
      start: number;
      end: number;
      text: string;
    }[];
    expect(Object.keys(mentions[0]!)).toEqual(['kind', 'id', 'start', 'end', 'text']);
    expect(mentions.find((m) => m.kind === 'notification')?.id).toBe('2020/027');
  });

  it('reports a missing file and a bad option', async () => {
    const missing = capture();
    expect(await main(['recognize', 'no/such/file.txt'], missing.output)).toBe(1);
    expect(missing.err.join('')).toContain('no such file');
    const bad = capture();
    expect(await main(['recognize', '--kinds', 'planet', FILE], bad.output)).toBe(2);
  });
});
