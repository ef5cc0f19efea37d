/**
 * Which text encoding a file's bytes are in, and a streaming decoder for it.
 *
 * Byte order marks decide first; then strict UTF-8 validation; otherwise one of the
 * Windows code pages that exports from Russian, Bulgarian, Romanian and Western European
 * desktop software use, chosen by which reading gives plausible words.
 */
import type { EncodingName } from './types.ts';

export interface EncodingGuess {
  encoding: EncodingName;
  /** Bytes of byte order mark at the start of the sample (0 when none). */
  bomLength: number;
  note: string;
}

/** Guesses the encoding of the first bytes of a file. */
export function detectEncoding(sample: Uint8Array): EncodingGuess {
  const [b0, b1, b2] = sample;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { encoding: 'utf-8', bomLength: 3, note: 'UTF-8 with a byte order mark' };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { encoding: 'utf-16le', bomLength: 2, note: 'UTF-16 little-endian byte order mark' };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { encoding: 'utf-16be', bomLength: 2, note: 'UTF-16 big-endian byte order mark' };
  }
  const utf16 = utf16WithoutBom(sample);
  if (utf16)
    return { encoding: utf16, bomLength: 0, note: 'UTF-16 text without a byte order mark' };
  const validity = utf8Validity(sample);
  if (validity === 'ascii') {
    return { encoding: 'utf-8', bomLength: 0, note: 'Plain ASCII text; read as UTF-8' };
  }
  if (validity === 'utf-8') {
    return { encoding: 'utf-8', bomLength: 0, note: 'Valid UTF-8 text' };
  }
  return guessCodePage(sample);
}

/** A decoder that keeps a character split across chunks for the next call and drops a BOM. */
export function createDecoder(encoding: EncodingName): {
  decode(chunk: Uint8Array, final: boolean): string;
} {
  const decoder = new TextDecoder(encoding);
  return {
    decode: (chunk, final) => decoder.decode(chunk, { stream: !final }),
  };
}

/** Decodes a whole (or partial, when `final` is false) sample in one go. */
export function decodeSample(sample: Uint8Array, encoding: EncodingName, final: boolean): string {
  return createDecoder(encoding).decode(sample, final);
}

/** Text in UTF-16 has a NUL in every other byte when it is mostly ASCII. */
function utf16WithoutBom(sample: Uint8Array): EncodingName | undefined {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Strict UTF-8 check (no overlong forms, surrogates or code points above U+10FFFF). A
 * sequence cut by the end of the sample is accepted: the sample may end mid-character.
 */
export function utf8Validity(bytes: Uint8Array): 'ascii' | 'utf-8' | 'invalid' {
  let ascii = true;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    ascii = false;
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return 'invalid';
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return 'utf-8';
      const c = bytes[i + k]!;
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return 'invalid';
    }
    i += need + 1;
  }
  return ascii ? 'ascii' : 'utf-8';
}

// Letters that windows-1250 has and windows-1252 does not (Romanian, Polish, Czech,
// Hungarian…), and common Western letters that windows-1250 lacks.
const CENTRAL = new Set('ăĂşŞţŢșȘțȚąĄćĆęĘłŁńŃśŚźŹżŻčČďĎěĚňŇřŘťŤůŮőŐűŰĺĹľĽŕŔ');
const WESTERN = new Set('àÀèÈìÌòÒùÙçÇñÑãÃõÕøØåÅæÆœŒêÊëËïÏûÛÿ');

/** Picks windows-1251, 1250 or 1252 for bytes that are not UTF-8. */
function guessCodePage(sample: Uint8Array): EncodingGuess {
  // Cyrillic words are runs of high bytes; Latin words only sprinkle them between ASCII.
  let high = 0;
  let inRuns = 0;
  let run = 0;
  for (let i = 0; i <= sample.length; i++) {
    const b = i < sample.length ? sample[i]! : 0;
    if (b >= 0xc0) {
      run++;
      high++;
    } else {
      if (run >= 3) inRuns += run;
      run = 0;
    }
  }
  if (high > 0 && inRuns / high > 0.5) {
    return {
      encoding: 'windows-1251',
      bomLength: 0,
      note: 'Not valid UTF-8; Cyrillic letters decode as windows-1251',
    };
  }
  const central = countIn(new TextDecoder('windows-1250').decode(sample), CENTRAL);
  const western = countIn(new TextDecoder('windows-1252').decode(sample), WESTERN);
  if (central > western) {
    return {
      encoding: 'windows-1250',
      bomLength: 0,
      note: 'Not valid UTF-8; Central European letters (ă, ş, ţ…) decode as windows-1250',
    };
  }
  return {
    encoding: 'windows-1252',
    bomLength: 0,
    note: 'Not valid UTF-8; Western European letters decode as windows-1252',
  };
}

function countIn(text: string, letters: Set<string>): number {
  let count = 0;
  for (const ch of text) if (letters.has(ch)) count++;
  return count;
}

/** A character that is neither ASCII nor U+FFFD: text the chosen encoding really decoded. */
const DECODED_NON_ASCII = /[\u0080-\uFFFC\uFFFE\uFFFF]/;
/** Bytes kept from the slices with undecodable bytes, to guess their code page. */
const KEEP_INVALID = 256 << 10;

/**
 * Watches a file being read in UTF-8 for bytes that are not UTF-8. When the file is ASCII
 * wherever it is valid (so every byte read so far means the same in a code page) and has
 * invalid bytes after the sample, the whole file is in a code page: `redecide` names it, and
 * the file is read again in it. A file with real UTF-8 letters and invalid bytes mixes
 * encodings; nothing is redecided and the invalid rows are rejected.
 */
export class EncodingCheck {
  #decodedNonAscii = false;
  #invalid: Uint8Array[] = [];
  #kept = 0;

  constructor(readonly encoding: EncodingName) {}

  /** One slice of bytes and its text as the decoder gave it. */
  observe(bytes: Uint8Array, text: string): void {
    if (this.encoding !== 'utf-8') return;
    if (!this.#decodedNonAscii && DECODED_NON_ASCII.test(text)) this.#decodedNonAscii = true;
    if (this.#kept < KEEP_INVALID && text.indexOf('\uFFFD') !== -1) {
      // Where UTF-8 is contradicted the first high byte is an invalid one (else: no redecision).
      let from = 0;
      while (from < bytes.length && bytes[from]! < 0x80) from++;
      const part = bytes.slice(from, from + KEEP_INVALID - this.#kept);
      this.#invalid.push(part);
      this.#kept += part.length;
    }
  }

  /** The code page the whole file is in, when UTF-8 is contradicted; otherwise undefined. */
  redecide(): EncodingGuess | undefined {
    if (this.#invalid.length === 0 || this.#decodedNonAscii) return undefined;
    const bytes = new Uint8Array(this.#kept);
    let at = 0;
    for (const part of this.#invalid) at += (bytes.set(part, at), part.length);
    return guessCodePage(bytes);
  }
}
