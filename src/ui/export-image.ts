/**
 * Exports a chart's SVG element as an SVG file or a PNG image ready for a slide: styles
 * inlined, framed with the chart's title, the data set and its period, the legend and notes
 * shown under the chart, and a source line ("Tenure · data set · date of export").
 */
import { download } from './csv.ts';
import { formatDay, formatTimestamp, t } from './i18n/index.ts';

/** The open data set, for the caption of exported charts (set by the app shell). */
interface ExportSource {
  dataset: string;
  firstDay: number | null;
  lastDay: number | null;
}
let source: ExportSource | null = null;

export function setExportSource(next: ExportSource | null): void {
  source = next;
}

/** What frames an exported chart besides the chart itself. */
export interface ExportFrame {
  title: string;
  /** Legend entries (colour swatch and name) shown with the chart on screen. */
  legend: { color: string; label: string }[];
  /** Notes shown under the chart on screen (what the lines and marks mean). */
  notes: string[];
}

/** The legend entries and notes a chart shows around its SVG, read from the page. */
export function frameOf(container: HTMLElement, title: string): ExportFrame {
  const legend: ExportFrame['legend'] = [];
  for (const item of container.querySelectorAll<HTMLElement>('.legend > *')) {
    const swatch = item.querySelector<HTMLElement>('i, .swatch, span:empty');
    const style = swatch ? getComputedStyle(swatch) : null;
    const color =
      style && style.backgroundColor !== 'rgba(0, 0, 0, 0)'
        ? style.backgroundColor
        : (style?.borderTopColor ?? '#1d2527');
    const label = item.innerText.trim();
    if (label) legend.push({ color, label });
  }
  const notes = [...container.querySelectorAll<HTMLElement>('p')]
    .filter((p) => !p.closest('.tooltip, svg'))
    .map((p) => p.innerText.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { title, legend, notes };
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Words into lines of at most `max` characters. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The caption lines: data set and period, and the source line. */
export function captionOf(now = Date.now()): { subtitle: string; source: string } {
  const dataset = source?.dataset ?? '';
  const period =
    source && source.firstDay !== null && source.lastDay !== null
      ? `${formatDay(source.firstDay)} – ${formatDay(source.lastDay)}`
      : '';
  return {
    subtitle: [dataset, period].filter(Boolean).join(' · '),
    source: t('chart.source', { dataset, date: formatTimestamp(now) }),
  };
}

/** The chart framed with title, subtitle, legend lines and source line, as SVG text. */
function framed(
  svg: SVGSVGElement,
  frame: ExportFrame,
): { text: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect();
  const w = Math.max(360, Math.ceil(width));
  const perLine = Math.max(30, Math.floor((w - 32) / 6.6));
  const caption = captionOf();
  const top = 16 + 22 + (caption.subtitle ? 20 : 0) + 8;
  // Legend entries flow in rows; notes wrap under them.
  const rows: { x: number; color: string; label: string }[][] = [[]];
  let x = 16;
  for (const entry of frame.legend) {
    const span = 18 + entry.label.length * 6.4 + 16;
    if (x + span > w - 16 && rows.at(-1)!.length > 0) {
      rows.push([]);
      x = 16;
    }
    rows.at(-1)!.push({ x, ...entry });
    x += span;
  }
  const legendRows = frame.legend.length > 0 ? rows : [];
  const notes = frame.notes.flatMap((l) => wrap(l, perLine));
  const bottom = 8 + legendRows.length * 18 + notes.length * 16 + 8 + 18;
  const total = Math.ceil(top + height + bottom);
  const text = (x: number, y: number, body: string, size: number, extra = '') =>
    `<text x="${x}" y="${y}" font-family='${FONT}' font-size="${size}" ${extra}>${escapeXml(body)}</text>`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${total}" viewBox="0 0 ${w} ${total}">`,
    `<rect width="${w}" height="${total}" fill="#ffffff"/>`,
    text(16, 34, frame.title, 18, 'font-weight="700" fill="#1d2527"'),
    caption.subtitle ? text(16, 56, caption.subtitle, 12, 'fill="#5d6a6e"') : '',
    `<g transform="translate(0 ${top})">${standalone(svg)}</g>`,
    ...legendRows.flatMap((row, r) =>
      row.map((e) => {
        const y = top + height + 8 + r * 18;
        return (
          `<rect x="${e.x}" y="${y + 2}" width="12" height="12" rx="2" fill="${escapeXml(e.color)}"/>` +
          text(e.x + 18, y + 12, e.label, 11, 'fill="#1d2527"')
        );
      }),
    ),
    ...notes.map((line, i) =>
      text(16, top + height + 8 + legendRows.length * 18 + 12 + i * 16, line, 11, 'fill="#5d6a6e"'),
    ),
    text(16, total - 10, caption.source, 10, 'fill="#5d6a6e"'),
    '</svg>',
  ];
  return { text: parts.join(''), width: w, height: total };
}

const STYLE_PROPERTIES = [
  'fill',
  'stroke',
  'stroke-width',
  'font-size',
  'font-family',
  'font-weight',
  'opacity',
  'text-anchor',
];

/** A standalone copy of an SVG with the computed styles that matter written inline. */
function standalone(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const source = svg.querySelectorAll('*');
  const target = copy.querySelectorAll('*');
  source.forEach((element, i) => {
    const style = getComputedStyle(element);
    const out = target[i] as SVGElement | undefined;
    if (!out) return;
    for (const property of STYLE_PROPERTIES)
      out.style.setProperty(property, style.getPropertyValue(property));
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(copy);
}

export function exportSvg(svg: SVGSVGElement, fileName: string, frame: ExportFrame): void {
  download(`${fileName}.svg`, framed(svg, frame).text, 'image/svg+xml');
}

/** Renders the framed SVG at twice its size onto a white canvas and downloads it as PNG. */
export async function exportPng(
  svg: SVGSVGElement,
  fileName: string,
  frame: ExportFrame,
): Promise<void> {
  const { text, width, height } = framed(svg, frame);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * 2);
    canvas.height = Math.ceil(height * 2);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the image.');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The image could not be created.');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${fileName}.png`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  } finally {
    URL.revokeObjectURL(url);
  }
}
