/**
 * RFM scores on real data: the sample data set and CDNOW (tests/fixtures/cdnow) both have many
 * one-time buyers, so mean-rank quintiles left frequency score 2 empty. With tie-aware bins
 * every score holds customers whenever the values have five distinct levels.
 */
import { describe, expect, it } from 'vitest';
import { loadTransactionsFile } from '../../../src/cli/load.ts';
import { rfmScores, summarizeTransactions } from '../../../src/core/index.ts';

async function check(path: string) {
  const { columns } = await loadTransactionsFile(path);
  const asOf = summarizeTransactions(columns).lastDay!;
  const result = rfmScores(columns, { asOf });
  const report: Record<string, number[]> = {};
  for (const key of ['r', 'f', 'm'] as const) {
    const values = key === 'r' ? result.recency : key === 'f' ? result.frequency : result.monetary;
    const counts = [0, 0, 0, 0, 0];
    const distinct = new Set<number>();
    for (let i = 0; i < values.length; i++) {
      if (result.segment[i] === 255) continue;
      counts[result[key][i]! - 1]!++;
      distinct.add(values[i]!);
    }
    expect(distinct.size).toBeGreaterThanOrEqual(5);
    expect(counts.every((c) => c > 0)).toBe(true);
    expect(counts.reduce((s, c) => s + c, 0)).toBe(result.customers);
    report[key] = counts;
  }
  return { result, report };
}

describe('RFM scores on real data leave no score empty', () => {
  it('the sample data set', async () => {
    const { result, report } = await check('public/sample/transactions.csv');
    // Frequency (distinct purchase days) on the sample: 1 551 customers bought on one day,
    // 901 on two, 598 on three, 408 on four, 333 on five, 220 on six, 181 on seven (5 000).
    // Cuts: 5000 / 5 = 1000 → 1551; 1551 + 3449 / 4 = 2413.25 → 2452; 2452 + 2548 / 3 =
    // 3301.3 → 3458 (157 away, against 3050 251 away); 3458 + 1542 / 2 = 4229 → 4192 (37
    // away, against 4326 97 away). So F1 = one day, F2 = two, F3 = three–four, F4 = five–seven.
    expect(result.customers).toBe(5000);
    expect(report.f).toEqual([1551, 901, 1006, 734, 808]);
  });

  it('CDNOW', async () => {
    const { result, report } = await check('tests/fixtures/cdnow/CDNOW_master.txt');
    // Distinct purchase days per customer, counted with awk over the file: 12 054 customers
    // on one day, 4 040 on two, 2 205 on three, 1 436 on four, 991 on five, 643 on six.
    // Cuts: 23570 / 5 = 4714 → 12054; 12054 + 11516 / 4 = 14933 → 16094; 16094 + 7476 / 3 =
    // 18586 → 18299 (287 away, against 19735 1 149 away); 18299 + 5271 / 2 = 20934.5 →
    // 20726 (208.5 away, against 21369 434.5 away). F4 = four–five days, F5 = six or more.
    expect(result.customers).toBe(23570);
    expect(report.f).toEqual([12054, 4040, 2205, 2427, 2844]);
  });
});
