/**
 * Writes small but valid .xlsx workbooks for tests, so that what a workbook holds is known:
 * a ZIP with stored or deflated entries, a workbook part, styles with date formats, shared
 * or inline strings. Node only (zlib).
 */
import { deflateRawSync } from 'node:zlib';

/** A cell: text (shared string), number, boolean, empty, or a typed cell. */
export type XCell =
  | string
  | number
  | boolean
  | null
  | { date: string; time?: string; style?: number }
  | { serial: number; style?: number }
  | { error: string }
  | { inline: string }
  | { formulaString: string };

export interface XSheet {
  name: string;
  rows: XCell[][];
  hidden?: boolean;
  /** Sheet row number of rows[0] (default 1). */
  firstRow?: number;
  /** Markup before <sheetData> (e.g. <cols> with hidden columns). */
  before?: string;
  /** Markup after </sheetData> (e.g. <mergeCells>). */
  after?: string;
  /** Empty but formatted rows and cells after the data, as Excel keeps them. */
  formattedTail?: boolean;
}

export interface XBook {
  sheets: XSheet[];
  date1904?: boolean;
  deflate?: boolean;
  /** Text cells as inline strings instead of the shared-string table. */
  inline?: boolean;
  /** Prefix every element of the sheets with this namespace prefix ("x:"). */
  prefix?: string;
}

/**
 * Styles (index in cellXfs): 0 General, 1 built-in date 14, 2 custom "dd.mm.yyyy hh:mm",
 * 3 number "#,##0.00", 4 built-in time 20 (h:mm), 5 custom '0.0 "d"' (not a date).
 */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd.mm.yyyy\\ hh:mm"/><numFmt numFmtId="165" formatCode="0.0&quot; d&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" xfId="0"/><xf numFmtId="20" xfId="0"/><xf numFmtId="165" xfId="0"/></cellXfs>
</styleSheet>`;

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Excel serial of a date (and time) in the 1900 or 1904 system. */
export function serialOf(date: string, time = '', date1904 = false): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const days = Date.UTC(y, m - 1, d) / 86_400_000;
  let serial = date1904 ? days + 24107 : days + 25569;
  if (!date1904 && serial < 61) serial -= 1;
  if (time) {
    const [h, min, s = 0] = time.split(':').map(Number) as [number, number, number?];
    serial += (h * 3600 + min * 60 + s) / 86_400;
  }
  return serial;
}

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The parts of a workbook, by path. */
export function workbookParts(book: XBook): Map<string, string> {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const p = book.prefix ?? '';
  const cellXml = (cell: XCell, ref: string): string => {
    if (cell === null) return '';
    if (typeof cell === 'number') return `<${p}c r="${ref}"><${p}v>${cell}</${p}v></${p}c>`;
    if (typeof cell === 'boolean')
      return `<${p}c r="${ref}" t="b"><${p}v>${cell ? 1 : 0}</${p}v></${p}c>`;
    if (typeof cell === 'string') {
      if (book.inline)
        return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${escape(cell)}</${p}t></${p}is></${p}c>`;
      let i = index.get(cell);
      if (i === undefined) index.set(cell, (i = strings.push(cell) - 1));
      return `<${p}c r="${ref}" t="s"><${p}v>${i}</${p}v></${p}c>`;
    }
    if ('date' in cell) {
      const style = cell.style ?? (cell.time ? 2 : 1);
      const serial = serialOf(cell.date, cell.time, book.date1904);
      return `<${p}c r="${ref}" s="${style}"><${p}v>${serial}</${p}v></${p}c>`;
    }
    if ('serial' in cell)
      return `<${p}c r="${ref}" s="${cell.style ?? 1}"><${p}v>${cell.serial}</${p}v></${p}c>`;
    if ('error' in cell)
      return `<${p}c r="${ref}" t="e"><${p}f>VLOOKUP(A1,X:Y,2,0)</${p}f><${p}v>${escape(cell.error)}</${p}v></${p}c>`;
    if ('inline' in cell)
      return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}r><${p}t xml:space="preserve">${escape(cell.inline.slice(0, 2))}</${p}t></${p}r><${p}r><${p}t>${escape(cell.inline.slice(2))}</${p}t></${p}r></${p}is></${p}c>`;
    return `<${p}c r="${ref}" t="str"><${p}f>A1&amp;""</${p}f><${p}v>${escape(cell.formulaString)}</${p}v></${p}c>`;
  };
  const parts = new Map<string, string>();
  book.sheets.forEach((sheet, s) => {
    const first = sheet.firstRow ?? 1;
    const rows = sheet.rows.map((cells, i) => {
      const r = first + i;
      if (cells.length === 0) return '';
      const body = cells.map((cell, c) => cellXml(cell, `${columnName(c)}${r}`)).join('');
      return `<${p}row r="${r}" spans="1:${cells.length}">${body}</${p}row>`;
    });
    if (sheet.formattedTail) {
      const last = first + sheet.rows.length;
      rows.push(
        `<${p}row r="${last}" s="3" customFormat="1"><${p}c r="A${last}" s="3"/><${p}c r="H${last}" s="1"/></${p}row>`,
      );
      rows.push(`<${p}row r="${last + 5}" ht="20" customHeight="1"/>`);
    }
    const ns = p ? `xmlns:${p.slice(0, -1)}` : 'xmlns';
    parts.set(
      `xl/worksheets/sheet${s + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}dimension ref="A1"/>${sheet.before ?? ''}<${p}sheetData>${rows.join('')}</${p}sheetData>${sheet.after ?? ''}</${p}worksheet>`,
    );
  });
  const sheetList = book.sheets
    .map(
      (sheet, s) =>
        `<sheet name="${escape(sheet.name)}" sheetId="${s + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${s + 1}"/>`,
    )
    .join('');
  parts.set(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  parts.set(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  parts.set(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${book.date1904 ? ' date1904="1"' : ''}/><sheets>${sheetList}</sheets></workbook>`,
  );
  const n = book.sheets.length;
  const rels = book.sheets
    .map(
      (_, s) =>
        `<Relationship Id="rId${s + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${s + 1}.xml"/>`,
    )
    .join('');
  parts.set(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  parts.set('xl/styles.xml', STYLES);
  parts.set(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('')}</sst>`,
  );
  return parts;
}

/** A whole .xlsx file. */
export function buildXlsx(book: XBook): Uint8Array<ArrayBuffer> {
  const entries = [...workbookParts(book)].map(([name, text]) => ({ name, data: text }));
  return zipFile(entries, book.deflate ?? true);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A ZIP archive of the entries, stored or deflated; `flags` set on every entry, and sizes
 * declared in the central directory as `declared` says (a zip bomb lies about them).
 */
export function zipFile(
  entries: { name: string; data: string | Uint8Array }[],
  deflate = true,
  flags = 0,
  declared: (size: number) => number = (size) => size,
): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const raw = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    const body = deflate ? new Uint8Array(deflateRawSync(raw)) : raw;
    const nameBytes = new TextEncoder().encode(name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, deflate ? 8 : 0, true);
    local.setUint32(14, crc32(raw), true);
    local.setUint32(18, body.length, true);
    local.setUint32(22, raw.length, true);
    local.setUint16(26, nameBytes.length, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(8, flags, true);
    dir.setUint16(10, deflate ? 8 : 0, true);
    dir.setUint32(16, crc32(raw), true);
    dir.setUint32(20, body.length, true);
    dir.setUint32(24, declared(raw.length), true);
    dir.setUint16(28, nameBytes.length, true);
    dir.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), nameBytes, body);
    central.push(new Uint8Array(dir.buffer), nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, dirSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
