// Takes screenshots of the built app's views in headless Chromium, for looking at what users see
// and for the README. Run `npm run build` first; writes to .reports/screens/ (and with --readme,
// docs/library.png and docs/annotate.png).
import { mkdir, readFile } from 'node:fs/promises';
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

// Compare on the sample collection, with suggestions counted, scrolled to the chart.
await page.goto(`${base}#/compare/collection/sample-syria-coast-2025-03`);
await page.locator('.compare-column').first().waitFor();
await page.getByLabel(/Count suggestions too/).check();
await page.locator('.read-only-text .suggestion').first().waitFor();
await page.locator('.figures-chart').scrollIntoViewIfNeeded();
await shot('compare', null, '.figures-chart');
if (readme) await page.screenshot({ path: 'docs/compare.png' });

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
// Class: a lesson made from two seeds, its key taken from the annotations above, five students'
// work (made here in the student's file format) and one file of another lesson imported; then
// the results, the heat map, one student over the text, and the student's side of the pack.
{
  await page.goto(`${base}#/class`);
  await page.getByLabel('Title').fill('One massacre, two outlets');
  await page
    .getByLabel('Instructions for students')
    .fill(
      'Mark every loaded word or phrase, and every claim that names no source.\nCompare how the two outlets tell the same events.',
    );
  await page.getByRole('checkbox', { name: /^Alawites and Christians Slaughtered/ }).check();
  await page.getByRole('checkbox', { name: /^Russia may work with US and Israel/ }).check();
  await page.getByRole('button', { name: 'Create lesson' }).click();
  await page.getByRole('heading', { level: 1, name: 'One massacre, two outlets' }).waitFor();
  await page.getByRole('button', { name: 'Use my current annotations as the key' }).click();
  await page.getByText(/^Key: \d+ annotations/).waitFor();
  const [packDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download lesson pack' }).click(),
  ]);
  const packText = await readFile(await packDownload.path(), 'utf8');
  const pack = JSON.parse(packText);
  const seed = pack.documents.find((d) => d.id === 'seed-000_da10e5d0690c0007');
  const mark = (phrase, tagId) => {
    const start = seed.text.indexOf(phrase);
    const end = start + phrase.length;
    return {
      id: crypto.randomUUID(),
      documentId: seed.id,
      tagIds: [tagId],
      target: {
        start,
        end,
        exact: phrase,
        prefix: seed.text.slice(Math.max(0, start - 32), start),
        suffix: seed.text.slice(end, end + 32),
      },
      note: '',
      fields: {},
      annotator: 'student',
      origin: 'manual',
      status: 'anchored',
      createdAt: '2025-03-12T09:00:00.000Z',
      updatedAt: '2025-03-12T09:00:00.000Z',
    };
  };
  const work = (student, marks, lesson = pack) =>
    JSON.stringify({
      format: 'slant-student-work',
      version: 1,
      lessonId: lesson.id,
      lessonTitle: lesson.title,
      student,
      exportedAt: '2025-03-12T10:00:00.000Z',
      documents: pack.documents.map(({ id, title, contentHash }) => ({ id, title, contentHash })),
      annotations: marks.map(([phrase, tag]) => mark(phrase, tag)),
    });
  const LL = 'loaded-language';
  const UC = 'unattributed-claim';
  const students = {
    'Ana Silva': [
      ['blood-curdling massacre', LL],
      ['staggering death toll', LL],
      ['Reports suggest that Israeli and Russian officials have met', UC],
    ],
    Ben: [
      ['blood-curdling', LL],
      ['Reports suggest', UC],
    ],
    'Chloé Martin': [
      ['blood-curdling massacre', LL],
      ['horrific massacre', LL],
      ['atrocities', LL],
    ],
    'Dev Patel': [
      ['A blood-curdling massacre of Alawites and Christians', UC],
      ['staggering death toll', LL],
    ],
    'Eli Cohen': [
      ['blood-curdling', LL],
      ['horrific', LL],
      ['sheer brutality', LL],
    ],
  };
  const files = Object.entries(students).map(([student, marks]) => ({
    name: `${student.split(' ')[0].toLowerCase()}.work.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(work(student, marks)),
  }));
  files.push({
    name: 'finn.work.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      work('Finn', [['horrific', LL]], { id: crypto.randomUUID(), title: 'Week 2: framing' }),
    ),
  });
  await page.getByLabel('Import students’ work…').setInputFiles(files);
  await page.getByRole('table', { name: 'Scores against the key' }).waitFor();
  await page
    .getByRole('region', { name: 'Over the text' })
    .getByLabel('Article')
    .selectOption(seed.id);
  await page.waitForTimeout(300);
  await page.screenshot({ path: '.reports/screens/class-teacher.png', fullPage: true });
  console.log('.reports/screens/class-teacher.png');
  await page.getByRole('table', { name: 'Scores against the key' }).scrollIntoViewIfNeeded();
  await shot('class-results', null, '.class-table');
  await page.getByRole('heading', { name: 'Over the text' }).evaluate((h) => h.scrollIntoView());
  await shot('class-heat-map', null, 'mark.heat');
  await page.getByRole('button', { name: 'Show Ben’s annotations over the text' }).click();
  await page.getByRole('heading', { name: 'Ben’s annotations' }).waitFor();
  await shot('class-student-overlay', null, '.text-columns');

  const student = await browser.newPage({ viewport: { width: 1360, height: 880 } });
  await student.goto(`${base}#/class`);
  await student.getByLabel('Open a lesson pack…').setInputFiles({
    name: 'one-massacre.lesson.json',
    mimeType: 'application/json',
    buffer: Buffer.from(packText),
  });
  await student.getByRole('heading', { level: 1, name: 'One massacre, two outlets' }).waitFor();
  await student.getByLabel('Your name').fill('Ana Silva');
  await student.waitForTimeout(300);
  await student.screenshot({ path: '.reports/screens/class-student.png', fullPage: true });
  console.log('.reports/screens/class-student.png');
  await student.goto(`${base}#/class`);
  await student.getByRole('heading', { name: 'Lessons' }).waitFor();
  await student.waitForTimeout(300);
  await student.screenshot({ path: '.reports/screens/class-list.png' });
  console.log('.reports/screens/class-list.png');
}
await browser.close();
await server.close();
