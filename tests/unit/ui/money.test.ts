import { afterEach, expect, it } from 'vitest';
import {
  currentCurrency,
  formatMoney,
  formatMoneyCompact,
  moneyHeader,
  setCurrency,
} from '../../../src/ui/i18n/index.ts';

afterEach(() => setCurrency(null));

it('money shows the open data set’s currency, else the language’s usual one', () => {
  expect(currentCurrency()).toBe('USD');
  expect(formatMoney(1234.5)).toBe('$1,234.50');
  setCurrency('EUR');
  expect(formatMoney(-2)).toBe('-€2.00');
  expect(formatMoneyCompact(12_345)).toBe('€12.3K');
  expect(moneyHeader('revenue')).toBe('revenue (EUR)');
  setCurrency('BGN');
  expect(formatMoney(3)).toBe('BGN\u00a03.00');
  setCurrency(null);
  expect(moneyHeader('clv')).toBe('clv (USD)');
});
