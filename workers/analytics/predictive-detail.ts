/**
 * One customer's story for the explorer's detail panel: the purchase timeline and how the
 * BG/NBD P(alive) moved along it — a jump after each purchase, a decay in between.
 */
import { DAYS_PER_UNIT, probabilityAlive, type BgNbdParams } from '../../src/core/index.ts';
import type { CustomerModel } from './predictive-model.ts';
import type { AlivePoint, CustomerStory } from './protocol/index.ts';

/** A customer's purchase days and amounts up to `end`, merged by day, ascending. */
function purchaseDays(
  model: CustomerModel,
  customer: number,
  end: number,
): { days: number[]; amounts: number[] } {
  const { customer: who, day, amount } = model.columns!;
  const byDay = new Map<number, number>();
  for (let i = 0; i < who.length; i++) {
    if (who[i] !== customer || day[i]! > end) continue;
    byDay.set(day[i]!, (byDay.get(day[i]!) ?? 0) + amount[i]!);
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  return { days, amounts: days.map((d) => byDay.get(d)!) };
}

/**
 * P(alive) at day `at` given purchases on `days` up to index `j` (inclusive), in the model's
 * unit: x = j repeat purchases, t_x = days[j] − days[0], T = at − days[0].
 */
function aliveAt(p: BgNbdParams, days: number[], j: number, at: number, perUnit: number): number {
  const first = days[0]!;
  return probabilityAlive(p, j, (days[j]! - first) / perUnit, (at - first) / perUnit);
}

const MAX_POINTS = 400;

export function customerStory(model: CustomerModel, customer: number): CustomerStory {
  const end = model.fit.end ?? model.fit.lastDay ?? 0;
  const { days, amounts } = purchaseDays(model, customer, end);
  const p = model.fit.bgnbd.params;
  const perUnit = DAYS_PER_UNIT[model.fit.unit];
  if (days.length === 0) return { days, amounts, afterPurchase: [], atEnd: NaN, end, curve: [] };
  const afterPurchase = days.map((d, j) => aliveAt(p, days, j, d, perUnit));
  const curve: AlivePoint[] = [];
  const span = Math.max(1, end - days[0]!);
  for (let j = 0; j < days.length; j++) {
    const from = days[j]!;
    const to = j + 1 < days.length ? days[j + 1]! : end;
    curve.push({ day: from, pAlive: afterPurchase[j]! });
    // Intermediate days, about MAX_POINTS over the whole span; then just before the next buy.
    const steps = Math.max(1, Math.round(((to - from) / span) * MAX_POINTS));
    for (let k = 1; k <= steps; k++) {
      const at = from + ((to - from) * k) / steps;
      if (at > from) curve.push({ day: at, pAlive: aliveAt(p, days, j, at, perUnit) });
    }
  }
  return {
    days,
    amounts,
    afterPurchase,
    atEnd: aliveAt(p, days, days.length - 1, end, perUnit),
    end,
    curve,
  };
}
