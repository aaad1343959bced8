import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../../core/data/default-dataset.ts';
import { exampleActivities } from '../../../core/data/example-activities.ts';
import { mergeDatasets } from '../../../core/dataset/merge.ts';
import { publishDataset } from '../../../core/publish/publish.ts';
import { activitiesToIati } from '../../../core/tracker/iati-xml.ts';

describe('publishing the illustrative activities', () => {
  const examples = exampleActivities();

  it('for the public keeps none of the private, secretariat-only or parties-only activities, in records or totals', () => {
    const published = publishDataset(examples, 'public');
    expect(published.activities.map((a) => a.visibility)).not.toContain('private');
    expect(published.activities.map((a) => a.id).sort()).toEqual(
      examples.activities
        .filter((a) => a.visibility === 'public')
        .map((a) => a.id)
        .sort(),
    );
    const text = JSON.stringify(published);
    for (const hidden of ['ex-act-08', 'ex-act-09', 'ex-act-10', 'Example Partner Authority', 'ex-res-04']) {
      expect(text).not.toContain(hidden);
    }
    expect(published.summary?.activities.total).toBe(7);
    const eur = published.summary?.funding.filter((f) => f.currency === 'EUR') ?? [];
    expect(eur.reduce((sum, f) => sum + f.budget + f.resources, 0)).toBe(60000);
  });

  it('keeps links to needs held by another dataset, such as the Secretariat’s needs table', () => {
    const published = publishDataset(examples, 'public');
    expect(published.activities.find((a) => a.id === 'ex-act-01')?.needs).toEqual([
      'need:MX:2015-2017:training',
    ]);
  });

  it('for the Parties adds the parties-only activity but not the secretariat or private ones', () => {
    const ids = publishDataset(examples, 'parties').activities.map((a) => a.id);
    expect(ids).toContain('ex-act-10');
    expect(ids).not.toContain('ex-act-09');
    expect(ids).not.toContain('ex-act-08');
  });
});

describe('merging datasets', () => {
  it('keeps each record’s source, prefixed with its dataset', () => {
    const merged = mergeDatasets([defaultDataset(), exampleActivities()]);
    expect(merged.needs).toHaveLength(60);
    expect(merged.activities).toHaveLength(10);
    expect(merged.needs[0]!.source).toBe('cites-cb-default/ac31-doc10-pc25-doc11-add-annex3');
    expect(merged.activities[0]!.source).toBe('cites-cb-example-activities/example');
    expect(merged.sources.map((s) => s.id)).toContain(merged.activities[0]!.source);
    expect(merged.illustrative).toBe(true);
  });
});

describe('IATI export', () => {
  it('writes one iati-activity per activity, with strings escaped', () => {
    const [first] = exampleActivities().activities;
    const hostile = { ...first!, title: '<script>alert(1)</script> & "quotes"' };
    const xml = activitiesToIati([hostile], { reportingOrgRef: 'XM-TEST', reportingOrgName: 'Test & Co' });
    expect(xml).toContain('<iati-activities version="2.03"');
    expect(xml).toContain('<iati-identifier>XM-TEST-ex-act-01</iati-identifier>');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('<recipient-country code="MX" percentage="100"/>');
  });

  it('shares the activity among recipient countries so the percentages add up to 100', () => {
    const second = exampleActivities().activities[1]!;
    const xml = activitiesToIati([{ ...second, beneficiaries: ['AR', 'MX', 'PE'] }], {
      reportingOrgRef: 'X',
      reportingOrgName: 'X',
    });
    const countries = [...xml.matchAll(/<recipient-country code="\w+" percentage="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(countries).toHaveLength(3);
    expect(Math.round(countries.reduce((a, b) => a + b, 0) * 100) / 100).toBe(100);
  });
});
