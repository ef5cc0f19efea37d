/** Exports a chart's SVG element as an SVG file or a PNG image, styles inlined. */
import { download } from './csv.ts';

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

export function exportSvg(svg: SVGSVGElement, fileName: string): void {
  download(`${fileName}.svg`, standalone(svg), 'image/svg+xml');
}

/** Renders the SVG at twice its size onto a white canvas and downloads it as PNG. */
export async function exportPng(svg: SVGSVGElement, fileName: string): Promise<void> {
  const { width, height } = svg.getBoundingClientRect();
  const url = URL.createObjectURL(new Blob([standalone(svg)], { type: 'image/svg+xml' }));
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
