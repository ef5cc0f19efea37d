/**
 * Expected figures for the browser tests, computed with DuckDB SQL over the same sample CSV
 * files the app loads, independently of src/core: each query writes a definition of
 * DESIGN.md "Metrics" directly (calendar days in UTC; a period's status is judged on its
 * last day, or on the data's last day for the incomplete last period, as the screens say).
 * Runs in the Playwright (Node) process, never in the page.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export type Grain = 'day' | 'week' | 'month' | 'quarter';
type Row = Record<string, number | string | boolean | null>;

let connection: Promise<DuckDBConnection> | undefined;

/** One in-memory database per test process, holding the sample's `tx` and `customers`. */
function sampleDb(): Promise<DuckDBConnection> {
  connection ??= (async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    // Amounts as exact decimals: sums and ties do not depend on the order of addition.
    await c.run(`CREATE TABLE tx AS
      SELECT customer_id, order_id, order_date AS day, amount
      FROM read_csv('public/sample/transactions.csv', header = true, columns = {
        'customer_id': 'VARCHAR', 'order_id': 'VARCHAR', 'order_date': 'DATE',
        'product': 'VARCHAR', 'channel': 'VARCHAR', 'quantity': 'INTEGER',
        'amount': 'DECIMAL(14, 2)'})`);
    await c.run(`CREATE TABLE customers AS
      SELECT * FROM read_csv('public/sample/customers.csv', header = true, columns = {
        'customer_id': 'VARCHAR', 'name': 'VARCHAR', 'signup_date': 'DATE',
        'segment': 'VARCHAR', 'acquisition_channel': 'VARCHAR',
        'acquisition_cost': 'DOUBLE'})`);
    return c;
  })();
  return connection;
}

/** Runs a query on the sample; BIGINT, HUGEINT and DECIMAL come back as numbers. */
export async function query(sql: string): Promise<Row[]> {
  const reader = await (await sampleDb()).runAndReadAll(sql);
  return reader.getRowObjectsJS().map((row) => {
    const out: Row = {};
    for (const [key, value] of Object.entries(row)) {
      out[key] =
        typeof value === 'bigint'
          ? Number(value)
          : value instanceof Date
            ? value.toISOString().slice(0, 10)
            : (value as Row[string]);
    }
    return out;
  });
}

const STEP: Record<Grain, string> = {
  day: 'INTERVAL 1 DAY',
  week: 'INTERVAL 7 DAY',
  month: 'INTERVAL 1 MONTH',
  quarter: 'INTERVAL 3 MONTH',
};

/** First day of the period holding a date: ISO weeks start on Monday. */
export const periodStart = (grain: Grain, date: string) =>
  `CAST(date_trunc('${grain}', ${date}) AS DATE)`;

/** The screen's period label: 2023-06, 2023-Q2, 2023-W05 (ISO week-year and week), 2023-06-30. */
export function periodLabel(grain: Grain, date: string): string {
  switch (grain) {
    case 'day':
      return `strftime(${date}, '%Y-%m-%d')`;
    case 'week':
      return `strftime(${date}, '%G-W%V')`;
    case 'month':
      return `strftime(${date}, '%Y-%m')`;
    case 'quarter':
      return `(year(${date}) || '-Q' || quarter(${date}))`;
  }
}

/**
 * `periods(p, start, eval, complete)`: every period from the first to the last of the data,
 * p = 0, 1, …; `eval` is the day end-of-period status is judged on (the period's last day,
 * or the data's last day when the data ends earlier).
 */
function periodsCte(grain: Grain): string {
  return `periods AS (
    SELECT row_number() OVER (ORDER BY s) - 1 AS p, CAST(s AS DATE) AS start,
           LEAST(CAST(s + ${STEP[grain]} AS DATE) - 1, (SELECT max(day) FROM tx)) AS eval,
           CAST(s + ${STEP[grain]} AS DATE) - 1 <= (SELECT max(day) FROM tx) AS complete
    FROM generate_series(
      CAST((SELECT ${periodStart(grain, 'min(day)')} FROM tx) AS TIMESTAMP),
      CAST((SELECT ${periodStart(grain, 'max(day)')} FROM tx) AS TIMESTAMP),
      ${STEP[grain]}) AS t(s))`;
}

