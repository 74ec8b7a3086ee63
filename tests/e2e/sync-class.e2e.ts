import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../integration/support/server-process';
import { launchBrowser } from './browser';
import { loopbackProxy, type LoopbackProxy } from './loopback-proxy';
import { selectPhrase } from './text-selection';

/**
 * A teacher and two students, each in a browser context of their own, share a class through a
 * sync server the test starts (serving the built app). Ben reaches it through a loopback proxy
 * that the test closes and reopens to take him offline for real.
 */
const SEED_000 = 'seed-000_da10e5d0690c0007';
const WAIT = { timeout: 20_000 };

async function open(context: BrowserContext, url: string, hash: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url + hash);
  return page;
}

const LESSON = 'One massacre, two outlets';

const goTo = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash);

const openSeed = async (page: Page) => {
  await goTo(page, `#/doc/${encodeURIComponent(SEED_000)}`);
  await page.locator('[data-slate-editor="true"]').waitFor(WAIT);
};

/** From an open lesson, opens its article and tags `phrase` in the lesson's layer, then goes back. */
async function annotateFromLesson(page: Page, phrase: string) {
  await page.getByRole('link', { name: /^Alawites and Christians Slaughtered/ }).click();
  await page.locator('[data-slate-editor="true"]').waitFor(WAIT);
  await selectPhrase(page, phrase);
  await page.keyboard.press('1');
  await page.locator('[data-slate-editor] .highlight', { hasText: phrase }).first().waitFor(WAIT);
  await page.goBack();
}

const status = (page: Page) => page.getByTestId('sync-status');

async function join(page: Page, code: string, name: string) {
  await page.getByRole('heading', { name: 'Sharing' }).waitFor(WAIT);
  await page.getByLabel('Invitation code').fill(code);
  await page.getByLabel('Your name, as the others will see it').fill(name);
  await page.getByRole('button', { name: 'Join the space' }).click();
  await page.getByText(`as ${name}`).waitFor(WAIT);
  await status(page).getByText('Synced').waitFor(WAIT);
}

/** Opens seed 000 and tags `phrase` with the key `key` in the layer being edited. */
async function annotate(page: Page, phrase: string, key = '1') {
  await page.evaluate((id) => (location.hash = `#/doc/${encodeURIComponent(id)}`), SEED_000);
  await page.locator('[data-slate-editor="true"]').waitFor(WAIT);
  const anonymous = page.getByRole('button', { name: 'Stay anonymous' });
  if (await anonymous.isVisible()) await anonymous.click();
  await selectPhrase(page, phrase);
  await page.keyboard.press(key);
  await page.locator('[data-slate-editor] .highlight', { hasText: phrase }).first().waitFor(WAIT);
}

/** The "Show beside it" checkbox of another member's layer, in the open document. */
const layerToggle = (page: Page, label: RegExp) =>
  page.getByRole('group', { name: 'Layers' }).getByRole('checkbox', { name: label });

