import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { AXE_PATH, type AxeViolation } from '../widgets/support.ts';
import { DEMO_ORIGIN, expect, test } from './extension-fixtures.ts';

/** Opens the tracker page of the extension. */
async function openTracker(page: Page, extensionId: string, section = ''): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/tracker.html${section ? `#${section}` : ''}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Capacity-building activities');
}

/** Records an activity through the form, as a user would with the keyboard and mouse. */
async function recordActivity(
  page: Page,
  fields: { title: string; visibility: string; beneficiaries?: string; status?: string },
): Promise<void> {
  await page.getByRole('button', { name: 'New activity' }).click();
  await page.getByLabel('Title', { exact: true }).fill(fields.title);
  await page.getByLabel('Provider').fill('CITES Secretariat');
  await page.getByLabel('Beneficiary Parties (codes such as MX KE)').fill(fields.beneficiaries ?? 'MX PE');
  await page.getByRole('checkbox', { name: /^EA/ }).check();
  await page.getByLabel('Status').selectOption(fields.status ?? 'ongoing');
  await page.getByLabel('Start date').fill('2026-03-01');
  await page.getByLabel('End date').fill('2026-06-30');
  await page.getByLabel('Who may see it').selectOption(fields.visibility);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('table.activities').getByRole('rowheader', { name: fields.title })).toBeVisible();
}

