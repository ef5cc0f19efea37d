import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { simpleLtv } from './support/duckdb-customers.ts';
import { query, suggestedWindow } from './support/duckdb.ts';
import { pdfText } from './support/pdf-text.ts';
import { CohortsPage } from './pages/cohorts-page.ts';
import { ContactsPage } from './pages/contacts-page.ts';
import { PredictivePage } from './pages/predictive-page.ts';
import { SimulatorPage } from './pages/simulator-page.ts';
import { ReportPage } from './pages/report-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * The client report of the sample, printed to PDF in the four UI languages. The figures it must
 * carry are computed here with DuckDB SQL over the same sample files (tests/e2e/support), not
 * with the app's engine: customers, revenue and the simple LTV with the Lifetime value screen's
 * default inputs (margin 100 %, discount 1 % a month, the last 3 complete months, the suggested
 * window). The PDF's text is read from the file itself (support/pdf-text.ts).
 */

const LANGUAGES = [
  {
    name: 'English',
    code: 'en',
    nav: 'Report',
    blockTitle: 'Simple lifetime value',
    fitTitle: 'Predictive model',
  },
  {
    name: 'Русский',
    code: 'ru',
    nav: 'Отчёт',
    blockTitle: 'Простая пожизненная ценность',
    fitTitle: 'Прогнозная модель',
  },
  {
    name: 'Български',
    code: 'bg',
    nav: 'Отчет',
    blockTitle: 'Проста стойност през жизнения цикъл',
    fitTitle: 'Прогнозен модел',
  },
  {
    name: 'Română',
    code: 'ro',
    nav: 'Raport',
    blockTitle: 'Valoarea simplă pe durata relației',
    fitTitle: 'Modelul predictiv',
  },
];

/** Spaces of any kind as one plain space, so Intl's no-break spaces compare equal. */
const plain = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

/**
 * Text compared without spaces and with ligatures spelled out: the PDF places kerned runs
 * apart ("pr epar ed") and shows "ff" as one glyph.
 */
const squeezed = (s: string) => s.normalize('NFKC').replace(/[\s\u00a0\u202f]+/g, '');

async function expectedFigures() {
  const [totals] = await query(
    'SELECT count(DISTINCT customer_id) AS customers, sum(amount) AS revenue FROM tx',
  );
  const window = await suggestedWindow();
  const [ltv] = await simpleLtv({ grain: 'month', margin: 1, discount: 0.01, trailing: 3, window });
  if (!totals || !ltv || ltv.ltv === null) throw new Error('no expected figures');
  return {
    customers: Number(totals.customers),
    revenue: Number(totals.revenue),
    ltv: ltv.ltv,
  };
}

/** The report's text as printing lays it out (what is hidden in print is not in innerText). */
async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const text = await page.locator('body').innerText();
  return plain(text);
}

test('an empty report says what to do when no data set is open', async ({ page }) => {
  await page.goto('/#/report');
  await expect(page.getByRole('heading', { name: 'No data set is open' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to Data sets' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Report' })).toBeVisible();
});

