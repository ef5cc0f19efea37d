/** UI messages in Bulgarian. A missing key falls back to English. */
import type { Catalog } from './en.ts';

export const catalog: Partial<Catalog> = {
  'app.tagline':
    'Кохорти, отпадане и доживотна стойност на клиентите — на вашия лаптоп, без мрежа.',
};
