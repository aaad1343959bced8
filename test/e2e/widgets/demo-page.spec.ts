import { expect, test, type Locator } from '@playwright/test';
import { axeViolations } from './support.ts';

/**
 * The needs table of the founding document (AC31 Doc. 10/PC25 Doc. 11 Add., Annex 3), read from
 * the document itself: Party, then recipients for advice, technical, financial, training, other.
 */
const FOUNDING_TABLE: Record<string, [string, string[]]> = {
  AR: ['Argentina', ['', 'EA', '', 'EA', 'MA']],
  AZ: ['Azerbaijan', ['MA SA', 'MA SA', 'MA SA', 'MA SA', '']],
  CN: ['China', ['MA SA EA T N P', 'MA SA EA T N P', 'MA SA EA T N P', 'MA SA EA T N P', '']],
  CD: ['Democratic Republic of the Congo', ['', 'MA SA EA', 'MA SA EA', 'MA SA EA T N P O', 'MA SA EA']],
  SV: ['El Salvador', ['MA SA EA T', 'MA SA EA T', 'MA SA EA T', 'MA SA EA T', 'T']],
  KG: ['Kyrgyzstan', ['MA SA EA', 'MA SA EA', 'MA SA EA', 'MA SA EA T N', '']],
  MY: ['Malaysia', ['', 'MA SA EA', 'MA SA EA', 'MA SA EA', '']],
  MX: ['Mexico', ['', 'EA', 'SA', 'MA EA', '']],
  MN: ['Mongolia', ['MA', 'MA SA EA', 'MA SA EA', 'MA EA T N P', '']],
  MA: ['Morocco', ['MA SA EA', 'MA SA EA', 'MA SA EA', 'MA SA EA N', 'P']],
  MM: ['Myanmar', ['MA SA', 'MA SA EA N', 'MA SA EA', 'EA T N', '']],
  PK: ['Pakistan', ['MA SA EA T N P', '', '', 'MA SA EA N', '']],
  PE: ['Peru', ['MA EA N P', 'MA SA EA', 'MA SA', 'MA SA T', '']],
  WS: ['Samoa', ['MA SA', 'MA SA EA', 'MA SA', 'MA SA EA N', '']],
  SG: ['Singapore', ['', '', '', 'MA EA', '']],
  AE: ['United Arab Emirates', ['MA SA EA P', 'MA EA', '', 'MA SA EA', '']],
  VE: ['Venezuela (Bolivarian Republic of)', ['', 'MA SA', 'MA SA', 'MA SA EA P', '']],
};
const CATEGORIES = ['advice', 'technical', 'financial', 'training', 'other'];

/** The codes shown in one matrix cell, space-separated. */
async function cellCodes(row: Locator, category: string): Promise<string> {
  const codes = await row.locator(`td[data-category="${category}"] [part="code"]`).allTextContents();
  return codes.map((code) => code.trim()).join(' ');
}

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto('/widgets/demo/partner.html');
  await expect(page.locator('#matrix-main tbody tr').first()).toBeVisible();
});

test("the matrix lists the founding document's 17 Parties with their exact recipients", async ({ page }) => {
  const matrix = page.locator('#matrix-main');
  const rows = matrix.locator('tbody tr');
  await expect(rows).toHaveCount(20);
  for (const [code, [name, cells]] of Object.entries(FOUNDING_TABLE)) {
    const row = matrix.locator(`tbody tr[data-party="${code}"]`);
    await expect(row.locator('th[scope="row"]')).toHaveText(name);
    for (const [index, category] of CATEGORIES.entries()) {
      expect(await cellCodes(row, category), `${code} ${category}`).toBe(cells[index]);
    }
  }
  for (const code of ['BB', 'CR', 'VN']) {
    await expect(matrix.locator(`tbody tr[data-party="${code}"]`)).toContainText('no needs expressed');
  }
  // The totals row: all 17 Parties need training; 4 name "other".
  const totals = matrix.locator('tfoot tr');
  await expect(totals.locator('td[data-category="training"] strong')).toHaveText('17 Parties');
  await expect(totals.locator('td[data-category="other"] strong')).toHaveText('4 Parties');
  // Legend and full recipient names.
  await expect(matrix.locator('[part="legend"]')).toContainText('Management Authority');
});

