import { expect, test } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page.ts';

/** The sample's revenue and first day (see workspace.spec.ts for how they are computed). */
const REVENUE = 1_661_239.41;
const FIRST_DAY = new Date(Date.UTC(2022, 0, 1));

const LANGUAGES = [
  { name: 'Русский', code: 'ru', nav: 'Когорты' },
  { name: 'Български', code: 'bg', nav: 'Кохорти' },
  { name: 'Română', code: 'ro', nav: 'Cohorte' },
  { name: 'English', code: 'en', nav: 'Cohorts' },
];

test('the UI switches language, with numbers and dates in that language, and remembers it', async ({
  page,
}) => {
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
  const picker = page.getByRole('combobox', { name: /Language|Язык|Език|Limbă/ });

  for (const language of LANGUAGES) {
    await picker.selectOption({ label: language.name });
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    await expect(page.getByRole('navigation').getByRole('link').nth(1)).toHaveText(language.nav);
    // The sample was imported in English and names no currency: its data set's is USD,
    // whatever the interface language.
    const money = new Intl.NumberFormat(language.code, {
      style: 'currency',
      currency: 'USD',
    }).format(REVENUE);
    const date = new Intl.DateTimeFormat(language.code, {
      dateStyle: 'medium',
      timeZone: 'UTC',
    }).format(FIRST_DAY);
    await expect(workspace.revenue).toHaveText(money);
    await expect(workspace.firstDate).toHaveText(date);
    if (language.code === 'ru') {
      await page.screenshot({ path: 'test-results/language-ru.png' });
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
      await expect(workspace.revenue).toHaveText(money);
    }
  }
});
