import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page.ts';
import { SCREENS, settle } from './support/screens.ts';
import { catalog, en } from '../../src/messages/all.ts';

/**
 * Each screen registers its messages when it loads (src/features/screens.ts): no screen, in any
 * language, shows a message key instead of its words — a bundle missing from a screen's list
 * would — and a screen opened straight after a reload in Russian shows its Russian title.
 */
const ru = await catalog('ru');
const KEYS = Object.keys(en).filter((key) => /^[a-zA-Z]+\.[a-zA-Z]/.test(key));

/** Visible text and the texts of titles, labels and placeholders. */
function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = ['title', 'aria-label', 'placeholder'];
    const texts = [...document.querySelectorAll('[title], [aria-label], [placeholder]')].flatMap(
      (element) => attributes.map((name) => element.getAttribute(name) ?? ''),
    );
    return `${document.body.innerText}\n${texts.join('\n')}`;
  });
}

test('no screen shows a message key in any language, nor after a reload', async ({ page }) => {
  test.setTimeout(600_000);
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
  const picker = page.locator('header:has(.brand) select:has(option[value="ru"])');
  const keys: string[] = [];
  const keysShown = async (where: string) => {
    const text = await shownText(page);
    for (const key of KEYS) if (text.includes(key)) keys.push(`${where}: ${key}`);
    return text;
  };

  for (const language of ['en', 'ru', 'bg', 'ro'] as const) {
    await picker.selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const screen of SCREENS) {
      await page.goto(`/#/${screen}`);
      await settle(page);
      await keysShown(`${language} ${screen}`);
    }
  }

  // The language is kept: a reload on a screen loads its words in Russian before it renders.
  const titles: string[] = [];
  await picker.selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  for (const [screen, title] of [
    ['report', ru['report.heading']],
    ['cohorts', ru['cohorts.title']],
    ['simulator', ru['simulator.title']],
  ] as const) {
    await page.goto(`/#/${screen}`);
    await page.reload();
    await settle(page);
    const text = await keysShown(`reload ${screen}`);
    if (!title || !text.includes(title)) titles.push(`reload ${screen}: no “${title}”`);
  }
  expect(keys, keys.join('\n')).toEqual([]);
  expect(titles, titles.join('\n')).toEqual([]);
});
