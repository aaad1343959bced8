import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { defaultDataset } from '../../../core/data/default-dataset.ts';
import { exampleActivities } from '../../../core/data/example-activities.ts';
import { mergeDatasets } from '../../../core/dataset/merge.ts';
import { validateDataset } from '../../../core/dataset/parse-dataset.ts';
import { publishDataset } from '../../../core/publish/publish.ts';
import { analyze } from '../../../core/tracker/analyze.ts';
import { SelfAssessmentSchema, gapProfile } from '../../../core/tracker/self-assessment.ts';
import { axeViolations } from './support.ts';

const TRACKER = '/widgets/demo/tracker.html';
const IMG = '<img src=x onerror="window.__pwned = (window.__pwned || 0) + 1">';
const SCRIPT = '<script>window.__pwned = (window.__pwned || 0) + 1</script>';

/** A minimal page on the demo server that loads the tracker bundle, with `body` as its content. */
function trackerPage(body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Tracker test</title>
<script type="module" src="/widgets/dist/cites-tracker.js"></script></head><body><main>${body}</main></body></html>`;
}

/** JSON safe to put inside an inline <script> element. */
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The widgets' default: the bundled needs with the example activities as published for the public. */
function defaultTrackerAnalysis() {
  const needs = defaultDataset();
  const examples = exampleActivities();
  const stamp = needs.generatedAt > examples.generatedAt ? needs.generatedAt : examples.generatedAt;
  return analyze(mergeDatasets([needs, publishDataset(examples, 'public', stamp)], stamp));
}

async function shadowTexts(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

test('the partner page shows the four tracker widgets', async ({ page }) => {
  await page.goto('/widgets/demo/partner.html');
  await expect(page.locator('#tracker-activities [part="activity"]')).toHaveCount(4);
  await expect(page.locator('#tracker-activities [part="notice"]')).toHaveText(
    'Illustrative example, not real CITES data',
  );
  await expect(page.locator('#tracker-resources [data-view="donor"] tbody tr')).toHaveCount(3);
  await expect(page.locator('#tracker-coverage tbody tr')).toHaveCount(4);
  await expect(page.locator('#tracker-assessment fieldset')).toHaveCount(9);
  await expect(page.getByRole('link', { name: 'the tracker demo page' })).toHaveAttribute(
    'href',
    'tracker.html',
  );
});

test("the founding document's needs against the example activities: unmet needs, overlaps, collaborations, with reasons", async ({
  page,
}) => {
  const expected = defaultTrackerAnalysis();
  expect(expected.overlaps.length).toBeGreaterThan(0);
  expect(expected.collaborations.length).toBeGreaterThan(0);
  await page.goto(TRACKER);
  const coverage = page.locator('#coverage-main');
  await expect(coverage.locator('[part="notice"]')).toHaveText('Illustrative example, not real CITES data');
  const list = (kind: string) => `#coverage-main [data-findings="${kind}"] li`;
  await expect(page.locator(list('unmet'))).toHaveCount(expected.unmet.length);
  expect(await shadowTexts(page, list('unmet'))).toEqual(expected.unmet.map((f) => f.reason));
  expect(await shadowTexts(page, list('overlap'))).toEqual(expected.overlaps.map((f) => f.reason));
  expect(await shadowTexts(page, list('collaboration'))).toEqual(
    expected.collaborations.map((f) => f.reason),
  );
  expect(await shadowTexts(page, list('covered'))).toEqual(expected.covered.map((f) => f.reason));
  await expect(coverage.locator('[data-findings="overlap"] [role="heading"]')).toHaveText(
    `Overlaps (${expected.overlaps.length})`,
  );
  // The matrix marks the same: Mexico's training is fully covered, with an overlap.
  const mxTraining = coverage.locator('tr[data-party="MX"] td[data-category="training"]');
  await expect(mxTraining).toHaveAttribute('data-coverage', 'covered');
  await expect(mxTraining).toHaveAttribute('data-overlap', '');
  await expect(mxTraining).toContainText('Overlap');
  const unmetCell = expected.unmet[0]!;
  await expect(
    coverage.locator(`tr[data-party="${unmetCell.party}"] td[data-category="${unmetCell.category}"]`),
  ).toHaveAttribute('data-coverage', /unmet|partial/);
  for (const party of expected.collaborations[0]!.parties) {
    await expect(
      coverage.locator(
        `tr[data-party="${party}"] td[data-category="${expected.collaborations[0]!.category}"]`,
      ),
    ).toHaveAttribute('data-collaboration', '');
  }
});

