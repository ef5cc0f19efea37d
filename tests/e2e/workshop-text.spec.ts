import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { WorkspacePage } from './pages/workspace-page.ts';
import { SCREENS as ALL_SCREENS, settle } from './support/screens.ts';
import { catalog, en } from '../../src/messages/all.ts';

const ru = await catalog('ru');
const bg = await catalog('bg');
const ro = await catalog('ro');

/**
 * English phrases that must not appear on a screen in another language: every English message
 * of two words or more without placeholders, and the sentence core builds for the suggested
 * window. A hit is a string built in code that skipped the catalog, or a message left in
 * English in the language's catalog.
 */
function englishPhrases(catalog: Record<string, string | undefined>): string[] {
  void catalog;
  const phrases = Object.entries(en as Record<string, string>)
    .filter(([, text]) => !text.includes('{'))
    .map(([, text]) => text.replace(/[.:]$/, ''))
    .filter((text) => /\p{L}{2,}\s+\p{L}{2,}/u.test(text) && text.length >= 8);
  return [...new Set([...phrases, 'repeat purchases come within'])];
}
const PHRASES: Record<string, string[]> = {
  ru: englishPhrases(ru),
  bg: englishPhrases(bg),
  ro: englishPhrases(ro),
};
/** Screens owned elsewhere whose English leaks are reported, not failed here. */
const REPORT_ONLY = new Set(['simulator']);

/**
 * Every screen with the sample data, in the four languages: no rendered text says "seed" (the
 * product speaks of rules of thumb and playbooks), and at 1 366 px the header is one row. The
 * screenshots (1 366 and 1 024 px) are for looking at clipped or untranslated text.
 */
const shots = process.env.E2E_SHOTS ?? 'test-results/workshop';
const LANGUAGES = ['en', 'ru', 'bg', 'ro'] as const;
// The report is a printed document with a spec of its own (report.spec.ts).
const SCREENS = ALL_SCREENS.filter((screen) => screen !== 'report');

/** Visible text and tooltips of the page. */
function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const titles = [...document.querySelectorAll('[title]')].map((e) => e.getAttribute('title'));
    return `${document.body.innerText}\n${titles.join('\n')}`;
  });
}

test('no screen says "seed" in any language; the header is one row at 1 366 px', async ({
  page,
}) => {
  test.setTimeout(900_000);
  mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
  const picker = page.locator('header:has(.brand) select:has(option[value="ru"])');
  const found: string[] = [];
  const english: string[] = [];

  for (const language of LANGUAGES) {
    await picker.selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const screen of SCREENS) {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`/#/${screen}`);
      await settle(page);
      const text = await shownText(page);
      const match = /[^\n]*seed[^\n]*/i.exec(text);
      if (match) found.push(`${language} ${screen}: ${match[0].slice(0, 160)}`);
      for (const phrase of PHRASES[language] ?? []) {
        if (!text.includes(phrase)) continue;
        const line = `${language} ${screen}: English “${phrase}”`;
        if (REPORT_ONLY.has(screen)) console.log(`(reported) ${line}`);
        else english.push(line);
      }

      // One row: every link and select of the header sits on the same line.
      const boxes = await page
        .locator('header:has(.brand) nav a, header:has(.brand) select')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
      const spread = Math.max(...boxes) - Math.min(...boxes);
      expect(spread, `${language} ${screen}: header rows`).toBeLessThan(12);
      await page.screenshot({ path: `${shots}/${screen}-${language}-1366.png`, fullPage: true });

      if (process.env.E2E_NARROW_SHOTS !== '0') {
        await page.setViewportSize({ width: 1024, height: 768 });
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${shots}/${screen}-${language}-1024.png`, fullPage: true });
      }
    }
  }
  expect(found, found.join('\n')).toEqual([]);
  expect(english, english.join('\n')).toEqual([]);
});
