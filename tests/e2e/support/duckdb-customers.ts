/**
 * Expected customer-value figures for the browser tests (LTV, concentration, RFM, lifecycle
 * lanes), in DuckDB SQL over the sample CSV files, independently of src/core. Shares the
 * database and the period/status CTEs of duckdb.ts.
 */
import { query, statusCtes, type Grain } from './duckdb.ts';

export interface LtvOptions {
  grain: Grain;
  window: number;
  /** Margin as a fraction of revenue. */
  margin: number;
  /** Discount rate per period. */
  discount: number;
  /** Complete periods used, counted back from the last. */
  trailing: number;
  /** A column of the customers file to split by (one row per value). */
  splitBy?: 'acquisition_channel' | 'segment';
}

export interface LtvRow {
  group: string | null;
  ampu: number;
  churnRate: number;
  ltv: number | null;
  ltvDiscounted: number | null;
  cac: number | null;
  ltvToCac: number | null;
  periodsUsed: number;
}

/**
 * Simple LTV (DESIGN.md, seed 002): LTV = AMPU / churn rate and m (1 + d) / (1 + d − r), over
 * the last `trailing` complete periods p that start with active customers. Churn pooled over
 * them: Σ lost / Σ active at the end of p − 1. AMPU: Σ margin in p / Σ customers active in p,
 * where "active in p" is active at the end of p − 1 or bought in p (the screen's convention).
 * CAC: mean acquisition cost of the group's customers who bought, where the cost is known.
 */
export async function simpleLtv(o: LtvOptions): Promise<LtvRow[]> {
  const group = o.splitBy ? `c.${o.splitBy}` : 'NULL';
  const rows = await query(`
    WITH ${statusCtes(o.grain, o.window)},
    grouped AS (SELECT s.*, ${group} AS grp FROM status s LEFT JOIN customers c USING (customer_id)),
    margin AS (
      SELECT ${group} AS grp, pr.p, sum(tx.amount) * ${o.margin} AS margin
      FROM tx JOIN periods pr ON tx.day BETWEEN pr.start AND pr.eval
      LEFT JOIN customers c USING (customer_id) GROUP BY ALL),
    per AS (
      SELECT grp, p, bool_and(complete) AS complete,
             count(*) FILTER (WHERE was_active) AS at_start,
             count(*) FILTER (WHERE was_active AND NOT active) AS lost,
             count(*) FILTER (WHERE was_active OR bought) AS during
      FROM grouped GROUP BY grp, p),
    used AS (
      SELECT per.*, coalesce(m.margin, 0) AS margin,
             row_number() OVER (PARTITION BY per.grp ORDER BY per.p DESC) AS back
      FROM per LEFT JOIN margin m ON m.grp IS NOT DISTINCT FROM per.grp AND m.p = per.p
      WHERE per.p > 0 AND per.complete AND per.at_start > 0),
    pooled AS (
      SELECT grp, count(*) AS periods, CAST(sum(margin) AS DOUBLE) / sum(during) AS ampu,
             sum(lost) / sum(at_start) AS churn
      FROM used WHERE back <= ${o.trailing} GROUP BY grp),
    cac AS (
      SELECT ${group} AS grp, avg(c.acquisition_cost) AS cac
      FROM (SELECT DISTINCT customer_id FROM tx) b LEFT JOIN customers c USING (customer_id)
      GROUP BY ALL)
    SELECT pooled.grp AS "group", periods, ampu, churn, cac.cac
    FROM pooled LEFT JOIN cac ON cac.grp IS NOT DISTINCT FROM pooled.grp`);
  const d = o.discount;
  return rows.map((r) => {
    const ampu = r.ampu as number;
    const churnRate = r.churn as number;
    const ltv = churnRate > 0 ? ampu / churnRate : null;
    const denominator = 1 + d - (1 - churnRate);
    const cac = (r.cac as number | null) ?? null;
    return {
      group: r.group as string | null,
      ampu,
      churnRate,
      ltv,
      ltvDiscounted: denominator > 0 ? (ampu * (1 + d)) / denominator : null,
      cac,
      ltvToCac: ltv !== null && cac !== null && cac > 0 ? ltv / cac : null,
      periodsUsed: r.periods as number,
    };
  });
}

