/**
 * Renders the PNG app icons from public/icon.svg in Chromium (the same browser the tests use):
 * icon-192.png and icon-512.png (the icon as drawn, rounded corners transparent) and
 * icon-maskable-512.png (full-bleed background, the glyph inside the 80 % safe zone, so a
 * launcher's circle or squircle mask never cuts it). Run: npx tsx scripts/make-icons.ts
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const BACKGROUND = '#1f4e5f';
const svg = readFileSync('public/icon.svg', 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** A page holding just the icon at `size` px; `maskable` pads it onto a full background. */
function page(size: number, maskable: boolean): string {
  // The maskable safe zone is a centred circle with a radius of 40 % of the size. The tile is
  // drawn at 80 %, so the bars (at most 18/64 of the tile from its centre on either axis)
  // stay within 32 % of the centre, inside the circle. The background fills the whole canvas,
  // so the tile's rounded corners disappear into it.
  const inner = maskable ? Math.round(size * 0.8) : size;
  const background = maskable ? BACKGROUND : 'transparent';
  return `<!doctype html><html><head><style>
    html, body { margin: 0; padding: 0; background: ${background}; }
    body { width: ${size}px; height: ${size}px; display: grid; place-items: center; }
    img { width: ${inner}px; height: ${inner}px; display: block; }
  </style></head><body><img src="${dataUrl}" alt=""></body></html>`;
}

const targets = [
  { file: 'public/icon-192.png', size: 192, maskable: false },
  { file: 'public/icon-512.png', size: 512, maskable: false },
  { file: 'public/icon-maskable-512.png', size: 512, maskable: true },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const { file, size, maskable } of targets) {
    const tab = await browser.newPage({ viewport: { width: size, height: size } });
    await tab.setContent(page(size, maskable));
    await tab.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await tab.screenshot({ path: file, omitBackground: !maskable });
    await tab.close();
    console.log(`${file} (${size}×${size}${maskable ? ', maskable' : ''})`);
  }
} finally {
  await browser.close();
}