test('in French, the reasons are French sentences built from the findings', async ({ page }) => {
  await page.goto(TRACKER);
  const coverage = page.locator('#coverage-fr');
  await expect(coverage.locator('caption')).toHaveText('Besoins et leur couverture par des activités');
  const collaboration = coverage.locator('[data-findings="collaboration"] li').first();
  await expect(collaboration).toContainText('Parties de la région Asie');
  await expect(collaboration).toContainText('Une seule activité régionale pourrait les servir toutes.');
  await expect(coverage.locator('[data-findings="unmet"] li').first()).toContainText(
    'Aucune activité non annulée',
  );
  await expect(coverage).not.toContainText('one regional activity');
  const assessment = page.locator('#assessment-fr');
  await expect(assessment.locator('[part="heading"]')).toHaveText('Auto-évaluation : Pérou');
  await expect(assessment.locator('fieldset[data-element="legislation"] legend')).toHaveText(
    'Législation nationale pertinente',
  );
  await expect(assessment.locator('fieldset[data-element="legislation"] label').first()).toContainText(
    'Aucune législation d’application de la CITES',
  );
});

test('<cites-activity-tracker src="published-public.json"> shows no private, Secretariat or Parties-only activity', async ({
  page,
}) => {
  const all = exampleActivities().activities;
  const hidden = all.filter((a) => a.visibility !== 'public');
  expect(hidden.map((a) => a.visibility).sort()).toEqual(['parties', 'private', 'secretariat']);
  await page.goto(TRACKER);
  const tracker = page.locator('#activities-published');
  const ids = all.filter((a) => a.visibility === 'public').map((a) => a.id);
  await expect(tracker.locator('[part="activity"]')).toHaveCount(ids.length);
  expect(
    await tracker.locator('[part="activity"]').evaluateAll((els) => els.map((el) => el.dataset.id)),
  ).toEqual(ids);
  for (const activity of hidden) await expect(tracker).not.toContainText(activity.title);
  await expect(tracker.locator('[data-visibility]')).toHaveCount(0);
  // The published file itself holds none of them.
  const file = JSON.parse(
    readFileSync(new URL('../../../widgets/demo/published-public.json', import.meta.url), 'utf8'),
  );
  expect(file.audience).toBe('public');
  expect(file.activities.map((a: { visibility: string }) => a.visibility)).toEqual(ids.map(() => 'public'));
});

test('activities show status, indicator progress, the scoring rules, and that they are illustrative', async ({
  page,
}) => {
  await page.goto(TRACKER);
  const tracker = page.locator('#activities-main');
  const first = tracker.locator('[part="activity"][data-id="ex-act-01"]');
  await expect(first.locator('[part="status-badge"]')).toHaveText('Completed');
  await expect(first.locator('[data-illustrative]')).toHaveText('Illustrative');
  await expect(first.locator('[part="indicator"]')).toContainText(
    '3 of 3: 36 officers against a target of 40 officers from a baseline of 0 officers (90% of the way)',
  );
  await expect(tracker.locator('[data-illustrative]')).toHaveCount(7);
  await tracker.getByText('How scores are computed').click();
  await expect(tracker.locator('[part="rules"] dt')).toHaveText(['Needs reached', 'Indicator progress']);
  await expect(tracker.locator('[part="rules"]')).toContainText('Rating 1 from 25%, 2 from 50%, 3 from 75%');
  // A Party filter adds its "needs reached" scores.
  await expect(
    page.locator('#activities-mx [part="party-scores"] tr[data-category="training"] td'),
  ).toContainText('1 of 2 (training delivered to EA, none yet to MA, planned or underway for MA)');
});