/**
 * `status(customer_id, first, p, start, active, was_active, bought)` for every customer and
 * period: active = a purchase on a day t with eval − W < t ≤ eval; was_active = active at the
 * end of p − 1 (false for the first period); bought = a purchase within p.
 */
export function statusCtes(grain: Grain, window: number): string {
  return `days AS (SELECT DISTINCT customer_id, day FROM tx),
  firsts AS (SELECT customer_id, min(day) AS first FROM days GROUP BY customer_id),
  ${periodsCte(grain)},
  judged AS (
    SELECT f.customer_id, f.first, pr.p, pr.start, pr.complete,
           coalesce(max(d.day) FILTER (WHERE d.day <= pr.eval) > pr.eval - ${window}, false) AS active,
           coalesce(bool_or(d.day BETWEEN pr.start AND pr.eval), false) AS bought
    FROM firsts f CROSS JOIN periods pr JOIN days d ON d.customer_id = f.customer_id
    GROUP BY f.customer_id, f.first, pr.p, pr.start, pr.eval, pr.complete),
  status AS (
    SELECT *, lag(active, 1, false) OVER (PARTITION BY customer_id ORDER BY p) AS was_active
    FROM judged)`;
}

/** P90 of the gaps between a customer's consecutive distinct purchase days (nearest rank). */
export async function suggestedWindow(): Promise<number> {
  const [row] = await query(`
    WITH days AS (SELECT DISTINCT customer_id, day FROM tx),
    gaps AS (SELECT date_diff('day', lag(day) OVER (PARTITION BY customer_id ORDER BY day), day) AS gap
             FROM days),
    ranked AS (SELECT gap, row_number() OVER (ORDER BY gap) AS i, count(*) OVER () AS n
               FROM gaps WHERE gap IS NOT NULL)
    SELECT gap FROM ranked WHERE i = ceil(0.9 * n)`);
  return row!.gap as number;
}

export interface ChurnRow {
  period: string;
  activeAtStart: number;
  lost: number;
  reactivated: number;
  activeAtEnd: number;
  /** lost / activeAtStart; null when nobody was active at the start. */
  churnRate: number | null;
}

/**
 * Churn per period (DESIGN.md): churn rate of p = customers active at the end of p − 1 and
 * not active at the end of p, over customers active at the end of p − 1. Reactivated: not
 * active at the end of p − 1, bought before p, active at the end of p.
 */
export async function churnByPeriod(grain: Grain, window: number): Promise<ChurnRow[]> {
  const rows = await query(`
    WITH ${statusCtes(grain, window)}
    SELECT ${periodLabel(grain, 'start')} AS period, p,
      count(*) FILTER (WHERE was_active) AS activeAtStart,
      count(*) FILTER (WHERE was_active AND NOT active) AS lost,
      count(*) FILTER (WHERE NOT was_active AND active AND first < start) AS reactivated,
      count(*) FILTER (WHERE active) AS activeAtEnd
    FROM status GROUP BY p, start ORDER BY p`);
  return rows.map((r) => ({
    period: r.period as string,
    activeAtStart: r.activeAtStart as number,
    lost: r.lost as number,
    reactivated: r.reactivated as number,
    activeAtEnd: r.activeAtEnd as number,
    churnRate:
      (r.activeAtStart as number) > 0 ? (r.lost as number) / (r.activeAtStart as number) : null,
  }));
}

/**
 * Growth accounting of one period (Hsu, "bought in p" basis): new = first purchase in p;
 * retained = bought in p − 1 and p; resurrected = bought in p, not in p − 1, and before;
 * lost = bought in p − 1, not in p.
 */
