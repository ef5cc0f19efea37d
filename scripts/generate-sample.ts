/**
 * Generates the sample data set in public/sample/ (fixed seed, so the files never change
 * unless this script does): `npm run sample`.
 *
 * About 5 000 customers of an online shop acquired over three years (2022–2024). Buying
 * follows the BG/NBD story — each customer buys at their own Poisson rate and may drop out
 * after any purchase — with a seasonal lift in November and December. Order values follow
 * a per-customer gamma mean (the Gamma-Gamma story). About 3 % of orders are refunded.
 * The customers file carries sign-up date, segment, acquisition channel and its cost.
 */
import { mkdirSync, writeFileSync } from 'node:fs';

const SEED = 20_240_131;
const CUSTOMERS = 5_000;
const START = Date.UTC(2022, 0, 1);
const END = Date.UTC(2024, 11, 31);
const DAY = 86_400_000;

/** Mulberry32: a small, fast, seedable PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = prng(SEED);
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/** Gamma(shape, scale) by Marsaglia–Tsang. */
function gamma(shape: number, scale: number): number {
  if (shape < 1) return gamma(shape + 1, scale) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal();
    const v = Math.pow(1 + c * x, 3);
    if (v > 0 && Math.log(random()) < 0.5 * x * x + d - d * v + d * Math.log(v))
      return d * v * scale;
  }
}

const beta = (a: number, b: number) => {
  const x = gamma(a, 1);
  return x / (x + gamma(b, 1));
};
const pick = <T>(items: readonly (readonly [T, number])[]): T => {
  let u = random() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, weight] of items) if ((u -= weight) <= 0) return item;
  return items[items.length - 1]![0];
};

const CHANNELS = [
  ['Organic search', 0.3, 8],
  ['Paid search', 0.25, 42],
  ['Social ads', 0.2, 35],
  ['Referral', 0.15, 15],
  ['Marketplace', 0.1, 25],
] as const;
const PRODUCTS = [
  ['Coffee beans', 0.35, 18],
  ['Tea', 0.2, 12],
  ['Brewing gear', 0.15, 65],
  ['Gift box', 0.1, 45],
  ['Subscription refill', 0.15, 28],
  ['Accessories', 0.05, 15],
] as const;
const SEGMENTS = [
  ['Consumer', 0.8],
  ['Office', 0.15],
  ['Café', 0.05],
] as const;
const FIRST = [
  'Anna',
  'Ivan',
  'Maria',
  'Elena',
  'Andrei',
  'Olga',
  'Petar',
  'Ioana',
  'Sofia',
  'Mihai',
  'Dmitri',
  'Raluca',
  'Georgi',
  'Natalia',
  'Alex',
  'Sam',
  'Chris',
  'Lena',
];
const LAST = [
  'Ivanova',
  'Petrov',
  'Popescu',
  'Georgieva',
  'Smirnov',
  'Ionescu',
  'Dimitrov',
  'Kuznetsova',
  'Stoica',
  'Nikolova',
  'Miller',
  'Novak',
  'Horvat',
  'Marin',
];

/** Seasonal weight of a day: busier in November and December, quieter in summer. */
function season(time: number): number {
  const month = new Date(time).getUTCMonth();
  return [0.9, 0.85, 0.95, 1, 1, 0.85, 0.8, 0.8, 1, 1.05, 1.35, 1.6][month]!;
}

const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const money = (x: number) => x.toFixed(2);

const transactions: string[] = ['customer_id,order_id,order_date,product,channel,quantity,amount'];
const customers: string[] = [
  'customer_id,name,signup_date,segment,acquisition_channel,acquisition_cost',
];
let orderNo = 100_000;

for (let i = 0; i < CUSTOMERS; i++) {
  const id = `C${String(10_001 + i)}`;
  // Acquisition spreads over the three years with the same seasonality, growing slowly.
  let signup: number;
  do {
    signup = START + Math.floor(Math.pow(random(), 0.85) * ((END - START) / DAY - 20)) * DAY;
  } while (random() > season(signup) / 1.6);
  const channel = pick(CHANNELS.map(([name, w]) => [name, w] as const));
  const cac = CHANNELS.find(([name]) => name === channel)![2] * (0.7 + 0.6 * random());
  const segment = pick(SEGMENTS);
  const name = `${FIRST[Math.floor(random() * FIRST.length)]} ${LAST[Math.floor(random() * LAST.length)]}`;
  customers.push([id, name, iso(signup), segment, channel, money(cac)].join(','));

  const rate = gamma(0.9, 1 / 38) * (segment === 'Café' ? 2.5 : 1); // purchases per day
  const dropout = beta(0.9, 4.5);
  const meanValue = gamma(6, 8) * (segment === 'Consumer' ? 1 : 2.2);
  let time = signup;
  for (;;) {
    const product = pick(PRODUCTS.map(([p, w]) => [p, w] as const));
    const quantity = 1 + Math.floor(gamma(0.6, 1.5));
    const amount = Math.max(3, gamma(12, meanValue / 12)) * (0.6 + 0.4 * quantity);
    const order = `O${orderNo++}`;
    transactions.push([id, order, iso(time), product, channel, quantity, money(amount)].join(','));
    if (random() < 0.03) {
      const refundDay = Math.min(END, time + (2 + Math.floor(random() * 20)) * DAY);
      transactions.push(
        [id, order, iso(refundDay), product, channel, -quantity, money(-amount)].join(','),
      );
    }
    if (random() < dropout) break;
    // Next purchase: exponential waiting time, thinned by the season.
    do {
      time += Math.max(1, Math.round(-Math.log(1 - random()) / rate)) * DAY;
    } while (time <= END && random() > season(time) / 1.6);
    if (time > END) break;
  }
}

const header = transactions.shift()!;
transactions.sort((a, b) => a.split(',')[2]!.localeCompare(b.split(',')[2]!));
mkdirSync('public/sample', { recursive: true });
writeFileSync('public/sample/transactions.csv', [header, ...transactions].join('\n') + '\n');
writeFileSync('public/sample/customers.csv', customers.join('\n') + '\n');
console.log(`sample: ${transactions.length} transactions, ${CUSTOMERS} customers → public/sample/`);
