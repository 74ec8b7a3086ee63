// Renders public/icon.svg into the PNG icons the web app manifest lists, in headless Chromium.
// Run after changing the SVG: `node scripts/make-icons.mjs`; the PNGs are committed.
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await readFile(new URL('../public/icon.svg', import.meta.url), 'utf8');
const targets = [
  { file: 'icon-192.png', size: 192, padding: 0 },
  { file: 'icon-512.png', size: 512, padding: 0 },
  { file: 'apple-touch-icon.png', size: 180, padding: 0 },
  // Maskable icons keep their content inside the central 80% safe zone.
  { file: 'icon-512-maskable.png', size: 512, padding: 0.1, background: '#1f2a44' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const { file, size, padding, background = 'transparent' } of targets) {
  await page.setViewportSize({ width: size, height: size });
  const inset = Math.round(size * padding);
  await page.setContent(
    `<body style="margin:0;background:${background}"><div style="padding:${inset}px">` +
      svg.replace('<svg ', `<svg width="${size - 2 * inset}" height="${size - 2 * inset}" `) +
      '</div></body>',
  );
  const png = await page.screenshot({ omitBackground: background === 'transparent' });
  await writeFile(new URL(`../public/${file}`, import.meta.url), png);
  console.log(`wrote public/${file}`);
}
await browser.close();