/**
 * Concentration of revenue per customer (net of refunds, clamped at 0): the Gini coefficient
 * Σ (2i − n − 1) x₍ᵢ₎ / (n Σ x) over values sorted ascending, and the share of the top
 * ⌈0.2 n⌉ customers.
 */
export async function concentration(): Promise<{ gini: number; top20: number }> {
  const [row] = await query(`
    WITH v AS (SELECT greatest(sum(amount), 0) AS x FROM tx GROUP BY customer_id),
    r AS (SELECT x, row_number() OVER (ORDER BY x) AS i, count(*) OVER () AS n,
                 sum(x) OVER () AS total FROM v)
    SELECT CAST(sum((2 * i - n - 1) * x) AS DOUBLE) / (max(n) * max(total)) AS gini,
           CAST(sum(x) FILTER (WHERE i > n - ceil(0.2 * n)) AS DOUBLE) / max(total) AS top20
    FROM r`);
  return { gini: row!.gini as number, top20: row!.top20 as number };
}

/**
 * Tie-aware equal-frequency scores of column `key` of `v` (ascending = better), as CTEs named
 * `<name>_…` ending in `<name>(key, score)`. Groups of equal values, boundary e = customers
 * up to and including the group. k = min(5, groups) bins; each next cut is the boundary
 * nearest to b + (n − b) / (bins left) among those after the previous cut that leave a group
 * for every later bin (equal distance: the later boundary). Bin j of k scores j when k = 5,
 * 3 when k = 1, else 1 + round(4 (j − 1) / (k − 1)).
 */
function tieAwareScores(name: string, key: string): string {
  const nearest = (column: string) => `(SELECT g.${column} FROM ${name}_g g, ${name}_t t
      WHERE g.gi > c.gi AND g.gi <= t.groups - (t.k - c.bin - 1)
      ORDER BY abs(g.e - (c.b + (t.n - c.b) / (t.k - c.bin))), g.e DESC LIMIT 1)`;
  return `${name}_g AS (
      SELECT ${key} AS key, sum(count(*)) OVER (ORDER BY ${key}) AS e,
             row_number() OVER (ORDER BY ${key}) AS gi
      FROM v GROUP BY ${key}),
    ${name}_t AS (SELECT count(*) AS groups, max(e) AS n, least(5, count(*)) AS k FROM ${name}_g),
    ${name}_cuts(bin, b, gi) AS (
      SELECT 0, CAST(0 AS HUGEINT), CAST(0 AS BIGINT)
      UNION ALL
      SELECT c.bin + 1, ${nearest('e')}, ${nearest('gi')}
      FROM ${name}_cuts c, ${name}_t t WHERE c.bin < t.k),
    ${name} AS (
      SELECT g.key, CAST(CASE WHEN t.k = 5 THEN c.bin WHEN t.k = 1 THEN 3
                         ELSE 1 + round(4 * (c.bin - 1) / (t.k - 1)) END AS INTEGER) AS score
      FROM ${name}_g g, ${name}_t t, ${name}_cuts c, ${name}_cuts p
      WHERE p.bin = c.bin - 1 AND g.gi > p.gi AND g.gi <= c.gi)`;
}

/**
 * RFM on a day: recency = days since the last purchase on or before it, frequency = distinct
 * purchase days, monetary = sum of amounts. Scores 1–5 by tie-aware equal-frequency bins
 * (tieAwareScores), recency reversed. Segment from R and FM = (F + M) / 2 rounded half up, on
 * the usual grid.
 */