test('a cell shows the full recipient names on hover and on focus', async ({ page }) => {
  const cell = page.locator('#matrix-main tr[data-party="MX"] td[data-category="training"] button');
  const tip = cell.locator('.tip');
  await expect(tip).toBeHidden();
  await cell.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText('Management Authority, Enforcement authorities');
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await cell.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(tip).toBeVisible();
});

test('<cites-party-needs party="MX"> shows Mexico\'s needs', async ({ page }) => {
  const profile = page.locator('#profile-main');
  await expect(profile.locator('[part="heading"]')).toHaveText('Mexico');
  await expect(profile).toContainText('2015-2017');
  const rows = profile.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).locator('th')).toHaveText('Technical assistance');
  await expect(rows.nth(0).locator('td')).toContainText('Enforcement authorities');
  await expect(rows.nth(1).locator('th')).toHaveText('Financial assistance');
  await expect(rows.nth(1).locator('td')).toContainText('Scientific Authority');
  await expect(rows.nth(2).locator('th')).toHaveText('Training');
  await expect(rows.nth(2).locator('li')).toHaveText([/Management Authority/, /Enforcement authorities/]);
  await expect(profile.locator('[part="sources"]')).toContainText('AC31 Doc. 10/PC25 Doc. 11 Add.');
  await expect(page.locator('#profile-no-needs')).toContainText('No capacity-building needs expressed');
  await expect(page.locator('#profile-no-report')).toContainText('No report in the data');
});

test('in French, labels and Party names are French', async ({ page }) => {
  const matrix = page.locator('#matrix-fr');
  await expect(matrix.locator('caption')).toHaveText(
    'Besoins de renforcement des capacités par Partie et par catégorie',
  );
  await expect(matrix.locator('thead')).toContainText('Partie');
  await expect(matrix.locator('thead')).toContainText('Région');
  await expect(matrix.locator('tr[data-party="MX"] th')).toHaveText('Mexique');
  await expect(matrix.locator('tr[data-party="AE"] th')).toHaveText('Émirats arabes unis');
  await expect(matrix.locator('tr[data-party="AE"] td').first()).toHaveText('Asie');
  await expect(matrix.locator('tr[data-party="BB"]')).toContainText('aucun besoin exprimé');
  await expect(matrix.locator('[part="legend"]')).toContainText('Organe de gestion');
  const profile = page.locator('#profile-fr');
  await expect(profile.locator('[part="heading"]')).toHaveText('Mexique');
  await expect(profile).toContainText('Assistance technique');
  await expect(profile).toContainText('Autorités chargées de la lutte contre la fraude');
});

test('switching the language at run time re-renders', async ({ page }) => {
  const matrix = page.locator('#matrix-main');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(matrix.locator('tr[data-party="MX"] th')).toHaveText('México');
  await expect(matrix.locator('caption')).toContainText('Necesidades');
  await page.locator('#matrix-main').evaluate((el) => el.setAttribute('lang', 'fr'));
  await expect(matrix.locator('tr[data-party="MX"] th')).toHaveText('Mexique');
  await page.locator('#matrix-main').evaluate((el) => el.removeAttribute('lang'));
  await expect(matrix.locator('tr[data-party="MX"] th')).toHaveText('México');
});

