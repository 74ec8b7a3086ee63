// Takes screenshots of the built app's views in headless Chromium, for looking at what users see
// and for the README. Run `npm run build` first; writes to .reports/screens/ (and with --readme,
// docs/library.png).
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const server = await preview({ logLevel: 'warn', preview: { port: 4198, strictPort: false } });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
await mkdir('.reports/screens', { recursive: true });

const shots = [
  { name: 'library', hash: '#/', ready: 'table' },
  { name: 'reader', hash: '#/doc/seed-002_7858cea97ce4f018', ready: '[data-slate-editor]' },
  { name: 'settings', hash: '#/settings', ready: '.storage-facts, .settings-card p' },
  { name: 'not-found', hash: '#/doc/nope', ready: 'h1' },
];
for (const { name, hash, ready } of shots) {
  await page.goto(base + hash);
  await page.locator(ready).first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `.reports/screens/${name}.png` });
  console.log(`.reports/screens/${name}.png`);
}
if (process.argv.includes('--readme')) {
  await mkdir('docs', { recursive: true });
  await page.goto(base + '#/');
  await page.locator('table').waitFor();
  await page.screenshot({ path: 'docs/library.png' });
  console.log('docs/library.png');
}
await browser.close();
await server.close();
