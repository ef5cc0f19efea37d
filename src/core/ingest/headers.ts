/**
 * Column roles recognised from header names in English, Russian, Bulgarian and Romanian.
 * Names are compared after normalising case, diacritics, underscores and punctuation, so
 * `Customer_ID`, `customer id` and `CUSTOMER-ID` are one name, as are `Sumă` and `suma`.
 */

/** Lower case, no diacritics, punctuation and underscores as single spaces. */
export function normalizeHeader(text: string): string {
  // Printable ASCII has no diacritics to strip: the same result, without NFD.
  if (/^[\x20-\x7e]*$/.test(text)) {
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Synonyms of each transactions-file role, most specific first within a role. */
// prettier-ignore
export const TRANSACTION_NAMES = {
  customerId: [
    'customer id', 'customer', 'customerid', 'cust id', 'customer no', 'customer number',
    'customer code', 'client', 'client id', 'clientid', 'id client', 'client no', 'user id',
    'userid', 'user', 'member id', 'account id', 'buyer', 'buyer id',
    'клиент', 'id клиента', 'ид клиента', 'код клиента', 'номер клиента', 'клиент id',
    'клиент ид', 'покупатель', 'id покупателя', 'код покупателя',
    'код на клиент', 'номер на клиент', 'клиентски номер', 'ид на клиент',
    'cod client', 'nr client', 'numar client', 'cumparator',
  ],
  date: [
    'date', 'order date', 'purchase date', 'transaction date', 'invoice date', 'sale date',
    'created at', 'created', 'timestamp', 'datetime', 'date time', 'day',
    'дата', 'дата заказа', 'дата покупки', 'дата продажи', 'дата операции', 'дата чека',
    'дата на поръчка', 'дата на покупка', 'дата на продажба',
    'data', 'data comenzii', 'data comanda', 'data tranzactiei', 'data facturii', 'data vanzarii',
  ],
  amount: [
    'amount', 'sum', 'total', 'revenue', 'sales', 'value', 'price', 'dollar value', 'dollars',
    'order total', 'order value', 'net amount', 'gross amount', 'amount usd', 'amount eur',
    'сумма', 'сума', 'итого', 'выручка', 'стоимость', 'сумма заказа', 'сумма покупки',
    'стойност', 'цена', 'оборот', 'обща сума', 'сума на поръчка',
    'valoare', 'suma', 'total plata', 'pret', 'incasari', 'venit', 'total comanda', 'valoare totala',
  ],
  orderId: [
    'order id', 'order', 'order no', 'order number', 'invoice', 'invoice id', 'invoice no',
    'transaction id', 'receipt', 'receipt id',
    'заказ', 'номер заказа', 'id заказа', 'заказ id', 'чек', 'номер чека',
    'поръчка', 'номер на поръчка', 'ид на поръчка',
    'comanda', 'id comanda', 'nr comanda', 'numar comanda', 'factura', 'nr factura',
  ],
  product: [
    'product', 'product name', 'product id', 'item', 'sku', 'category', 'product category',
    'товар', 'продукт', 'категория', 'наименование', 'артикул', 'категория товара',
    'produs', 'categorie', 'articol', 'denumire', 'denumire produs',
  ],
  channel: [
    'channel', 'sales channel', 'source', 'канал', 'канал продаж', 'источник',
    'канал на продажба', 'източник', 'canal', 'canal vanzare', 'sursa',
  ],
  quantity: [
    'quantity', 'qty', 'units', 'number of cds', 'cds', 'pieces', 'count',
    'количество', 'кол во', 'шт', 'брой', 'бр', 'cantitate', 'buc', 'nr bucati',
  ],
  cost: [
    'cost', 'cogs', 'cost price', 'unit cost', 'себестоимость', 'затраты', 'себестойност',
    'разход', 'разходи', 'cost achizitie', 'cost produs',
  ],
} as const;

const CUSTOMER_ID = TRANSACTION_NAMES.customerId;

/** Synonyms of each customers-file role. */
// prettier-ignore
export const CUSTOMER_NAMES = {
  customerId: [...CUSTOMER_ID, 'id'],
  name: [
    'name', 'customer name', 'client name', 'full name', 'company', 'имя', 'фио', 'имя клиента',
    'наименование клиента', 'име', 'име на клиент', 'nume', 'nume client', 'denumire client',
  ],
  signupDate: [
    'signup date', 'sign up date', 'signup', 'registration date', 'registered', 'join date',
    'created at', 'start date', 'contract start', 'first order date', 'дата регистрации',
    'дата на регистрация', 'дата начала', 'data inregistrarii', 'data inscrierii', 'data start',
  ],
  segment: ['segment', 'tier', 'group', 'сегмент', 'группа', 'група', 'grup', 'segment client'],
  channel: [
    'acquisition channel', 'channel', 'source', 'канал привлечения', 'канал', 'источник',
    'канал на привличане', 'източник', 'canal', 'canal de achizitie', 'sursa',
  ],
  acquisitionCost: [
    'acquisition cost', 'cac', 'cpa', 'cost of acquisition', 'стоимость привлечения',
    'цена привлечения', 'разход за придобиване', 'цена на придобиване', 'cost de achizitie',
    'cost achizitie', 'cost achizitie client',
  ],
  contractEnd: [
    'contract end', 'end date', 'cancel date', 'cancellation date', 'churn date', 'cancelled at',
    'дата окончания', 'дата расторжения', 'окончание договора', 'край на договора',
    'дата на прекратяване', 'data sfarsit', 'data incetare', 'sfarsit contract',
  ],
  plan: ['plan', 'tariff', 'subscription', 'тариф', 'план', 'абонамент', 'abonament', 'plan tarifar'],
} as const;

/** Synonyms of the columns of a per-customer summary (x, t_x, T, zbar in Fader–Hardie). */
// prettier-ignore
export const SUMMARY_NAMES = {
  customerId: [...CUSTOMER_ID, 'id'],
  frequency: ['frequency', 'x', 'freq', 'repeat purchases', 'частота', 'честота', 'frecventa'],
  recency: ['recency', 't x', 'tx', 'давность', 'давност', 'recenta'],
  T: ['t', 'age', 'customer age', 'tenure', 'возраст', 'възраст', 'vechime'],
  monetary: [
    'monetary', 'monetary value', 'zbar', 'm', 'average order value', 'avg order value', 'aov',
    'средний чек', 'средна стойност', 'valoare medie',
  ],
} as const;

/** A header name's match to a role: 2 exact, 1 as whole words inside a longer name. */
interface Match<R extends string> {
  column: number;
  role: R;
  strength: number;
  length: number;
}

/** Normalised synonym → the roles it names, and the most words any synonym has. */
interface SynonymIndex<R extends string> {
  roles: Map<string, R[]>;
  maxWords: number;
}

const indexes = new WeakMap<object, SynonymIndex<string>>();

/** Normalises each synonym list once, not once per header (200 000 headers × 300 synonyms). */
function synonymIndex<R extends string>(
  names: Readonly<Record<R, readonly string[]>>,
): SynonymIndex<R> {
  const cached = indexes.get(names) as SynonymIndex<R> | undefined;
  if (cached) return cached;
  const roles = new Map<string, R[]>();
  let maxWords = 1;
  for (const role of Object.keys(names) as R[]) {
    for (const synonym of names[role]) {
      const name = normalizeHeader(synonym);
      if (name === '') continue;
      const list = roles.get(name) ?? [];
      if (!list.includes(role)) list.push(role);
      roles.set(name, list);
      maxWords = Math.max(maxWords, name.split(' ').length);
    }
  }
  const index = { roles, maxWords };
  indexes.set(names, index);
  return index;
}

/**
 * Assigns roles to columns by their header names, strongest matches first, each column and
 * each role at most once. Returns column index per role. A synonym matches a header exactly
 * (strength 2) or as whole words inside it (strength 1); each header's runs of consecutive
 * words are looked up, so the cost grows with the headers' words, not headers × synonyms.
 */
export function matchHeaders<R extends string>(
  headers: readonly string[],
  names: Readonly<Record<R, readonly string[]>>,
): Partial<Record<R, number>> {
  const { roles, maxWords } = synonymIndex(names);
  const matches: Match<R>[] = [];
  headers.forEach((header, column) => {
    const name = normalizeHeader(header);
    if (name === '') return;
    const words = name.split(' ');
    for (let start = 0; start < words.length; start++) {
      const end = Math.min(words.length, start + maxWords);
      let run = words[start]!;
      for (let stop = start + 1; stop <= end; stop++) {
        if (stop > start + 1) run += ` ${words[stop - 1]!}`;
        const found = roles.get(run);
        if (!found) continue;
        const strength = run === name ? 2 : 1;
        for (const role of found) matches.push({ column, role, strength, length: run.length });
      }
    }
  });
  matches.sort((a, b) => b.strength - a.strength || b.length - a.length || a.column - b.column);
  const result: Partial<Record<R, number>> = {};
  const taken = new Set<number>();
  for (const m of matches) {
    if (result[m.role] !== undefined || taken.has(m.column)) continue;
    result[m.role] = m.column;
    taken.add(m.column);
  }
  return result;
}