test('filters and search work by keyboard', async ({ page }) => {
  await page.goto(TRACKER);
  const tracker = page.locator('#activities-main');
  const summary = tracker.locator('[part="summary"]');
  await expect(summary).toHaveText('7 of 7 activities');
  await tracker.locator('input[type="search"]').focus();
  await page.keyboard.type('customs');
  await expect(summary).toHaveText('2 of 7 activities');
  await expect(tracker).toHaveAttribute('query', 'customs');
  // Tab to the status filter (after Party, region, category, recipient, donor, objective) and pick "Planned".
  for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
  await expect(tracker.locator('select[name="status"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(tracker).toHaveAttribute('status', 'planned');
  await expect(summary).toHaveText('1 of 7 activities');
  await expect(tracker.locator('[part="activity"]')).toHaveAttribute('data-id', 'ex-act-04');
  // Year, then "Clear filters" with Enter.
  await page.keyboard.press('Tab');
  await expect(tracker.locator('select[name="year"]')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(summary).toHaveText('7 of 7 activities');
  await expect(tracker.locator('input[type="search"]')).toHaveValue('');
  // Region and category filters.
  await tracker.locator('select[name="region"]').selectOption('asia');
  await tracker.locator('select[name="category"]').selectOption('advice');
  await expect(tracker.locator('[part="activity"]')).toHaveAttribute('data-id', 'ex-act-06');
});

test('funding: by donor, beneficiary, category and source, every total per currency', async ({ page }) => {
  await page.goto(TRACKER);
  const resources = page.locator('#resources-main');
  await expect(resources.locator('[part="currency-note"]')).toContainText('never added together');
  const donor = resources.locator('[data-view="donor"]');
  await expect(donor.locator('thead th')).toHaveText(['Donor', 'EUR', 'USD']);
  await expect(donor.locator('tfoot td[data-currency="USD"]')).toHaveText('$165,000');
  await expect(donor.locator('tfoot td[data-currency="EUR"]')).toHaveText('€30,000');
  await expect(donor.locator('tr[data-key="Example Donor Agency A"] td[data-currency="USD"]')).toHaveText(
    '$45,000',
  );
  await expect(resources).not.toContainText('195,000');
  const beneficiary = resources.locator('[data-view="beneficiary"]');
  await expect(beneficiary.locator('tbody th')).toContainText(['Mexico', 'Mongolia']);
  await expect(beneficiary).toContainText('Shared: Argentina, Mexico, Peru, El Salvador, and Venezuela');
  const funding = resources.locator('[data-view="funding"]');
  await expect(funding.locator('tr[data-key="core"] td[data-currency="EUR"]')).toHaveText('€30,000');
  await expect(funding.locator('tr[data-key="extrabudgetary"] td[data-currency="USD"]')).toHaveText(
    '$165,000',
  );
  await expect(resources.locator('[data-view="budgets"] tr[data-currency="CHF"]')).toHaveCount(1);
  // Two inline datasets, merged: the same donor, two currencies, never summed.
  const inline = page.locator('#resources-inline');
  await expect(inline.locator('[data-view]')).toHaveCount(2);
  const row = inline.locator('[data-view="donor"] tr[data-key="Example Fund North"]');
  await expect(row.locator('td[data-currency="CHF"]')).toContainText('20,000');
  await expect(row.locator('td[data-currency="USD"]')).toHaveText('$5,000');
  await expect(inline.locator('[part="notice"]')).toBeVisible();
});

test('several src files are merged; a missing one is reported', async ({ page }) => {
  const errors: string[] = [];
  await page.goto(TRACKER);
  const merged = page.locator('#coverage-merged');
  await expect(merged.locator('tbody tr')).toHaveCount(4);
  await expect(merged.locator('tr[data-party="PE"] td[data-category="training"]')).toHaveAttribute(
    'data-overlap',
    '',
  );
  await expect(merged.locator('[part="findings"]')).toHaveCount(0);
  await expect(page.locator('#resources-error [part="error"]')).toContainText('missing-dataset.json');
  await expect(page.locator('#error-log')).toContainText('error event: The data could not be loaded');
  expect(errors).toEqual([]);
});

test('self-assessment: rate by keyboard, see the gap profile, download it and the suggested needs', async ({
  page,
}) => {
  await page.goto(TRACKER);
  const widget = page.locator('#assessment-main');
  await expect(widget.locator('[part="heading"]')).toHaveText('Self-assessment: Mexico');
  // The form is the Party's own: no "illustrative" label on it.
  await expect(widget.locator('[part="notice"]')).toHaveCount(0);
  const group = widget.locator('fieldset[data-element="legislation"]');
  await expect(group.locator('input[type="radio"]')).toHaveCount(4);
  // Space checks the focused radio; arrows move within the group and check.
  await group.locator('input[value="0"]').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(group.locator('input[value="1"]')).toBeChecked();
  const enforcement = widget.locator('fieldset[data-element="enforcement"]');
  await enforcement.locator('input[value="0"]').focus();
  await page.keyboard.press('Space');
  await widget.locator('fieldset[data-element="permitting"] label').nth(3).click();
  await expect(widget.locator('tr[data-element="legislation"]')).toHaveAttribute('data-gap', '2');
  await expect(widget.locator('tr[data-element="permitting"]')).toHaveAttribute('data-gap', '0');
  await expect(widget.locator('tr[data-element="awareness"] td').first()).toHaveText('Not rated');
  await expect(widget.locator('[part="suggested"] li[data-category="training"]')).toContainText(
    'Enforcement authorities',
  );
  await expect(page.locator('#assessment-log')).toContainText('MX, 3 rated');

  const [profileDownload] = await Promise.all([
    page.waitForEvent('download'),
    widget.locator('[data-download="assessment"]').click(),
  ]);
  expect(profileDownload.suggestedFilename()).toMatch(/^self-assessment-MX-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(readFileSync(await profileDownload.path(), 'utf8'));
  const assessment = SelfAssessmentSchema.parse(saved.assessment);
  expect(assessment.ratings).toEqual({ legislation: 1, enforcement: 0, permitting: 3 });
  expect(saved.gapProfile).toEqual(JSON.parse(JSON.stringify(gapProfile(assessment))));

  const [needsDownload] = await Promise.all([
    page.waitForEvent('download'),
    widget.locator('[data-download="needs"]').click(),
  ]);
  const needs = JSON.parse(readFileSync(await needsDownload.path(), 'utf8'));
  const valid = validateDataset(needs);
  expect(valid.ok).toBe(true);
  if (!valid.ok) return;
  expect(valid.dataset.needs.map((need) => need.category).sort()).toEqual(
    gapProfile(assessment)
      .suggestedNeeds.map((need) => need.category)
      .sort(),
  );
  expect(valid.dataset.needs.every((need) => need.party === 'MX' && need.visibility === 'private')).toBe(
    true,
  );
});

test('axe-core finds no violation on the tracker demo', async ({ page }) => {
  await page.goto(TRACKER);
  await expect(page.locator('#coverage-main [data-findings="unmet"] li').first()).toBeVisible();
  await expect(page.locator('#activities-published [part="activity"]').first()).toBeVisible();
  await page.locator('#activities-main').getByText('How scores are computed').click();
  const violations = await axeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
});

test('axe-core finds no violation in Spanish, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(TRACKER);
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('#activities-main [part="summary"]')).toHaveText('7 de 7 actividades');
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(375);
  const violations = await axeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
});

/** A valid dataset whose every free-text field carries markup. */
function hostileDataset() {
  return {
    schemaVersion: 1,
    id: 'hostile',
    title: `Hostile ${SCRIPT}`,
    generatedAt: '2026-01-01T00:00:00Z',
    sources: [{ id: 'src', title: `Source ${IMG}`, url: 'javascript:window.__pwned=1' }],
    parties: [
      {
        code: 'KE',
        names: { en: `Kenya ${IMG}`, fr: `Kenya ${SCRIPT}`, es: 'Kenia' },
        aliases: { en: [], fr: [], es: [] },
        region: 'africa',
      },
    ],
    reports: [{ id: 'r1', party: 'KE', period: '2020', needsExpressed: true, source: 'src' }],
    needs: [
      {
        id: 'n1',
        party: 'KE',
        period: '2020',
        category: 'training',
        recipients: ['MA'],
        report: 'r1',
        source: 'src',
      },
    ],
    activities: ['a1', 'a2'].map((id, index) => ({
      id,
      title: `Title ${IMG}`,
      status: 'ongoing',
      start: '2024-01-01',
      end: '2024-12-31',
      delivery: 'online',
      provider: `Provider ${index} ${SCRIPT}`,
      partners: [`Partner ${IMG}`],
      donors: [`Donor ${IMG}`],
      beneficiaries: ['KE'],
      recipients: ['MA'],
      category: 'training',
      topics: [`Topic ${SCRIPT}`],
      indicators: ['i1'],
      budget: { amount: 10, currency: 'USD', funding: 'core' },
      source: 'src',
    })),
    indicators: [
      {
        id: 'i1',
        title: `Indicator ${IMG}`,
        activity: 'a1',
        unit: `units ${SCRIPT}`,
        baseline: 0,
        target: 10,
        actual: 5,
        criteria: [{ rating: 2, criterion: `Criterion ${IMG}` }],
        source: 'src',
      },
    ],
    resources: [
      {
        id: 'r1',
        donor: `Donor ${IMG}`,
        beneficiary: 'KE',
        amount: 5,
        currency: 'USD',
        funding: 'core',
        source: 'src',
      },
    ],
  };
}

test('hostile strings in the data render as text and run nothing', async ({ page }) => {
  await page.route('**/hostile.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostileDataset()) }),
  );
  await page.goto(TRACKER);
  const inline = `<script type="application/json">${inlineJson(hostileDataset())}</script>`;
  await page.setContent(
    trackerPage(`
      <cites-activity-tracker id="a" src="/hostile.json"></cites-activity-tracker>
      <cites-activity-tracker id="afr" lang="fr" party="KE">${inline}</cites-activity-tracker>
      <cites-resource-tracker id="r" src="/hostile.json"></cites-resource-tracker>
      <cites-needs-coverage id="c" src="/hostile.json"></cites-needs-coverage>
      <cites-needs-coverage id="ces" lang="es" src="/hostile.json"></cites-needs-coverage>
      <cites-self-assessment id="s" party="KE" src="/hostile.json"></cites-self-assessment>`),
  );
  const activity = page.locator('#a [part="activity"]').first();
  await expect(activity.locator('[part="title"]')).toHaveText(`Title ${IMG}`);
  await expect(activity).toContainText(`Provider 0 ${SCRIPT}`);
  await expect(activity).toContainText(`Kenya ${IMG}`);
  await expect(activity.locator('[part="indicator"]')).toContainText(`Criterion ${IMG}`);
  await expect(activity).toContainText(`Source: Source ${IMG}`);
  await expect(page.locator('#afr [part="party-scores"] caption')).toContainText(`Kenya ${SCRIPT}`);
  await expect(page.locator('#r [data-view="donor"] tbody th')).toHaveText(`Donor ${IMG}`);
  await expect(page.locator('#c [data-findings="overlap"] li')).toContainText(`Provider 1 ${SCRIPT}`);
  await expect(page.locator('#ces [data-findings="overlap"] li')).toContainText(`Provider 0 ${SCRIPT}`);
  await expect(page.locator('#s [part="heading"]')).toHaveText(`Self-assessment: Kenya ${IMG}`);
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll('main > *')].reduce(
      (count, el) => count + (el.shadowRoot?.querySelectorAll('img, script, a').length ?? 0),
      0,
    ),
  );
  expect(injected).toBe(0);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('each tracker module works alone, and next to the full bundle', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(TRACKER);
  await page.setContent(`<!doctype html><html lang="en"><head><title>One</title>
    <script type="module" src="/widgets/dist/cites-resource-tracker.js"></script></head>
    <body><cites-resource-tracker view="funding"></cites-resource-tracker><cites-needs-coverage>not loaded</cites-needs-coverage></body></html>`);
  // A cold load of a whole module on a busy machine: allow it more than the default 5 s.
  await expect(page.locator('cites-resource-tracker [data-view="funding"]')).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => customElements.get('cites-needs-coverage'))).toBeUndefined();
  for (const name of ['activity-tracker', 'needs-coverage', 'self-assessment', 'tracker']) {
    await page.evaluate((url) => import(url), `/widgets/dist/cites-${name}.js`);
  }
  await page.evaluate((url) => import(url), '/widgets/dist/cites-widgets.js');
  expect(
    await page.evaluate(() =>
      [
        'cites-activity-tracker',
        'cites-resource-tracker',
        'cites-needs-coverage',
        'cites-self-assessment',
        'cites-needs-matrix',
      ].every((name) => customElements.get(name)),
    ),
  ).toBe(true);
  expect(errors).toEqual([]);
});
