/**
 * The text and page count of a PDF printed by Chromium (Skia), read in the Playwright (Node)
 * process without a PDF library: objects are plain `N 0 obj … endobj` (no object streams),
 * content streams are Flate-compressed, and text is shown with `Tj`/`TJ` in Type0 fonts
 * (Identity-H, two-byte glyph codes) whose `/ToUnicode` CMaps give the characters. Enough for
 * checking that figures are in the document; not a general PDF reader.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/** Every indirect object: its dictionary text and its decoded stream, by object number. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const at = body.search(/\bstream\r?\n/);
    if (at < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
    } else {
      const dict = body.slice(0, at);
      const dataStart = start + at + (body.startsWith('stream\r\n', at) ? 8 : 7);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? -1);
      const stop = length >= 0 ? dataStart + length : text.indexOf('endstream', dataStart);
      const raw = pdf.subarray(dataStart, stop);
      const stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
      objects.set(Number(match[1]), { dict, stream });
    }
    header.lastIndex = end;
  }
  return objects;
}

/** UTF-16BE hex ("0041" → "A"). */
function utf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

/** A ToUnicode CMap: glyph code → characters. */
function readCmap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, block = ''] of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src = '', dst = ''] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(parseInt(src, 16), utf16(dst));
    }
  }
  const range = /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g;
  for (const [, block = ''] of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, a = '', b = '', dst = ''] of block.matchAll(range)) {
      const low = parseInt(a, 16);
      const high = parseInt(b, 16);
      if (dst.startsWith('[')) {
        [...dst.matchAll(/<([0-9A-Fa-f]+)>/g)].forEach(([, hex = ''], i) =>
          map.set(low + i, utf16(hex)),
        );
      } else {
        const base = dst.slice(1, -1);
        const head = utf16(base.slice(0, -4));
        const last = parseInt(base.slice(-4), 16);
        for (let code = low; code <= high; code++) {
          map.set(code, head + String.fromCharCode(last + code - low));
        }
      }
    }
  }
  return map;
}

/** The characters of a hex string shown in a font (two-byte codes). */
function decode(hex: string, cmap: Map<number, string> | undefined): string {
  const clean = hex.replace(/\s+/g, '');
  let out = '';
  for (let i = 0; i + 4 <= clean.length; i += 4) {
    out += cmap?.get(parseInt(clean.slice(i, i + 4), 16)) ?? '';
  }
  return out;
}

export interface PdfText {
  pages: number;
  /** The text of every content stream, runs separated by spaces. */
  text: string;
}

export function pdfText(pdf: Buffer): PdfText {
  const objects = readObjects(pdf);
  // Font resource names (/F4 …) → the font's CMap; Skia names a font the same on every page.
  const fonts = new Map<string, Map<number, string>>();
  let pages = 0;
  for (const { dict } of objects.values()) {
    if (/\/Type\s*\/Page(?![s\w])/.test(dict)) pages++;
    for (const [, body = ''] of dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const [, name = '', ref = ''] of body.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
        const font = objects.get(Number(ref));
        const unicode = /\/ToUnicode (\d+) 0 R/.exec(font?.dict ?? '')?.[1];
        const cmap = unicode ? objects.get(Number(unicode))?.stream : null;
        if (cmap) fonts.set(name, readCmap(cmap.toString('latin1')));
      }
    }
  }
  const runs: string[] = [];
  const ops = /\/([\w.+-]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>\s*Tj|\[([^\]]*)\]\s*TJ/g;
  for (const { dict, stream } of objects.values()) {
    if (!stream || /\/(Length1|Subtype\s*\/Image)/.test(dict)) continue;
    const content = stream.toString('latin1');
    if (!content.includes('BT')) continue;
    let cmap: Map<number, string> | undefined;
    for (const [, font, hex, array] of content.matchAll(ops)) {
      if (font !== undefined) cmap = fonts.get(font);
      else if (hex !== undefined) runs.push(decode(hex, cmap));
      else if (array !== undefined) {
        runs.push(
          [...array.matchAll(/<([0-9A-Fa-f\s]*)>/g)].map(([, h = '']) => decode(h, cmap)).join(''),
        );
      }
    }
  }
  return { pages, text: runs.join(' ') };
}