test('the report of the sample prints to a tidy PDF in each language, with its key figures', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const expected = await expectedFigures();
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
  await expect(page.getByText('Customers file: Sample customers.csv')).toBeVisible({
    timeout: 30_000,
  });

  // A choice made on a screen reaches the report: cohorts by quarter.
  const cohorts = new CohortsPage(page);
  await cohorts.open();
  await cohorts.grain.selectOption('quarter');
  await expect(cohorts.heatmap).toBeVisible();

  // And a model horizon of 26 weeks on Predictive CLV.
  const predictive = new PredictivePage(page);
  await predictive.open();
  await predictive.setHorizon(26);

  // A saved scenario and a contact plan, for the report's last blocks.
  const sim = new SimulatorPage(page);
  await sim.open();
  await sim.setSpend('v2r2', 5);
  await sim.saveAs('Call the valuable');
  const contacts = new ContactsPage(page);
  await contacts.open();

  const report = new ReportPage(page);
  await report.open();
  await report.ready();
  await expect(report.block('cohorts')).toContainText('by quarter of first purchase');
  await expect(report.block('valueRisk')).toContainText('horizon 26;');
  await expect(report.block('scenario')).toHaveCount(0);
  await page.getByLabel('Scenario in the report').selectOption({ label: 'Call the valuable' });
  await expect(report.block('scenario')).toContainText('“Call the valuable”');
  await expect(report.block('contacts')).toContainText('contacts planned over 90 days');

  // Title, client and summary; one block switched off. All are remembered for the data set.
  await report.title.fill('Retention review 2024');
  await report.client.fill('Coffee & Co');
  await report.summary.fill('Repeat buyers carry the shop.');
  await page.getByRole('checkbox', { name: 'Predictive model' }).uncheck();
  await expect(report.block('fit')).toHaveCount(0);
  await expect(report.block('valueRisk')).toBeVisible();
  await page.waitForTimeout(600);
  await page.reload();
  await expect(report.documentTitle).toHaveText('Retention review 2024', { timeout: 30_000 });
  // The screens' choices outlive the reload too (the tab keeps them).
  await expect(report.block('cohorts')).toContainText('by quarter of first purchase');
  await expect(report.block('valueRisk')).toContainText('horizon 26;');
  await expect(report.block('scenario')).toContainText('“Call the valuable”');
  await expect(page.getByRole('checkbox', { name: 'Predictive model' })).not.toBeChecked();
  await report.ready();
  await page.screenshot({ path: 'test-results/report-screen.png', fullPage: true });

  mkdirSync('test-results', { recursive: true });
  const picker = page.getByRole('combobox', { name: /Language|Язык|Език|Limbă/ });
  for (const language of LANGUAGES) {
    await picker.selectOption({ label: language.name });
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    await expect(
      page.getByRole('navigation').getByRole('link', { name: language.nav }),
    ).toBeVisible();
    await report.ready();

    const number = (n: number, digits = 0) =>
      plain(new Intl.NumberFormat(language.code, { maximumFractionDigits: digits }).format(n));
    const money = (n: number) =>
      plain(
        new Intl.NumberFormat(language.code, {
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
        }).format(n),
      );

    // Printed, the page shows the document only: no navigation, no settings form.
    const shown = await printedText(page);
    if (language.code === 'en' || language.code === 'ru') {
      await page.screenshot({
        path: `test-results/report-print-${language.code}.png`,
        fullPage: true,
      });
    }
    expect(shown).toContain('Retention review 2024');
    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(page.getByRole('checkbox').first()).toBeHidden();

    const a4 = await page.pdf({ format: 'A4', printBackground: true });
    const letter = await page.pdf({ format: 'Letter', printBackground: true });
    writeFileSync(`test-results/report-${language.code}.pdf`, a4);
    const [onA4, onLetter] = [pdfText(a4), pdfText(letter)];
    console.log(`report ${language.code}: A4 ${onA4.pages} pages, Letter ${onLetter.pages} pages`);
    for (const printed of [onA4, onLetter]) {
      // The title page (facts, and cohorts when they fit), then churn, LTV with Pareto,
      // value × risk, the scenario, the contact plan and the appendix each start a page:
      // 7 at least, and no block takes more than two.
      expect(printed.pages).toBeGreaterThanOrEqual(7);
      expect(printed.pages).toBeLessThanOrEqual(14);
      // The key figures, the user's texts and the blocks' titles are in the file's text.
      const text = squeezed(printed.text);
      for (const wanted of [
        'Retention review 2024',
        'Coffee & Co',
        'Repeat buyers carry the shop.',
        number(expected.customers),
        money(expected.revenue),
        money(expected.ltv),
        language.blockTitle,
      ]) {
        expect(text, wanted).toContain(squeezed(wanted));
      }
      // The block switched off is not printed.
      expect(text).not.toContain(squeezed(language.fitTitle));
    }
    // Charts print as vectors: no raster image anywhere in the file.
    expect(a4.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
    await page.emulateMedia({ media: 'screen' });
  }
});