/**
 * axe-core's violations on an extension page. The page's content security policy refuses added
 * script tags; the DevTools protocol's evaluation is not subject to it.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<unknown> } }).axe;
    return ((await axe.run(document)) as { violations: AxeViolation[] }).violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(' | ')})`);
}

test.describe('the tracker page', () => {
  test('records, edits and deletes an activity, with undo, and keeps it across reloads', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openTracker(page, extensionId);
    await expect(page.getByText('No activity recorded yet.')).toBeVisible();
    await recordActivity(page, { title: 'Customs training in Mexico', visibility: 'public' });
    await expect(page.getByTestId('tracker-notice')).toContainText('Added: Customs training in Mexico');

    // Edit, then undo the edit.
    await page.getByRole('button', { name: 'Edit: Customs training in Mexico' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Customs and police training in Mexico');
    await page.getByRole('button', { name: 'Add an indicator' }).click();
    await page.locator('[data-indicator="0"]').getByLabel('Title').fill('Officers trained');
    await page.locator('[data-indicator="0"]').getByLabel('Baseline').fill('0');
    await page.locator('[data-indicator="0"]').getByLabel('Target').fill('40');
    await page.locator('[data-indicator="0"]').getByLabel('Actual').fill('30');
    await page.locator('[data-indicator="0"]').getByLabel('What rating 3 means').fill('Every border post');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const rows = page.locator('table.activities tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Customs and police training in Mexico');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(rows.first()).toContainText('Customs training in Mexico');
    await expect(page.getByTestId('tracker-notice')).toContainText('Undone.');

    // Delete, then undo the deletion.
    await page.getByRole('button', { name: 'Delete: Customs training in Mexico' }).click();
    await expect(rows).toHaveCount(0);
    await expect(page.getByTestId('tracker-notice')).toContainText('Deleted: Customs training in Mexico');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(rows).toHaveCount(1);

    await page.reload();
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Customs training in Mexico');
  });

  test('a save that does not validate says where, keeps what was typed, and stores nothing', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openTracker(page, extensionId);
    await page.getByRole('button', { name: 'New activity' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Workshop');
    await page.getByLabel('Beneficiary Parties (codes such as MX KE)').fill('MX ZZ');
    await page.getByLabel('Start date').fill('2026-06-01');
    await page.getByLabel('End date').fill('2026-01-01');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByTestId('form-problem')).toContainText('What you typed is kept');
    await expect(page.locator('[data-error-for=beneficiaries]')).toContainText('ZZ');
    await expect(page.locator('[data-error-for=end]')).toContainText('cannot end before it starts');
    await expect(page.locator('[data-error-for=provider]')).toBeVisible();
    // The first field to correct, in the form's order, has the focus.
    await expect(page.getByLabel('End date')).toBeFocused();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Workshop');
    await expect(page.getByLabel('Beneficiary Parties (codes such as MX KE)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(page.getByText('No activity recorded yet.')).toBeVisible();
  });

  test('switches language, EN to FR to ES', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await openTracker(page, extensionId);
    await page.locator('select[name=language]').selectOption('fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Activités de renforcement des capacités',
    );
    await expect(page.getByRole('button', { name: 'Nouvelle activité' })).toBeVisible();
    await page.locator('select[name=language]').selectOption('es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actividades de fomento de capacidad');
  });

  test('imports a CSV all or nothing, each problem at its line, and exports CSV and IATI', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openTracker(page, extensionId, 'exchange');
    const header =
      'id,title,status,start,end,delivery,provider,donors,beneficiaries,recipients,category,objectives,budget,currency,funding,visibility';
    const bad = `${header}\nc1,Good,ongoing,,,online,P,,MX,MA,training,,,,,public\nc2,Bad,started,,,online,P,,ZZ,MA,training,,,,,public\n`;
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const result = page.getByTestId('import-result');
    await expect(result).toContainText('Nothing was imported');
    await expect(result).toContainText('Line 3 (status)');
    await expect(result).toContainText('Line 3 (beneficiaries)');

    const good = `${header}\nc1,Good one,ongoing,2026-01-01,2026-02-01,online,P,Donor,MX,MA,training,,1000,USD,core,public\nc2,Quiet one,planned,,,online,P,,PE,SA,advice,,,,,private\n`;
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await expect(result).toContainText('Imported: 2 added, 0 updated.');

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download all activities (CSV)' }).click();
    const csv = await (await csvDownload).createReadStream();
    const csvText = await streamText(csv);
    expect(csvText).toContain('c1,Good one,ongoing');
    expect(csvText).toContain('c2,Quiet one');

    await page.getByRole('button', { name: 'Download IATI XML' }).click();
    await expect(page.locator('[data-error-for=iatiRef]')).toHaveText('Required.');
    await page.getByLabel('Reporting organisation identifier').fill('XM-EXAMPLE');
    await page.getByLabel('Reporting organisation name').fill('Example partner');
    const iatiDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download IATI XML' }).click();
    const xml = await streamText(await (await iatiDownload).createReadStream());
    expect(xml).toContain('<iati-identifier>XM-EXAMPLE-c1</iati-identifier>');
    expect(xml).not.toContain('Quiet one');
  });

  test('shows the needs in use against the activities, the scores and their rules', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openTracker(page, extensionId);
    await recordActivity(page, { title: 'Training delivered', visibility: 'public', status: 'completed' });
    await page.getByRole('link', { name: 'Needs and activities' }).click();
    await expect(page.getByTestId('data-in-use')).toContainText('1 activities recorded here');
    await expect(page.getByRole('heading', { name: /^Unmet needs \(\d+\)$/ })).toBeVisible();
    await expect(page.locator('[data-findings=unmet] li').first()).toBeVisible();
    await page.getByRole('link', { name: 'Scores' }).click();
    await expect(page.locator('[data-rule=recipients-reached] h4')).toHaveText('Needs reached');
    await expect(page.locator('[data-rule=indicator-progress] pre')).toContainText('minimumProgress');
    await expect(page.locator('[data-scores=parties] tbody tr').first()).toContainText(/\d+ \/ \d+/);
  });

  test('rates a self-assessment, shows the gap profile, keeps it and downloads it', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openTracker(page, extensionId, 'assessment');
    await page.getByLabel('Party').selectOption('KE');
    const legislation = page.locator('[data-element=legislation]');
    await legislation.getByRole('radio', { name: /^1 — / }).check();
    await page.locator('[data-element=enforcement]').getByRole('radio', { name: /^3 — / }).check();
    const profile = page.getByTestId('gap-profile');
    await expect(profile).toContainText('Gap profile: Kenya');
    await expect(profile).toContainText('Oral or written advice/guidance: MA O');
    await page.getByRole('button', { name: 'Save the self-assessment' }).click();
    await expect(page.getByTestId('assessment-message')).toContainText('Self-assessment of Kenya saved.');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Saved self-assessments' })).toBeVisible();
    await page.getByRole('button', { name: 'Open' }).click();
    await expect(
      page.locator('[data-element=legislation]').getByRole('radio', { name: /^1 — / }),
    ).toBeChecked();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download the self-assessment/ }).click();
    const json = JSON.parse(await streamText(await (await download).createReadStream())) as {
      assessment: { party: string };
      gapProfile: { suggestedNeeds: unknown[] };
    };
    expect(json.assessment.party).toBe('KE');
    expect(json.gapProfile.suggestedNeeds.length).toBeGreaterThan(0);
  });

  test('every section passes axe, with the activity form open and showing errors', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openTracker(page, extensionId);
    await recordActivity(page, { title: 'Checked activity', visibility: 'public' });
    await page.getByRole('button', { name: 'New activity' }).click();
    await page.getByRole('button', { name: 'Add an indicator' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByTestId('form-problem')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    for (const section of ['exchange', 'analysis', 'scores', 'assessment']) {
      await openTracker(page, extensionId, section);
      await expect(page.locator('main h2').first()).toBeVisible();
      expect(await axeViolations(page), section).toEqual([]);
    }
  });

  test('the popup and the options page open the tracker', async ({ context, extensionId, extensionPage }) => {
    await expect(
      extensionPage.getByRole('link', { name: 'Capacity-building activities tracker' }),
    ).toHaveAttribute('href', `chrome-extension://${extensionId}/tracker.html`);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const opened = context.waitForEvent('page');
    await popup.getByTestId('open-tracker').click();
    const tracker = await opened;
    await expect(tracker).toHaveURL(`chrome-extension://${extensionId}/tracker.html`);
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

test.describe('several data sources', () => {
  test('merges published datasets with the bundled one; a failing URL is refused by name and the data stays', async ({
    context,
    extensionId,
    extensionPage,
  }) => {
    const options = extensionPage;
    await expect(options.getByTestId('data-status')).toContainText('20 reports');
    await options.locator('input[name=source][value=url]').check();
    await options.getByLabel('URL 1').fill(`${DEMO_ORIGIN}/data/example-activities.json`);
    await options.getByRole('button', { name: 'Add a URL' }).click();
    await options.getByLabel('URL 2').fill(`${DEMO_ORIGIN}/pages/bad-dataset.json`);
    await options.getByLabel('Merge the bundled dataset with them').check();
    await options.getByRole('button', { name: 'Use this data' }).click();
    const error = options.getByTestId('data-error');
    await expect(error).toContainText(
      `Refused: ${DEMO_ORIGIN}/pages/bad-dataset.json: the dataset is not valid`,
    );
    await expect(error).toContainText('needs[0].recipients[0]');
    await expect(options.getByTestId('data-status')).not.toContainText('Merged from');

    await options.getByLabel('URL 2').fill(`${DEMO_ORIGIN}/pages/alt-dataset.json`);
    await options.getByRole('button', { name: 'Use this data' }).click();
    const status = options.getByTestId('data-status');
    await expect(status).toContainText('Merged from');
    await expect(status.locator('li')).toHaveCount(3);
    await expect(status.locator(`[data-part="${DEMO_ORIGIN}/data/example-activities.json"]`)).toContainText(
      /[1-9]\d* activities/,
    );

    const page = await context.newPage();
    await openTracker(page, extensionId, 'analysis');
    await expect(page.getByTestId('data-in-use')).toContainText(
      /0 activities recorded here, [1-9]\d* from the data/,
    );

    await options.reload();
    await expect(options.getByLabel('URL 2')).toHaveValue(`${DEMO_ORIGIN}/pages/alt-dataset.json`);
    await expect(options.getByLabel('Merge the bundled dataset with them')).toBeChecked();
  });
});
