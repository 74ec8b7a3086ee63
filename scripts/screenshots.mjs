// Takes screenshots of the built app's views in headless Chromium, for looking at what users see
// and for the README. Run `npm run build` first; writes to .reports/screens/ (and with --readme,
// docs/library.png and docs/annotate.png).
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
const page = await browser.newPage({ viewport: { width: 1360, height: 880 } });
await mkdir('.reports/screens', { recursive: true });
await mkdir('docs', { recursive: true });
const readme = process.argv.includes('--readme');

async function shot(name, hash, ready) {
  if (hash !== null) await page.goto(base + hash);
  await page.locator(ready).first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `.reports/screens/${name}.png` });
  console.log(`.reports/screens/${name}.png`);
}

/** Selects a phrase in the editor as a user's drag would, then presses a tag's key. */
async function tag(phrase, key) {
  await page.evaluate((phrase) => {
    const editor = document.querySelector('[data-slate-editor]');
    editor.focus();
    for (const p of editor.querySelectorAll('p')) {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const nodes = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.parentElement.closest('[data-slate-zero-width]')) nodes.push(n);
      }
      const at = nodes
        .map((n) => n.data)
        .join('')
        .indexOf(phrase);
      if (at < 0) continue;
      const locate = (offset, end) => {
        let seen = 0;
        for (const n of nodes) {
          if (offset < seen + n.data.length || (end && offset === seen + n.data.length))
            return [n, offset - seen];
          seen += n.data.length;
        }
      };
      const range = document.createRange();
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + phrase.length, true));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return;
    }
  }, phrase);
  await page.getByRole('toolbar', { name: /^Tag “/ }).waitFor();
  await page.waitForTimeout(150);
  await page.keyboard.press(key);
  await page.waitForTimeout(250);
}

await shot('library', '#/', 'table');
if (readme) await page.screenshot({ path: 'docs/library.png' });

await page.goto(`${base}#/doc/seed-000_da10e5d0690c0007`);
await page.getByRole('button', { name: 'Stay anonymous' }).click();
await tag('A blood-curdling massacre of Alawites and Christians', '2');
await tag('blood-curdling', '1');
await tag('horrific massacre', '1');
await tag('Reports suggest that Israeli and Russian officials have met', '2');
await tag('staggering death toll', '1');
await page.getByRole('button', { name: /Reports suggest/ }).click();
const details = page.getByRole('region', { name: 'Annotation', exact: true });
await details
  .getByLabel('Who should be cited?')
  .fill('the officials, or the outlet that reported the meeting');
await details
  .getByLabel('Note')
  .fill('Which reports? A named source would let a reader check this.');
await page.locator('.document-editor').click({ position: { x: 5, y: 5 } });
await page.locator('.highlight', { hasText: 'blood-curdling' }).first().hover();
await shot('annotate', null, '[role="tooltip"]');
if (readme) await page.screenshot({ path: 'docs/annotate.png' });

// Suggestions on a seed that has no annotations yet, with the card for the one under the caret.
await page.goto(`${base}#/doc/seed-001_009b48cc48a6c3a5`);
await page.getByLabel('Show suggestions').check();
await page.locator('.suggestion').first().waitFor();
await page.locator('.suggestion').nth(2).click();
await page.locator('.suggestion-card').waitFor();
await shot('suggestions', null, '.suggestion-card');

await shot('settings', '#/settings', '.tag-row');
await shot('outlets', '#/outlets', 'table');
await shot('outlet', '#/outlets/outlet-southfront', '.outlet-form');
await shot('collections', '#/collections', '.collection-card');
await page.goto(`${base}#/import`);
await page
  .getByLabel('Choose files…')
  .setInputFiles([
    'tests/fixtures/import/news-article.html',
    'tests/fixtures/import/binary-renamed.txt',
  ]);
await shot('import', null, '.import-draft');
await shot('not-found', '#/doc/nope', 'h1');
await browser.close();
await server.close();
