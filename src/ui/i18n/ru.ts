/** UI messages in Russian. A missing key falls back to English. */
import type { Catalog } from './en.ts';

export const catalog: Partial<Catalog> = {
  'app.tagline': 'Когорты, отток и пожизненная ценность клиентов — на вашем ноутбуке, без сети.',
};
