import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/core/model.ts';
import { SQL_DIALECTS, summarySql } from '../../../src/core/models/index.ts';

const end = dayNumber(1997, 9, 30);

describe('summarySql', () => {
  it.each(SQL_DIALECTS)('%s: same-day merge, inclusive end, weeks, output columns', (dialect) => {
    const sql = summarySql({ dialect, unit: 'week', end });
    expect(sql).toContain("<= DATE '1997-09-30'");
    expect(sql).toMatch(/SUM\(.amount.\) AS amount/);
    expect(sql).toMatch(/GROUP BY .customer_id., CAST\(.date. AS DATE\)/);
    expect(sql).toContain('COUNT(*) - 1 AS frequency');
    expect(sql).toMatch(/\/ 7\.0 AS recency/);
    expect(sql).toContain('WHEN purchase_day > first_day');
    // The importer's header, in order: customer_id, frequency, recency, T, monetary_value.
    expect(sql).toMatch(
      /SELECT\n {2}customer_id,\n.* AS frequency,\n.* AS recency,\n.* AS ["`]T["`],\n.* AS monetary_value\nFROM numbered/,
    );
    expect(sql.trim().endsWith(';')).toBe(true);
  });

  it('uses each dialect’s day difference', () => {
    const diff = (dialect: (typeof SQL_DIALECTS)[number]) =>
      summarySql({ dialect, unit: 'day', end });
    expect(diff('duckdb')).toContain(
      "date_diff('day', MIN(purchase_day), MAX(purchase_day)) AS recency",
    );
    expect(diff('postgres')).toContain('(MAX(purchase_day) - MIN(purchase_day)) AS recency');
    expect(diff('bigquery')).toContain(
      'DATE_DIFF(MAX(purchase_day), MIN(purchase_day), DAY) AS recency',
    );
    expect(diff('spark')).toContain('datediff(MAX(purchase_day), MIN(purchase_day)) AS recency');
    expect(diff('postgres')).toContain('AS "T"');
    expect(diff('bigquery')).toContain('AS `T`');
  });

  it('adds the start bound, qualifies tables and refuses injection', () => {
    const sql = summarySql({
      dialect: 'postgres',
      unit: 'day',
      end,
      start: dayNumber(1997, 1, 1),
      table: 'sales.orders',
      columns: { customer: 'client', date: 'ordered_at', amount: 'total' },
    });
    expect(sql).toContain(`FROM "sales"."orders"`);
    expect(sql).toContain(`CAST("ordered_at" AS DATE) >= DATE '1997-01-01'`);
    expect(sql).toContain(`"client" AS customer_id`);
    expect(() =>
      summarySql({ dialect: 'duckdb', unit: 'day', end, table: 'x; DROP TABLE y' }),
    ).toThrow(/table/);
  });
});
