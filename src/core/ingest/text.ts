/**
 * Text fields as they are stored: without the invisible characters that let two ids look
 * the same or turn a name around (bidirectional controls, zero-width characters), and no
 * longer than a screen can hold. Every change is counted, so the import can say so.
 */

/** Names (customer names, segments, plans, file names) are cut after this many characters. */
export const MAX_NAME_LENGTH = 256;
/** Other text attributes (product, channel, order id) are cut after this many characters. */
export const MAX_ATTRIBUTE_LENGTH = 512;

// U+200B–U+200D zero-width space/joiners, U+2060 word joiner, U+FEFF zero-width no-break
// space, U+200E/U+200F/U+061C directional marks, U+202A–U+202E embeddings and overrides,
// U+2066–U+2069 isolates.
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u061C\u202A-\u202E\u2066-\u2069]/g;
const HAS_INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u061C\u202A-\u202E\u2066-\u2069]/;

/** What cleaning did to one value. */
export interface CleanedText {
  text: string;
  /** Invisible characters were removed. */
  removed: boolean;
  /** The text was cut to the maximum length. */
  truncated: boolean;
}

/** The value without invisible characters, cut to `max` characters (a code point is never split). */
export function cleanText(value: string, max: number): CleanedText {
  const removed = HAS_INVISIBLE.test(value);
  let text = removed ? value.replace(INVISIBLE, '') : value;
  const truncated = text.length > max;
  if (truncated) {
    // Do not leave half a surrogate pair at the cut.
    const code = text.charCodeAt(max - 1);
    text = text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
  }
  return { text, removed, truncated };
}

/** The value without invisible characters (ids: their length is checked, not cut). */
export function withoutInvisible(value: string): string {
  return HAS_INVISIBLE.test(value) ? value.replace(INVISIBLE, '') : value;
}
