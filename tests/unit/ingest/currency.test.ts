import { describe, expect, it } from 'vitest';
import { detectSettings } from '../../../src/core/ingest/detect.ts';
import {
  guessCurrency,
  isCurrencyCode,
  languageCurrency,
} from '../../../src/core/ingest/currency.ts';

describe('guessCurrency', () => {
  it.each([
    [['€12.50', '€3.00', '4.00'], 'EUR', '€', 2, 3],
    [['12,50 лв.', '3 лв', '-1,00 лв.'], 'BGN', 'лв.', 3, 3],
    [['1 200 руб.', '300 руб.'], 'RUB', 'руб.', 2, 2],
    [['1200 ₽', '(300 ₽)'], 'RUB', '₽', 2, 2],
    [['12 lei', '7,5 lei'], 'RON', 'lei', 2, 2],
    [['$1,234.56', '($12.00)', '-$5'], 'USD', '$', 3, 3],
    [['US$ 10', 'US$ 12'], 'USD', 'US$', 2, 2],
    [['£9.99'], 'GBP', '£', 1, 1],
    [['USD 1,000', '20 USD'], 'USD', 'USD', 2, 2],
    [['BGN 10', '10 BGN', '€ 3'], 'BGN', 'BGN', 2, 3],
    [['100 RUR'], 'RUB', 'RUR', 1, 1],
  ])('%j → %s', (cells, code, mark, count, of) => {
    const guess = guessCurrency([], cells);
    expect(guess).toMatchObject({ code, source: 'amounts', mark, count, of });
  });

  it('lists the other currencies of a mixed file, most frequent first', () => {
    const guess = guessCurrency([], ['€1', '€2', '€3', '$1', '£1', '£2']);
    expect(guess?.code).toBe('EUR');
    expect(guess?.others).toEqual([
      { code: 'GBP', count: 2 },
      { code: 'USD', count: 1 },
    ]);
  });

  it.each([
    ['Amount, EUR', 'EUR'],
    ['revenue_usd', 'USD'],
    ['Сумма (руб.)', 'RUB'],
    ['Сума, лв', 'BGN'],
    ['Valoare (lei)', 'RON'],
    ['Total €', 'EUR'],
    ['Betrag(€)', 'EUR'],
    ['dollar_value', 'USD'],
  ])('reads the header %j as %s when the cells say nothing', (header, code) => {
    expect(guessCurrency([header], ['12.50', '3'])).toMatchObject({ code, source: 'header' });
  });

  it('says nothing when neither cells nor headers name a currency', () => {
    expect(guessCurrency(['amount', 'Europe'], ['12.50', '3,00', ''])).toBeNull();
    // "eur" inside a word is not a currency, nor a code in text without digits.
    expect(guessCurrency(['neurone'], ['EUR'])).toBeNull();
  });

  it('falls back by interface language', () => {
    expect(['en', 'ru', 'bg', 'ro', 'xx'].map(languageCurrency)).toEqual([
      'USD',
      'RUB',
      'EUR',
      'RON',
      'USD',
    ]);
    expect([isCurrencyCode('EUR'), isCurrencyCode('eur'), isCurrencyCode('EURO')]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('is part of the detection of a transactions file', () => {
    const text = 'client;date;montant\nA;01.02.2024;12,50 €\nB;02.02.2024;3,00 €\n';
    const detection = detectSettings(new TextEncoder().encode(text), true);
    expect(detection.currency).toMatchObject({ code: 'EUR', count: 2, of: 2 });
    const plain = 'customer_id,date,amount\nA,2024-02-01,12.50\n';
    expect(detectSettings(new TextEncoder().encode(plain), true).currency).toBeNull();
  });
});