describe('a class shares live through a sync server', () => {
  it('teacher and two students: join, see live work, go offline and back without losing an edit', async () => {
    let server: ServerProcess | undefined;
    let proxy: LoopbackProxy | undefined;
    let browser: Browser | undefined;
    try {
      server = await startServer({ extraArgs: ['--dist', 'dist'] });
      proxy = await loopbackProxy(server.port);
      browser = await launchBrowser();
      const [t, a, b] = await Promise.all([1, 2, 3].map(() => browser!.newContext()));

      // The teacher creates the class in Settings › Sharing and reads the students' code.
      const teacher = await open(t!, server.url, '#/settings');
      await teacher.getByRole('heading', { name: 'Sharing' }).waitFor(WAIT);
      expect(await teacher.getByLabel('Server address').inputValue()).toBe(server.url);
      await teacher.getByLabel('Name of the space').fill('9B media literacy');
      await teacher.getByLabel('Your name', { exact: true }).fill('Ms Reyes');
      await teacher.getByRole('button', { name: 'Create the space' }).click();
      const code = (await teacher.getByTestId('code-member').textContent({ timeout: 20_000 }))!;
      expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      await status(teacher).getByText('Synced').waitFor(WAIT);

      // Ann joins from the server's address, Ben through the proxy.
      const ann = await open(a!, server.url, '#/settings');
      await join(ann, code, 'Ann');
      // A second tab of Ann's leaves the syncing to the first (a note typed once arrives once).
      const annTab = await open(a!, server.url, '#/');
      await status(annTab)
        .getByText('Shared through Slant in another tab of this browser')
        .waitFor(WAIT);
      await annTab.close();
      const ben = await open(b!, proxy.url, '#/settings');
      await join(ben, code, 'Ben');
      await teacher.getByText('Ann — student').waitFor(WAIT);
      await teacher.getByText('Ben — student').waitFor(WAIT);

      // Ann annotates; the teacher, with the article open, sees her layer arrive live.
      await annotate(teacher, 'horrific');
      await annotate(ann, 'staggering death toll');
      await layerToggle(teacher, /^Ann: My annotations \(1, read-only\)/).waitFor(WAIT);
      await annotate(ann, 'blood-curdling');
      await layerToggle(teacher, /^Ann: My annotations \(2, read-only\)/).waitFor(WAIT);

      // Ben's connection is cut: the header says so, and his edit waits in his browser.
      await proxy.cut();
      await status(ben)
        .getByText(/Offline/)
        .waitFor(WAIT);
      await annotate(ben, 'massacre', '1');
      await status(ben)
        .getByText(/Offline — 1 change waiting/)
        .waitFor(WAIT);
      await teacher.waitForTimeout(1500);
      expect(await layerToggle(teacher, /^Ben:/).count()).toBe(0);
      // Offline, his copy of the article keeps its text: opened again, it shows with his tag (a
      // text unit that had not heard from the server once emptied it until he was back online).
      await goTo(ben, '#/');
      await openSeed(ben);
      await ben
        .locator('[data-slate-editor] .highlight', { hasText: 'massacre' })
        .first()
        .waitFor(WAIT);

      // Back online: his edit arrives at the teacher's.
      await proxy.restore();
      await status(ben).getByText('Synced').waitFor(WAIT);
      await layerToggle(teacher, /^Ben: My annotations \(1, read-only\)/).waitFor(WAIT);

      // A lesson: the teacher makes it and annotates its key; it reaches the students' Class.
      await goTo(teacher, '#/class');
      await teacher.getByLabel('Title').fill(LESSON);
      await teacher.getByRole('checkbox', { name: /^Alawites and Christians Slaughtered/ }).check();
      await teacher.getByRole('button', { name: 'Create lesson' }).click();
      await teacher.getByRole('heading', { level: 1, name: LESSON }).waitFor(WAIT);
      const lessonUrl = teacher.url().slice(teacher.url().indexOf('#'));
      await annotateFromLesson(teacher, 'staggering death toll');
      for (const student of [ann, ben]) {
        await goTo(student, lessonUrl);
        await student.getByRole('heading', { level: 1, name: LESSON }).waitFor(WAIT);
      }
      await annotateFromLesson(ann, 'blood-curdling');
      await annotateFromLesson(ben, 'staggering death toll');

      // Before submitting, Ann sees neither the key nor Ben's work on the lesson (nor his
      // layer outside lessons, which stays private in a class).
      await openSeed(ann);
      expect(await layerToggle(ann, /^Ben: /).count()).toBe(0);
      expect(await layerToggle(ann, /^Key: /).count()).toBe(0);
      expect(await layerToggle(ann, /^Ben: .*One massacre/).count()).toBe(0);

      // Ann submits in Class: her lesson work becomes read-only, the teacher sees who submitted.
      await goTo(ann, lessonUrl);
      await ann.getByRole('button', { name: `Submit my work on ${LESSON}` }).click();
      await ann.getByText(`You submitted your work on ${LESSON}`).waitFor(WAIT);
      await goTo(teacher, lessonUrl);
      await teacher.getByText('Submitted: 1 of 2 (Ann)').waitFor(WAIT);
      // The teacher's live class view: who started, who submitted, figures against the key.
      const progress = teacher.getByRole('list', { name: 'Students’ progress' });
      await progress.getByText('Ann: submitted, 1 annotation').waitFor(WAIT);
      await progress.getByText('Ben: working, 1 annotation so far').waitFor(WAIT);
      const scores = teacher.getByRole('table', { name: 'Scores against the key' });
      await scores.getByRole('row', { name: /^Ann/ }).waitFor(WAIT);
      await scores.getByRole('row', { name: /^Ben/ }).waitFor(WAIT);
      // Ben goes on working: the teacher's page follows without a reload.
      await goTo(ben, lessonUrl);
      await ben.getByRole('heading', { level: 1, name: LESSON }).waitFor(WAIT);
      await annotateFromLesson(ben, 'blood-curdling');
      await progress.getByText('Ben: working, 2 annotations so far').waitFor(WAIT);
      // Now Ann may read Ben's work on the lesson ("after submitting", the default rule).
      await openSeed(ann);
      await layerToggle(ann, /^Ben: .*One massacre/).waitFor(WAIT);
      expect(await layerToggle(ann, /^Key: /).count()).toBe(0);

      // The teacher reveals the key: it reaches Ann's browser, read-only.
      await goTo(teacher, lessonUrl);
      await teacher.getByRole('button', { name: `Reveal the key of ${LESSON}` }).click();
      await teacher.getByText('The key is shown to the class.').waitFor(WAIT);
      await layerToggle(ann, new RegExp(`^Key: ${LESSON} \\(1, read-only\\)`)).waitFor(WAIT);
    } finally {
      await browser?.close();
      await proxy?.close();
      await server?.stop();
    }
  }, 180_000);
});
