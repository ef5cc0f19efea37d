/**
 * Plain words: the product speaks of playbooks and rules of thumb, never of the internal
 * name of its source texts ("seed"), in any of its languages.
 */
import { describe, expect, it } from 'vitest';
import { catalog, en } from '../../../src/messages/all.ts';

const ru = await catalog('ru');
const bg = await catalog('bg');
const ro = await catalog('ro');

const catalogs: Record<string, Record<string, string | undefined>> = { en, ru, bg, ro };

describe('message catalogs', () => {
  it.each(Object.keys(catalogs))('%s never says "seed" or "source materials"', (language) => {
    const internal = /\bseed|исходн\w* материал|изходн\w* материал|materialele de pornire/i;
    const offenders = Object.entries(catalogs[language] ?? {}).filter(
      ([, message]) => message !== undefined && internal.test(message),
    );
    expect(offenders).toEqual([]);
  });
});
