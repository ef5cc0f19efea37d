/**
 * Cells as Excel means them: which styles show dates, serial day numbers in the 1900 and 1904
 * date systems, numbers written so that detection cannot misread them, and XML text.
 */

/** Built-in number formats that show a date or a time (ECMA-376 18.8.30, and CJK locales). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** True when a custom number format shows a date or time: d, m, y, h or s outside quotes. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '') // literal text
    .replace(/\\./g, '') // escaped characters
    .replace(/\[(?:\$[^\]]*|[a-z]+\d*|=?[<>=]+[^\]]*)\]/gi, '') // currency, colours, conditions
    .replace(/[_*]./g, ''); // padding
  if (/^general$/i.test(bare.trim())) return false;
  // Elapsed time ([h]:mm) keeps its brackets out of the above: a time too.
  return /[dmyhs]/i.test(bare.replace(/E[+-]/gi, ''));
}

/**
 * The cell styles (`s` attribute = index in cellXfs) whose number format shows a date or
 * time, from styles.xml.
 */
export function dateStyles(stylesXml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const id = attribute(m[1]!, 'numFmtId');
    const code = attribute(m[1]!, 'formatCode');
    if (id !== undefined && code !== undefined) custom.set(Number(id), unescapeXml(code));
  }
  const styles = new Set<number>();
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml);
  if (!xfs) return styles;
  let index = 0;
  for (const m of xfs[1]!.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) {
    const id = Number(attribute(m[1]!, 'numFmtId') ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : DATE_FORMAT_IDS.has(id)) styles.add(index);
    index++;
  }
  return styles;
}

/** An attribute's raw value in an element's attribute text. */
export function attribute(attributes: string, name: string): string | undefined {
  const at = attributes.indexOf(` ${name}=`);
  if (at === -1) {
    // Attributes may also be separated by tabs or newlines.
    const m = new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`).exec(attributes);
    return m?.[2];
  }
  const quote = attributes[at + name.length + 2];
  const start = at + name.length + 3;
  const end = attributes.indexOf(quote!, start);
  return end === -1 ? undefined : attributes.slice(start, end);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text → string: entities, character references and Excel's `_xHHHH_` escapes. */
export function unescapeXml(text: string): string {
  let out = text;
  if (out.indexOf('&') !== -1) {
    out = out.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      return ENTITIES[name] ?? whole;
    });
  }
  if (out.indexOf('_x') !== -1) {
    out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
  }
  return out;
}

/** Days from 1970-01-01 to the 1900 and 1904 systems' day 0. */
const EPOCH_1900 = -25569; // 1899-12-30, so that serial 61 is 1900-03-01
const EPOCH_1904 = -24107; // 1904-01-01

/**
 * The calendar date of a serial day number as `yyyy-mm-dd`: the date as written, whatever
 * the time of day. In the 1900 system serial 60 is Excel's 29 February 1900, a day that never
 * was: it comes back as the text "1900-02-29", which validation rejects as unreadable.
 */
export function serialToIso(serial: number, date1904: boolean): string {
  // The time of day is shown rounded to the millisecond: 23:59:59.9996 is the next day.
  const whole = Math.floor(serial + 0.5 / 86_400_000);
  if (!date1904 && whole === 60) return '1900-02-29';
  const day = (date1904 ? EPOCH_1904 : EPOCH_1900) + whole + (!date1904 && whole < 60 ? 1 : 0);
  const date = new Date(day * 86_400_000);
  const y = date.getUTCFullYear();
  if (!Number.isFinite(y) || y < 1 || y > 9999) return String(serial);
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(date.getUTCDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${mm}-${dd}`;
}

/**
 * A numeric cell's value as text the amount parser reads back exactly, with `.` as the
 * decimal point; three decimals get a fourth zero ("1.2340"), so they cannot pass for a
 * thousands group.
 */
export function numberText(raw: string): string {
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw.trim();
  let text = String(value);
  if (text.indexOf('e') !== -1) {
    if (Math.abs(value) >= 1e21 || Math.abs(value) < 1e-12) return text;
    text = value.toFixed(12).replace(/\.?0+$/, '');
  }
  const dot = text.indexOf('.');
  return dot !== -1 && text.length - dot - 1 === 3 ? `${text}0` : text;
}
