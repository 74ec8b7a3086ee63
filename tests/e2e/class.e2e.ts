import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/analysis/text/tokenize';
import { describe as describeRange } from '../../src/domain/anchoring';
import type { Annotation, Lesson, SlantDocument } from '../../src/domain/types';
import {
  lessonFromPack,
  parseLessonPack,
  toStudentWork,
  type LessonPack,
} from '../../src/io/class';
import { editorReadyAnonymously, freshAppForEachTest, openApp } from './browser';
import { selectPhrase } from './text-selection';

/**
 * The Class feature end to end, in real Chromium: a teacher makes a lesson from two seeds,
 * annotates a key, hands out the pack; one student opens it in a browser of their own, annotates
 * and downloads their work; a second student's file (and some bad ones) are made here with the
 * same serializer the app uses. The teacher imports them all at once, and the figures in the
 * table are checked against values worked out by hand below.
 */
const app = freshAppForEachTest({
  hash: '#/class',
  ready: (page) => page.getByRole('heading', { level: 1, name: 'Class' }).waitFor(),
});

const SEED_000 = 'seed-000_da10e5d0690c0007';
const SEED_002 = 'seed-002_7858cea97ce4f018';
const TITLE = 'One massacre, two outlets';
// The key: two loaded-language passages of seed 000.
const KEY = ['blood-curdling massacre', 'staggering death toll'];

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = join(await folder, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** Opens an article from the lesson, tags each phrase by key, and comes back to the lesson. */
async function annotate(page: Page, phrases: readonly string[], key: string) {
  await page.getByRole('link', { name: /^Alawites and Christians Slaughtered/ }).click();
  // The name was asked (and left anonymous) when practising, once per browser.
  await editorReady(page);
  for (const phrase of phrases) {
    await selectPhrase(page, phrase);
    await page.keyboard.press(key);
  }
  await expect
    .poll(() => page.locator('[data-slate-editor] .highlight').allTextContents())
    .toEqual(phrases);
  await page.goBack();
}

// Practice on seed 000 before the lesson, by the teacher and by a student: never in the lesson.
const PRACTICE = 'horrific';

/** Annotates `PRACTICE` in seed 000 outside any lesson (the user's own layer), then goes to Class. */
async function practise(page: Page) {
  await page.evaluate((id) => (location.hash = `#/doc/${encodeURIComponent(id)}`), SEED_000);
  await editorReadyAnonymously(page);
  await selectPhrase(page, PRACTICE);
  await page.keyboard.press('1');
  await expect
    .poll(() => page.locator('[data-slate-editor] .highlight').allTextContents())
    .toEqual([PRACTICE]);
  await page.evaluate(() => (location.hash = '#/class'));
  await page.getByRole('heading', { level: 1, name: 'Class' }).waitFor();
}

const editorReady = (page: Page) => page.locator('[data-slate-editor="true"]').waitFor();

/** An annotation on the first `quote` in `document`, as the editor makes it. */
function mark(document: SlantDocument, quote: string, tagId: string): Annotation {
  const start = document.text.indexOf(quote);
  if (start < 0) throw new Error(`“${quote}” is not in ${document.id}`);
  return {
    id: crypto.randomUUID(),
    layerId: 'layer-mine',
    documentId: document.id,
    tagIds: [tagId],
    target: describeRange(document.text, start, start + quote.length),
    note: '',
    fields: {},
    annotator: 'Ben',
    origin: 'manual',
    status: 'anchored',
    createdAt: '2025-03-12T09:00:00.000Z',
    updatedAt: '2025-03-12T09:00:00.000Z',
  };
}

/** A folder of this run's files, so each keeps the name the file input reports. */
const folder = mkdtemp(join(tmpdir(), 'slant-class-'));

async function writeWork(name: string, text: string): Promise<string> {
  const path = join(await folder, name);
  await writeFile(path, text);
  return path;
}

const cells = (row: Locator) => row.locator('td').allTextContents();

describe('Class', () => {
  it('makes a lesson, collects two students’ work and scores it as worked out by hand', async () => {
    const { page } = app;

    // The teacher practised on seed 000, then makes the lesson from two seeds, with the default
    // tags (all chosen at first).
    await practise(page);
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Instructions for students').fill('Mark the loaded words.');
    await page.getByRole('checkbox', { name: /^Alawites and Christians Slaughtered/ }).check();
    await page.getByRole('checkbox', { name: /^Russia may work with US and Israel/ }).check();
    for (const tag of ['Loaded language', 'Unattributed claim', 'Outlet affiliation'])
      expect(await page.getByRole('checkbox', { name: tag }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Create lesson' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const lessonId = decodeURIComponent(page.url().split('#/class/')[1]!);

    // The key: its own layer, annotated in the editor from the lesson's article link; the
    // practice annotation on the same article is not in it.
    await annotate(page, KEY, '1');
    await page.getByText(/^Key: 2 annotations, last changed /).waitFor();

    // The pack for students: the key stays out unless asked for.
    expect(await page.getByLabel('Include the answer key').isChecked()).toBe(false);
    const packPath = await download(page, 'Download lesson pack');
    const parsed = parseLessonPack(await readFile(packPath, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const pack: LessonPack = parsed.pack;
    expect(pack.key).toBeUndefined();
    expect(pack.documents.map((d) => d.id).sort()).toEqual([SEED_000, SEED_002]);

    // Student A opens the pack in a browser of their own, marks exactly the key, hands it in.
    const student = await app.browser.newContext({ acceptDownloads: true });
    const { page: ana } = await openApp(student, '#/class');
    await practise(ana);
    await ana.getByLabel('Open a lesson pack…').setInputFiles(packPath);
    await ana.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await ana.getByText('Opened from a lesson pack').waitFor();
    expect(await ana.getByRole('heading', { name: 'Answer key' }).count()).toBe(0);
    await annotate(ana, KEY, '1');
    await ana.getByLabel('Your name').fill('Ana Silva');
    const anaPath = await download(ana, 'Download my work');
    await student.close();
    // Her work is the lesson's layer only: the practice annotation is not in the file.
    const anaWork = JSON.parse(await readFile(anaPath, 'utf8')) as { annotations: Annotation[] };
    expect(anaWork.annotations.map((a) => a.target.exact).sort()).toEqual([...KEY].sort());

    // Student B, made here: "blood-curdling" (inside the key's first passage) as loaded
    // language, and "Reports suggest" as an unattributed claim, which the key does not have.
    const lesson: Lesson = lessonFromPack(pack, 'student').lesson;
    const seed000 = pack.documents.find((d) => d.id === SEED_000)!;
    const ben = [
      mark(seed000, 'blood-curdling', 'loaded-language'),
      mark(seed000, 'Reports suggest', 'unattributed-claim'),
    ];
    const work = (l: Lesson, name: string, marks: Annotation[]) =>
      toStudentWork(l, name, pack.documents, marks, new Date('2025-03-12T10:00:00.000Z'));
    const other: Lesson = { ...lesson, id: crypto.randomUUID(), title: 'Another lesson' };
    const tampered = JSON.parse(
      work(lesson, 'Eve', [mark(seed000, 'horrific', 'loaded-language')]),
    );
    tampered.annotations[0].target.start += 1;
    tampered.annotations[0].target.end += 1;
    const files = [
      anaPath,
      await writeWork('ben.work.json', work(lesson, 'Ben', ben)),
      await writeWork('cleo.work.json', work(other, 'Cleo', ben)),
      await writeWork('dan.work.json', work(lesson, 'Dan', [])),
      await writeWork('eve.work.json', JSON.stringify(tampered)),
    ];

    // The teacher imports all five at once: two come in, each bad one is named.
    await page.getByLabel('Import students’ work…').setInputFiles(files);
    const report = page.getByRole('region', { name: 'What the import did' });
    await report.getByText('2 files imported, 3 files refused.').waitFor();
    const refused = await report
      .getByRole('list', { name: 'Refused' })
      .getByRole('listitem')
      .allTextContents();
    expect(refused).toHaveLength(3);
    expect(refused[0]).toBe(
      `“cleo.work.json” is work for the lesson “Another lesson”, not for “${TITLE}”.`,
    );
    expect(refused[1]).toMatch(/^“dan\.work\.json” has no annotations: “Dan” exported/);
    expect(refused[2]).toMatch(/^“eve\.work\.json” was changed after it was exported/);

    // The scores. Key spans (loaded language, seed 000): K1 "blood-curdling massacre" (23
    // characters) and K2 "staggering death toll" (21). A span earns |overlap| / |its length|
    // for precision and |overlap| / |key span's length| for recall (SemEval-2020 Task 11).
    // Ana marked K1 and K2 exactly: every figure of loaded language and overall is 100%; she
    // used no other tag, and neither did the key, so those have no figure (—).
    // Ben, loaded language: one span "blood-curdling" (14 characters, inside K1).
    //   P = 14/14 / 1 = 100%; R = (14/23 + 0/21) / 2 = 7/23 = 30.4% -> 30%;
    //   F1 = 2 · 1 · 7/23 / (1 + 7/23) = 14/30 = 46.7% -> 47%.
    // Ben, unattributed claim: one span, no key span: P = 0/1 = 0%, R has no figure, F1 = 0%.
    // Ben, overall (sums pooled over tags): P = (1 + 0) / 2 = 50%; R = (14/23) / 2 = 30%;
    //   F1 = 2 · 0.5 · 7/23 / (0.5 + 7/23) = 14/37 = 37.8% -> 38%.
    const table = page.getByRole('table', { name: 'Scores against the key' });
    const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
    //         loaded language        unattributed claim  outlet affiliation  overall   not found
    expect(await cells(row('Ana Silva'))).toEqual([
      ...['100%', '100%', '100%'],
      ...['—', '—', '—'],
      ...['—', '—', '—'],
      ...['100%', '100%', '100%'],
      '0',
      'Show',
    ]);
    expect(await cells(row('Ben'))).toEqual([
      ...['100%', '30%', '47%'],
      ...['0%', '—', '0%'],
      ...['—', '—', '—'],
      ...['50%', '30%', '38%'],
      '0',
      'Show',
    ]);

    // Class agreement between the two students, word by word, over the N word tokens of both
    // articles. Loaded language: Ana marks 5 words (blood-curdling, massacre, staggering, death,
    // toll), Ben 1 of them. With two raters, n = 2N values, n(marked) = 6, and each of the 4
    // words only one marked adds 2 to the observed disagreement, so
    //   alpha = 1 - (n - 1) · 8 / (2 · 6 · (n - 6)).
    // Fleiss: P̄ = (N - 4) / N, p(marked) = 6 / 2N, P_e = p² + (1 - p)², kappa = (P̄ - P_e) / (1 - P_e).
    // Unattributed claim: Ben alone marks k = 2 words ("Reports", "suggest"):
    //   alpha = 1 - (n - 1) · 2k / (2 · k · (n - k)) = 1 - (n - 1) / (n - 2).
    // Outlet affiliation: no one marked anything, so there is no variation: no figure.
    // All tags: 3N units, n = 6N, n(marked) = 8, 6 disagreeing units:
    //   alpha = 1 - (n - 1) · 12 / (2 · 8 · (n - 8)).
    const N = pack.documents.reduce((sum, d) => sum + tokenize(d.text).length, 0);
    const two = (x: number) => (Math.abs(x) < 0.005 ? 0 : x).toFixed(2);
    const n = 2 * N;
    const pMarked = 6 / n;
    const chance = pMarked ** 2 + (1 - pMarked) ** 2;
    const expected = {
      loaded: two(1 - ((n - 1) * 8) / (2 * 6 * (n - 6))),
      loadedKappa: two(((N - 4) / N - chance) / (1 - chance)),
      claim: two(1 - (n - 1) / (n - 2)),
      all: two(1 - ((6 * N - 1) * 12) / (2 * 8 * (6 * N - 8))),
    };
    const agreement = page.getByRole('table', { name: 'Class agreement' });
    const figures = async (tag: string) =>
      cells(agreement.getByRole('row', { name: new RegExp(`^${tag}`) }));
    expect(await figures('Loaded language')).toEqual([expected.loaded, expected.loadedKappa]);
    expect((await figures('Unattributed claim'))[0]).toBe(expected.claim);
    expect((await figures('Outlet affiliation'))[0]).toMatch(/^— \(every student gave/);
    expect((await figures('All tags'))[0]).toBe(expected.all);

    // The heat map of seed 000: "blood-curdling" marked by both, the rest of the marks by one.
    const text = page.getByRole('region', { name: 'Over the text' });
    await text.getByLabel('Article').selectOption(SEED_000);
    const heat = (count: number) =>
      text
        .locator(`mark.heat[data-count="${count}"]`)
        .evaluateAll((marks) => marks.map((m) => m.firstChild?.textContent));
    expect(await heat(2)).toEqual(['blood-curdling']);
    expect(await heat(1)).toEqual(
      [' massacre', 'staggering death toll', 'Reports suggest'].sort(byPlace(seed000)),
    );
    await text.getByLabel('Tag').selectOption({ label: 'Unattributed claim' });
    expect(await heat(1)).toEqual(['Reports suggest']);
    expect(await heat(2)).toEqual([]);
    await text.getByLabel('Tag').selectOption({ label: 'All tags' });

    // Ben's own annotations over the text, beside the key.
    await table.getByRole('button', { name: 'Show Ben’s annotations over the text' }).click();
    await text.getByRole('heading', { name: 'Ben’s annotations' }).waitFor();
    const column = (n: 1 | 2) =>
      text.locator(`.text-row > p:nth-child(${n}) mark.highlight`).allTextContents();
    expect(await column(1)).toEqual(['blood-curdling', 'Reports suggest'].sort(byPlace(seed000)));
    expect(await column(2)).toEqual(KEY);

    // The results as CSV, with the same figures as fractions.
    const csv = (await readFile(await download(page, 'Download results (CSV)'), 'utf8')).split(
      '\r\n',
    );
    expect(csv[0]).toMatch(
      /^\uFEFFStudent,Exported,Annotations,Orphaned,Loaded language: precision,/,
    );
    expect(csv[2]).toBe(
      'Ben,2025-03-12T10:00:00.000Z,2,0,1,0.3043,0.4667,0,,0,,,,0.5,0.3043,0.3784',
    );

    // The same student again is refused, and replaced when the teacher says so.
    await page.getByLabel('Import students’ work…').setInputFiles(files[1]!);
    await report.getByText('0 files imported, 1 file refused.').waitFor();
    await report.getByRole('button', { name: 'Replace with ben.work.json' }).click();
    await report
      .getByText(/ben\.work\.json: Ben, 2 annotations \(replaced the earlier work: 2 unchanged\)\./)
      .waitFor();
    expect(await table.getByRole('row').count()).toBe(4);
    expect(lessonId).toBe(pack.id);

    // In the annotate view, editing the key, each student's work is a read-only layer beside it.
    await page.getByRole('button', { name: /^Annotate the key: Alawites and Christians/ }).click();
    await editorReady(page);
    const beside = page.getByRole('group', { name: 'Show beside it' });
    await beside.getByText('Ana Silva (2, read-only)').waitFor();
    await beside.getByText('Ben (2, read-only)').waitFor();
    // The key has its two passages, and not the practice annotation of the same article.
    expect(await page.locator('[data-slate-editor] .highlight').allTextContents()).toEqual(KEY);
  }, 150_000);
});

/** Orders quotes by where they first occur in the document's text. */
function byPlace(document: SlantDocument) {
  return (a: string, b: string) => document.text.indexOf(a) - document.text.indexOf(b);
}
