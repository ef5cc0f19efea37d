/**
 * A first row of 200 000 columns is refused quickly, by core (so the app and the CLI say the
 * same), and header matching no longer costs headers × synonyms. Timings are printed, not
 * asserted: the machine running the tests is shared.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transferHandlers } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { inspect } from '../../../src/cli/commands/inspect.ts';
import {
  ImportError,
  MAX_COLUMNS,
  TRANSACTION_NAMES,
  detectSettings,
  matchHeaders,
  previewRows,
} from '../../../src/core/index.ts';
import { keepErrorCodes } from '../../../workers/error-transfer.ts';

const WIDTH = 200_000;
const encode = (text: string) => new TextEncoder().encode(text);

function refusal(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    return error as ImportError;
  }
  throw new Error('not refused');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a 200 000-column header', () => {
  it('is refused by detection with the count and the limit', () => {
    // Short names: the whole file fits in the sample, so the count is exact.
    const header = Array.from({ length: WIDTH }, () => 'x').join(',');
    const data = Array.from({ length: WIDTH }, () => '1').join(',');
    const start = performance.now();
    const error = refusal(() => detectSettings(encode(`${header}\n${data}\n`), true));
    console.log(`detectSettings, ${WIDTH} columns: ${(performance.now() - start).toFixed(0)} ms`);
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toBe('The first row has 200,000 columns; at most 1,000 are supported.');
    expect(error.code).toBe('tooManyColumns');
    expect(error.params).toEqual({ count: WIDTH, max: MAX_COLUMNS });
  });

  it('is refused by the preview after a change of settings too', () => {
    const bytes = encode(`a;${Array.from({ length: 2000 }, (_, i) => `c${i}`).join(';')}\n1;2\n`);
    const settings = detectSettings(bytes, true, { delimiter: ',' }).settings;
    const error = refusal(() => previewRows(bytes, { ...settings, delimiter: ';' }, true));
    expect(error.code).toBe('tooManyColumns');
  });

  it('longer than the sample: refused as "more than" what the sample holds, by the CLI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenure-wide-'));
    const path = join(dir, 'wide.csv');
    const header = Array.from({ length: WIDTH }, (_, i) => `column_${i}`).join(',');
    writeFileSync(path, `${header}\n${Array.from({ length: WIDTH }, (_, i) => i).join(',')}\n`);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const start = performance.now();
    const error = (await inspect(parseArgs([path, '--json'])).catch((e: unknown) => e)) as Error;
    vi.restoreAllMocks();
    console.log(`tenure inspect, ${WIDTH} columns: ${(performance.now() - start).toFixed(0)} ms`);
    expect(error.message).toMatch(
      /wide\.csv: The first row has more than [\d,]+ columns; at most 1,000 are supported\.$/,
    );
  });

  it('header matching grows with the headers, not headers × synonyms', () => {
    const headers = Array.from({ length: WIDTH }, (_, i) => `column ${i}`);
    headers.push('Customer ID', 'Order date', 'Total amount (EUR)');
    const start = performance.now();
    const roles = matchHeaders(headers, TRANSACTION_NAMES);
    console.log(
      `matchHeaders, ${headers.length} headers: ${(performance.now() - start).toFixed(0)} ms`,
    );
    expect(roles).toEqual({ customerId: WIDTH, date: WIDTH + 1, amount: WIDTH + 2 });
  });

  it('keeps exact names ahead of names inside longer headers', () => {
    expect(matchHeaders(['order total value', 'total', 'client'], TRANSACTION_NAMES)).toEqual({
      amount: 1,
      customerId: 2,
      orderId: 0,
    });
  });
});

describe('ImportError codes across the worker boundary', () => {
  it('keep code and params, so the app words the refusal in its language', () => {
    keepErrorCodes();
    const handler = transferHandlers.get('throw')!;
    const error = new ImportError('too wide', {
      code: 'tooManyColumns',
      params: { count: WIDTH, max: MAX_COLUMNS },
    });
    const [serialized] = handler.serialize({ value: error });
    let received: unknown;
    try {
      handler.deserialize(structuredClone(serialized));
    } catch (e) {
      received = e;
    }
    expect(received).toMatchObject({
      message: 'too wide',
      code: 'tooManyColumns',
      params: { count: WIDTH, max: MAX_COLUMNS },
    });
  });
});
