import { describe, expect, it } from 'vitest';
import { partyByCode } from '../../core/data/parties.ts';
import type { PartyRecord } from '../../core/schemas/messages.ts';
import { reportViews } from '../../extension/cards/party-reports.ts';
import { needsSummary } from '../../extension/components/needs-summary.ts';

const source = { id: 's', title: 'Source', verified: true };
const record = (over: Partial<PartyRecord>): PartyRecord => ({
  code: 'MX',
  party: partyByCode('MX')!,
  reports: [],
  needs: [],
  sources: [source],
  ...over,
});
const need = (category: 'technical' | 'training', period: string, report?: string) => ({
  id: `need:MX:${period}:${category}`,
  party: 'MX',
  period,
  category,
  recipients: ['MA' as const, 'EA' as const],
  source: 's',
  visibility: 'public' as const,
  ...(report ? { report } : {}),
});

describe('a Party card’s reports', () => {
  it('puts each need under its report, newest period first, with the source', () => {
    const views = reportViews(
      record({
        reports: [
          {
            id: 'r1',
            party: 'MX',
            period: '2015-2017',
            needsExpressed: true,
            source: 's',
            visibility: 'public',
          },
          {
            id: 'r2',
            party: 'MX',
            period: '2018-2020',
            needsExpressed: false,
            source: 's',
            visibility: 'public',
          },
        ],
        needs: [need('technical', '2015-2017', 'r1'), need('training', '2015-2017')],
      }),
    );
    expect(views.map((view) => view.period)).toEqual(['2018-2020', '2015-2017']);
    expect(views[0]!.needs).toEqual([]);
    expect(views[0]!.needsExpressed).toBe(false);
    expect(views[1]!.needs.map((n) => n.category)).toEqual(['technical', 'training']);
    expect(views[1]!.source?.title).toBe('Source');
  });

  it('makes a report for needs whose report is not in the data', () => {
    const views = reportViews(record({ needs: [need('training', '2019')] }));
    expect(views).toHaveLength(1);
    expect(views[0]!.period).toBe('2019');
  });
});

describe('the popup’s line on a Party’s needs', () => {
  it('names the periods and categories of the needs', () => {
    expect(
      needsSummary(record({ needs: [need('technical', '2015-2017'), need('training', '2015-2017')] }), 'en'),
    ).toBe('Needs (2015-2017): Technical, Training');
  });

  it('tells "no needs expressed" from "no report in the data"', () => {
    const none = record({
      reports: [{ id: 'r', party: 'MX', needsExpressed: false, source: 's', visibility: 'public' }],
    });
    expect(needsSummary(none, 'fr')).toBe('Aucun besoin de renforcement des capacités exprimé');
    expect(needsSummary(record({}), 'es')).toBe('Ningún informe en los datos');
  });
});

describe('links in cards', () => {
  it('keeps web addresses and drops any other scheme', async () => {
    const { safeHref } = await import('../../extension/cards/safe-href.ts');
    expect(safeHref('https://cites.org/eng')).toBe('https://cites.org/eng');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});
