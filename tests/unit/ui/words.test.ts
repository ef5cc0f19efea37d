/**
 * Plain words: the product speaks of playbooks and rules of thumb, never of the internal
 * name of its source texts ("seed"), in any of its languages.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/messages/en.ts';
import { catalog as ru } from '../../../src/messages/ru.ts';
import { catalog as bg } from '../../../src/messages/bg.ts';
import { catalog as ro } from '../../../src/messages/ro.ts';

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
