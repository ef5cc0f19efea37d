/** Day numbers ⇄ the yyyy-mm-dd text of a date input, and the RFM segments' display names. */
import { RFM_SEGMENTS } from '../../../core/index.ts';
import { t, type MessageKey } from '../../../ui/i18n/index.ts';

const DAY_MS = 86_400_000;

/** yyyy-mm-dd of a day number (days since 1970-01-01 UTC). */
export function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day number of a yyyy-mm-dd text, or null when it is not a date. */
export function dayFromIso(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

/** The UI name of the segment at `index` in RFM_SEGMENTS. */
export function segmentName(index: number): string {
  return t(`rfm.segment.${index}` as MessageKey);
}

/** The UI name of a segment the worker gives by its core (English) name; others unchanged. */
export function segmentLabel(name: string): string {
  const index = (RFM_SEGMENTS as readonly string[]).indexOf(name);
  return index >= 0 ? segmentName(index) : name;
}