test('sorting and filtering work from the keyboard', async ({ page }) => {
  const matrix = page.locator('#matrix-main');
  const names = () => matrix.locator('tbody th[scope="row"]').allTextContents();
  expect((await names()).slice(0, 3).map((n) => n.trim())).toEqual(['Argentina', 'Azerbaijan', 'Barbados']);

  // Sort by number of needs: focus the header button and press Enter.
  const needsHeader = matrix.locator('thead th').filter({ hasText: 'Needs' });
  await needsHeader.locator('button').focus();
  await page.keyboard.press('Enter');
  await expect(needsHeader).toHaveAttribute('aria-sort', 'descending');
  const counts = await matrix.locator('tbody tr td.num').allTextContents();
  const numbers = counts.map(Number);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  expect(numbers.at(-1)).toBe(0);
  await page.keyboard.press('Space');
  await expect(needsHeader).toHaveAttribute('aria-sort', 'ascending');

  // Sort by Party, descending, with the keyboard.
  const partyHeader = matrix.locator('thead th').filter({ hasText: 'Party' });
  await partyHeader.locator('button').focus();
  await page.keyboard.press('Enter');
  await expect(partyHeader).toHaveAttribute('aria-sort', 'ascending');
  await page.keyboard.press('Enter');
  await expect(partyHeader).toHaveAttribute('aria-sort', 'descending');
  expect((await names()).slice(0, 2).map((n) => n.trim())).toEqual([
    'Viet Nam',
    'Venezuela (Bolivarian Republic of)',
  ]);

  // Filter by region: keyboard on the select.
  const region = matrix.getByRole('combobox', { name: 'Region' });
  await region.focus();
  await page.keyboard.press('ArrowDown'); // Africa
  await expect(region).toHaveValue('africa');
  await expect(matrix.locator('tbody tr')).toHaveCount(2);
  expect((await names()).map((n) => n.trim()).sort()).toEqual([
    'Democratic Republic of the Congo',
    'Morocco',
  ]);
  await expect(matrix.locator('[part="summary"]')).toHaveText('2 of 20 Parties that reported');

  // Back to all regions, then recipient P (the public), then category "Other".
  await page.keyboard.press('ArrowUp');
  await expect(matrix.locator('tbody tr')).toHaveCount(20);
  const recipient = matrix.getByRole('combobox', { name: 'Recipients' });
  await recipient.focus();
  await recipient.selectOption('P');
  await expect(matrix.locator('tbody tr')).toHaveCount(8);
  const category = matrix.getByRole('combobox', { name: 'Category' });
  await category.focus();
  await category.selectOption('other');
  await expect(matrix.locator('tbody tr')).toHaveCount(1);
  await expect(matrix.locator('tbody tr th')).toHaveText('Morocco');
  await expect(matrix.locator('thead th')).toHaveCount(4);
});

test('choosing a Party or a cell fires cites-select with its data', async ({ page }) => {
  const received = page.evaluate(
    () =>
      new Promise<unknown>((resolve) =>
        document.addEventListener('cites-select', (event) => resolve((event as CustomEvent).detail), {
          once: true,
        }),
      ),
  );
  const button = page.locator('#matrix-main tr[data-party="PE"] td[data-category="advice"] button');
  await button.focus();
  await page.keyboard.press('Enter');
  expect(await received).toMatchObject({
    kind: 'cell',
    party: 'PE',
    name: 'Peru',
    category: 'advice',
    recipients: ['MA', 'EA', 'N', 'P'],
  });
  await page.locator('#matrix-main tr[data-party="SG"] th button').click();
  await expect(page.locator('#profile-main [part="heading"]')).toHaveText('Singapore');
  await expect(page.locator('#event-log')).toContainText('party: Singapore');
});

test('the chart switches views and keeps an accessible table', async ({ page }) => {
  const chart = page.locator('#chart-main');
  await expect(chart.locator('svg[role="img"]')).toBeVisible();
  await expect(chart.locator('[part="bar"]')).toHaveCount(5);
  const byRegion = chart.getByRole('button', { name: 'By region' });
  await byRegion.focus();
  await page.keyboard.press('Enter');
  await expect(byRegion).toHaveAttribute('aria-pressed', 'true');
  await expect(chart.locator('[part="bar"]')).toHaveCount(6);
  await chart.locator('summary').focus();
  await page.keyboard.press('Enter');
  const table = chart.locator('table');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr').filter({ hasText: 'Asia' }).locator('td')).toHaveText('8');
  await expect(page.locator('#chart-es figcaption')).toHaveText('Partes que mencionan a cada destinatario');
});

test('src, inline data and a failing src', async ({ page }) => {
  await expect(page.locator('#matrix-src tbody tr')).toHaveCount(3);
  await expect(page.locator('#matrix-src')).toContainText('Illustrative example');
  await expect(page.locator('#profile-src [part="heading"]')).toHaveText('Kenya');
  await expect(page.locator('#matrix-inline tbody tr')).toHaveCount(1);
  await expect(page.locator('#matrix-inline tbody tr th')).toHaveText('Bhutan');
  const error = page.locator('#chart-error [part="error"]');
  await expect(error).toBeVisible();
  await expect(error).toContainText('The data could not be loaded');
  await expect(error).toContainText('404');
  await expect(page.locator('#error-log')).toContainText('error event');
});

test('axe-core finds no violation on the demo page', async ({ page }) => {
  await page.locator('#chart-main summary').click();
  const violations = await axeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
});

test('axe-core finds no violation in French, on a phone, with filters set', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('button', { name: 'Français' }).click();
  await page.locator('#matrix-main').getByRole('combobox', { name: 'Catégorie' }).selectOption('training');
  const violations = await axeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  // Nothing overflows the page sideways: the matrix scrolls inside its own box.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});