export async function growthOf(grain: Grain, period: string) {
  const [row] = await query(`
    WITH bought AS (SELECT DISTINCT customer_id, ${periodLabel(grain, periodStart(grain, 'day'))} AS label,
                           ${periodStart(grain, 'day')} AS start FROM tx),
    target AS (SELECT DISTINCT start FROM bought WHERE label = '${period}'),
    per AS (
      SELECT customer_id, min(b.start) AS first,
             bool_or(b.start = t.start) AS now,
             bool_or(b.start = CAST(t.start - ${STEP[grain]} AS DATE)) AS before
      FROM bought b, target t GROUP BY customer_id, t.start)
    SELECT count(*) FILTER (WHERE now AND first = (SELECT start FROM target)) AS new,
           count(*) FILTER (WHERE now AND before) AS retained,
           count(*) FILTER (WHERE now AND NOT before AND first < CAST((SELECT start FROM target) - ${STEP[grain]} AS DATE)) AS resurrected,
           count(*) FILTER (WHERE before AND NOT now) AS lost
    FROM per`);
  const r = row as Record<'new' | 'retained' | 'resurrected' | 'lost', number>;
  return { ...r, quickRatio: r.lost > 0 ? (r.new + r.resurrected) / r.lost : null };
}

export interface CohortCell {
  k: number;
  /** Customers of the cohort who bought in period c + k (classic) / in c + k or later (rolling). */
  customers: number;
  rollingCustomers: number;
  /** Sum of amounts in c + k (classic) / in c + k or later (rolling). */
  revenue: number;
  rollingRevenue: number;
  /** Revenue in c … c + k per customer of the cohort. */
  cumulativePerCustomer: number;
}

export interface CohortRow {
  cohort: string;
  size: number;
  cells: CohortCell[];
}

/**
 * Cohorts (DESIGN.md): a customer's cohort is the period of the first transaction; cell
 * (c, k) is about period c + k, for k = 0 … last period of the data − c. Rows in time order.
 */
export async function cohorts(grain: Grain): Promise<CohortRow[]> {
  const k = (from: string, to: string) =>
    grain === 'week' || grain === 'day'
      ? `date_diff('day', ${from}, ${to}) // ${grain === 'week' ? 7 : 1}`
      : `date_diff('${grain}', ${from}, ${to})`;
  const rows = await query(`
    WITH firsts AS (SELECT customer_id, ${periodStart(grain, 'min(day)')} AS cohort FROM tx GROUP BY customer_id),
    sizes AS (SELECT cohort, count(*) AS size FROM firsts GROUP BY cohort),
    t AS (SELECT f.customer_id, f.cohort, ${k('f.cohort', periodStart(grain, 'tx.day'))} AS k, tx.amount
          FROM tx JOIN firsts f USING (customer_id)),
    grid AS (SELECT s.cohort, s.size, g.k
             FROM sizes s, LATERAL (SELECT unnest(range(0, ${k('s.cohort', `(SELECT ${periodStart(grain, 'max(day)')} FROM tx)`)} + 1)) AS k) g),
    cells AS (SELECT cohort, k, count(DISTINCT customer_id) AS customers, sum(amount) AS revenue
              FROM t GROUP BY cohort, k),
    reach AS (SELECT customer_id, cohort, max(k) AS kmax FROM t GROUP BY customer_id, cohort)
    SELECT ${periodLabel(grain, 'g.cohort')} AS label, g.size, g.k,
      coalesce(c.customers, 0) AS customers,
      (SELECT count(*) FROM reach r WHERE r.cohort = g.cohort AND r.kmax >= g.k) AS rollingCustomers,
      CAST(coalesce(c.revenue, 0) AS DOUBLE) AS revenue,
      CAST(sum(coalesce(c.revenue, 0)) OVER (PARTITION BY g.cohort ORDER BY g.k DESC) AS DOUBLE) AS rollingRevenue,
      CAST(sum(coalesce(c.revenue, 0)) OVER (PARTITION BY g.cohort ORDER BY g.k) AS DOUBLE) / g.size AS cumulativePerCustomer
    FROM grid g LEFT JOIN cells c ON c.cohort = g.cohort AND c.k = g.k
    ORDER BY g.cohort, g.k`);
  const out: CohortRow[] = [];
  for (const r of rows) {
    if (out.at(-1)?.cohort !== r.label) {
      out.push({ cohort: r.label as string, size: r.size as number, cells: [] });
    }
    out.at(-1)!.cells.push({
      k: r.k as number,
      customers: r.customers as number,
      rollingCustomers: r.rollingCustomers as number,
      revenue: r.revenue as number,
      rollingRevenue: r.rollingRevenue as number,
      cumulativePerCustomer: r.cumulativePerCustomer as number,
    });
  }
  return out;
}
