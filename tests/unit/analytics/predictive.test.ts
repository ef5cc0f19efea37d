import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeSample } from '../../support/stored-sample.ts';
import { loadSummaryFile } from '../../../src/cli/load.ts';
import type { TransactionColumns } from '../../../src/core/index.ts';
import { openDb, useDb, type TenureDb } from '../../../src/storage/db.ts';
import { createSummaryDataset } from '../../../src/storage/datasets.ts';
import { predictive } from '../../../workers/analytics/predictive.ts';
import { customerFacts } from '../../e2e/support/duckdb-customers.ts';
import { query } from '../../e2e/support/duckdb.ts';
import { discountedClv, pAlive } from '../../support/bgnbd.ts';

let db: TenureDb;
let sampleId: string;
let summaryId: string;
let columns: TransactionColumns;
const week = { unit: 'week', horizon: 52, discount: 0.002, margin: 1 } as const;

beforeAll(async () => {
  db = openDb('tenure-predictive-test');
  useDb(db);
  ({ id: sampleId, columns } = await storeSample());
  const loaded = await loadSummaryFile(
    'tests/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv',
  );
  if (loaded.kind !== 'summary') throw new Error('expected a summary file');
  summaryId = await createSummaryDataset(
    {
      name: 'cdnow',
      kind: 'summary',
      fileName: 'cdnow.csv',
      fileSize: 1,
      settings: null,
      headers: [],
      summary: null,
      rejectedCount: 0,
    },
    loaded.summary,
    [],
  );
});

afterAll(async () => {
  db.close();
  await db.delete();
});

describe('predictive worker methods', () => {
  it('fits a summary data set to the CDNOW figures of FHL 2005', async () => {
    const fit = await predictive.fitModel(summaryId, week);
    // FHL 2005 / lifetimes' BetaGeoFitter on CDNOW: r 0.243, α 4.414, a 0.793, b 2.426.
    expect(fit.bgnbd.params.r).toBeCloseTo(0.2426, 3);
    expect(fit.bgnbd.params.alpha).toBeCloseTo(4.4135, 2);
    expect(fit.bgnbd.logLikelihood).toBeCloseTo(-9582.43, 1);
    expect(fit.kind).toBe('summary');
    expect(fit.pAlive).toHaveLength(2357);
    const report = await predictive.reportPredictions(summaryId, week);
    expect(report.customers).toBe(2357);
    await expect(predictive.checkHoldout(summaryId, { unit: 'week' })).rejects.toThrow(
      /transactions/,
    );
  });

  it('reports aggregates that add up to the customers and match the published formulas', async () => {
    const report = await predictive.reportPredictions(sampleId, week);
    // Independent: the per-customer summary by DuckDB SQL over the CSV, P(alive) and the
    // 52-week discounted CLV by the published BG/NBD and Gamma-Gamma formulas
    // (tests/support/bgnbd.ts), with the parameters the worker fitted (their fit is checked
    // against the published CDNOW figures above). Tolerance: 1e-9 relative, float noise.
    const bg = report.fit.bgnbd.params;
    const gg = (await predictive.fitModel(sampleId, week)).gammaGamma!.params;
    const facts = await customerFacts(1);
    expect(report.customers).toBe(facts.length);
    const clv = facts.map((c) =>
      discountedClv(
        bg,
        gg,
        { x: c.orders - 1, tx: c.span / 7, T: c.age / 7, mean: c.repeat_mean },
        { horizon: 52, discount: 0.002, margin: 1 },
      ),
    );
    const best = clv.indexOf(Math.max(...clv));
    expect(report.top[0]!.id).toBe(facts[best]!.customer_id);
    expect(Math.abs(report.top[0]!.clv / clv[best]! - 1)).toBeLessThan(1e-9);
    const top = facts[best]!;
    expect(report.top[0]!.pAlive).toBeCloseTo(
      pAlive(bg, top.orders - 1, top.span / 7, top.age / 7),
      9,
    );
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(report.histogram.map((b) => b.customers))).toBe(report.customers);
    expect(sum(report.grid!.cells.map((c) => c.customers))).toBe(report.customers);
    expect(sum(report.diagnostics.map((d) => d.actual))).toBe(report.customers);
    expect(sum(report.diagnostics.map((d) => d.model))).toBeCloseTo(report.customers, 3);
    expect(sum(report.matrix.customers.flat())).toBe(report.customers);
    const cell = report.grid!.cells[8]!;
    const list = await predictive.listGridGroup(sampleId, week, { value: 2, risk: 2 });
    expect(list.total).toBe(cell.customers);
  });

  it('sorts, searches and pages the explorer table in the worker', async () => {
    const base = { sort: 'clv', descending: true, offset: 0, limit: 5 } as const;
    const page = await predictive.queryCustomers(sampleId, week, base);
    expect(page.total).toBe(columns.customerIds.length);
    expect(page.rows).toHaveLength(5);
    expect(page.rows[0]!.clv).toBeGreaterThanOrEqual(page.rows[1]!.clv);
    const report = await predictive.reportPredictions(sampleId, week);
    expect(page.rows[0]!.id).toBe(report.top[0]!.id);
    const found = await predictive.queryCustomers(sampleId, week, {
      ...base,
      query: page.rows[2]!.id.toLowerCase(),
    });
    expect(found.rows.map((r) => r.id)).toContain(page.rows[2]!.id);
    const cell = await predictive.queryCustomers(sampleId, week, { ...base, filter: { cell: 8 } });
    expect(cell.total).toBe(report.grid!.cells[8]!.customers);
  });

  it('tells a customer story whose last P(alive) is the model’s', async () => {
    const page = await predictive.queryCustomers(sampleId, week, {
      sort: 'orders',
      descending: true,
      offset: 0,
      limit: 1,
    });
    const { row, story } = await predictive.describeCustomer(sampleId, week, page.rows[0]!.id);
    expect(story.days.length).toBeGreaterThan(1);
    expect(story.atEnd).toBeCloseTo(row.pAlive, 10);
    expect(story.afterPurchase[0]).toBe(1);
    expect(story.curve.length).toBeGreaterThan(story.days.length);
  });

  it('scores a calibration/holdout split at two thirds of the span by default', async () => {
    const holdout = await predictive.checkHoldout(sampleId, { unit: 'week' });
    // The data's first and last days as day numbers, from DuckDB SQL over the CSV.
    const [span] = await query(
      "SELECT date_diff('day', DATE '1970-01-01', min(day)) AS lo, date_diff('day', DATE '1970-01-01', max(day)) AS hi FROM tx",
    );
    const [lo, hi] = [span!.lo as number, span!.hi as number];
    expect(holdout.calibrationEnd).toBe(lo + Math.round(((hi - lo) * 2) / 3));
    expect(holdout.byFrequency).toHaveLength(8);
    expect(holdout.totals.actual).toBeGreaterThan(0);
  });
});
