/** UI messages in Romanian. A missing key falls back to English. */
import type { Catalog } from './en.ts';

export const catalog: Partial<Catalog> = {
  'app.tagline':
    'Cohorte, pierderea și valoarea pe viață a clienților — pe laptopul dvs., offline.',
};