export async function rfm(asOf: string) {
  const rows = await query(`
    WITH RECURSIVE v AS (
      SELECT customer_id, date_diff('day', max(day), DATE '${asOf}') AS recency,
             count(DISTINCT day) AS frequency, sum(amount) AS monetary
      FROM tx WHERE day <= DATE '${asOf}' GROUP BY customer_id),
    ${tieAwareScores('rs', '-recency')},
    ${tieAwareScores('fs', 'frequency')},
    ${tieAwareScores('ms', 'monetary')},
    s AS (SELECT customer_id, rs.score AS r, fs.score AS f, ms.score AS m
          FROM v JOIN rs ON rs.key = -v.recency JOIN fs ON fs.key = v.frequency
          JOIN ms ON ms.key = v.monetary),
    g AS (SELECT *, (f + m + 1) // 2 AS fm FROM s)
    SELECT customer_id, r, f, m, CASE
      WHEN r = 5 THEN CASE WHEN fm = 1 THEN 'New' WHEN fm <= 3 THEN 'Potential loyalist' ELSE 'Champions' END
      WHEN r = 4 THEN CASE WHEN fm = 1 THEN 'Promising' WHEN fm <= 3 THEN 'Potential loyalist' ELSE 'Loyal' END
      WHEN r = 3 THEN CASE WHEN fm <= 2 THEN 'About to sleep' WHEN fm = 3 THEN 'Need attention' ELSE 'Loyal' END
      WHEN r = 2 THEN CASE WHEN fm <= 2 THEN 'Hibernating' ELSE 'At risk' END
      ELSE CASE WHEN fm = 1 THEN 'Lost' WHEN fm = 2 THEN 'Hibernating' WHEN fm <= 4 THEN 'At risk'
                ELSE 'Can''t lose them' END
    END AS segment FROM g`);
  return rows as { customer_id: string; r: number; f: number; m: number; segment: string }[];
}

/**
 * Per customer on the data's last day, in days: age (since the first purchase), recency, span
 * (first to last purchase), days since the latest return after a gap of W or more days (1e9
 * when none); distinct purchase days (orders); revenue and the repeat purchases' mean — the
 * BG/NBD summary is x = orders − 1, t_x = span / 7, T = age / 7 in weeks.
 */
export async function customerFacts(window: number) {
  return (await query(`
    WITH days AS (SELECT DISTINCT customer_id, day FROM tx),
    gaps AS (SELECT customer_id, day,
                    date_diff('day', lag(day) OVER (PARTITION BY customer_id ORDER BY day), day) AS gap
             FROM days),
    f AS (SELECT customer_id, min(day) AS first, max(day) AS last, count(*) AS orders,
                 max(day) FILTER (WHERE gap >= ${window}) AS last_return
          FROM gaps GROUP BY customer_id),
    e AS (SELECT max(day) AS end_day FROM tx),
    money AS (SELECT customer_id, CAST(sum(amount) AS DOUBLE) AS revenue,
                     CAST(sum(amount) FILTER (WHERE day > first) AS DOUBLE) AS repeat_revenue
              FROM tx JOIN f USING (customer_id) GROUP BY customer_id)
    SELECT customer_id, orders, revenue,
      CASE WHEN orders > 1 THEN repeat_revenue / (orders - 1) ELSE 0 END AS repeat_mean,
      date_diff('day', first, end_day) AS age, date_diff('day', last, end_day) AS recency,
      date_diff('day', first, last) AS span,
      coalesce(date_diff('day', last_return, end_day), 1e9) AS since_return
    FROM f JOIN money USING (customer_id), e ORDER BY customer_id`)) as {
    customer_id: string;
    orders: number;
    /** Sum of amounts, refunds included. */
    revenue: number;
    /** Mean amount of the repeat purchase days (amounts of one day summed), 0 without any. */
    repeat_mean: number;
    age: number;
    recency: number;
    span: number;
    since_return: number;
  }[];
}
