import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/domain/content-hash';
import { DEFAULT_TAGS } from '../../src/domain/default-taxonomy';
import type { Lesson, SlantDocument } from '../../src/domain/types';
import { toLessonPack } from '../../src/io/class';
import { editorReadyAnonymously, freshAppForEachTest } from './browser';

const SEED_000 = '#/doc/seed-000_da10e5d0690c0007';

const app = freshAppForEachTest({ hash: SEED_000, ready: editorReadyAnonymously });

const annotationItems = () =>
  app.page
    .getByRole('region', { name: /^Annotations/ })
    .getByRole('list')
    .getByRole('button');
const suggestion = (text: string) =>
  app.page.locator('[data-slate-editor] .suggestion', { hasText: text });
/** A loaded-language suggestion: the sentence around it may be suggested as a claim too. */
const loadedSuggestion = (text: string) =>
  app.page.locator('[data-slate-editor] .suggestion[data-suggestion-keys*="loaded-language|"]', {
    hasText: text,
  });
const card = () => app.page.getByRole('group', { name: /^Suggestion:/ });

/** Shows suggestions at the more point, where seed 000's "blood-curdling" is suggested (the
 *  default precise point is stricter). */
async function showSuggestions() {
  await app.page.getByLabel('Show suggestions').check();
  await app.page.getByLabel('More', { exact: true }).check();
  await suggestion('blood-curdling').first().waitFor();
}

describe('suggestions in the editor', () => {
  it('are off until turned on, then drawn dotted, apart from highlights, with their reason', async () => {
    expect(await app.page.locator('.suggestion').count()).toBe(0);
    await showSuggestions();
    const marked = suggestion('blood-curdling').first();
    const style = await marked.evaluate((el) => getComputedStyle(el).borderBottomStyle);
    expect(style).toBe('dotted');
    expect(await marked.evaluate((el) => el.classList.contains('highlight'))).toBe(false);

    await marked.hover();
    const tooltip = app.page.getByRole('tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('Suggested: Loaded language');
    expect(await tooltip.textContent()).toMatch(/emotionally charged/);
  });

  it('accepts a suggestion with Enter: it becomes an annotation made from a suggestion', async () => {
    await showSuggestions();
    await suggestion('blood-curdling').first().click();
    await card().waitFor();
    expect(await card().textContent()).toContain('Loaded language');
    await app.page.keyboard.press('Enter');

    await expect.poll(() => annotationItems().count()).toBe(1);
    expect(await annotationItems().first().textContent()).toContain('blood-curdling massacre');
    await app.page.locator('.highlight', { hasText: 'blood-curdling' }).first().waitFor();
    await expect.poll(() => loadedSuggestion('blood-curdling').count()).toBe(0);
  });

  it('rejects with Delete, and the rejection outlasts a reload', async () => {
    await showSuggestions();
    const vague = () => suggestion('Reports suggest');
    await vague().first().click();
    await card().waitFor();
    await app.page.keyboard.press('Delete');
    await expect.poll(() => vague().count()).toBe(0);
    expect(await annotationItems().count()).toBe(0);

    await app.page.reload();
    await suggestion('blood-curdling').first().waitFor();
    expect(await vague().count()).toBe(0);
  });

  it('moves between suggestions from the keyboard and accepts from the card', async () => {
    await showSuggestions();
    await app.page.locator('[data-slate-editor]').focus();
    await app.page.keyboard.press('Alt+Shift+ArrowDown');
    await card().waitFor();
    await card()
      .getByRole('button', { name: /Accept/ })
      .click();
    await expect.poll(() => annotationItems().count()).toBe(1);
  });

  it('accepts all of one tag at once, undoes it as one step, and lets a detector be switched off', async () => {
    await showSuggestions();
    const panel = app.page.getByRole('region', { name: /^Suggestions/ });
    const acceptAll = panel.getByRole('button', { name: /^Accept all \d+ Loaded language/ });
    const count = Number((await acceptAll.textContent())!.match(/\d+/)![0]);
    expect(count).toBeGreaterThan(3);
    await acceptAll.click();
    await expect.poll(() => annotationItems().count()).toBe(count);
    expect(await annotationItems().first().textContent()).toContain('Loaded language');

    await app.page.keyboard.press('Control+z');
    await expect.poll(() => annotationItems().count()).toBe(0);

    await panel.getByLabel('Unattributed claims').uncheck();
    await expect.poll(() => suggestion('Reports suggest').count()).toBe(0);
    expect(await suggestion('blood-curdling').count()).toBeGreaterThan(0);
  });
});

describe('the loaded-language operating point', () => {
  it('suggests fewer at the default point than at More, and quotes only when asked', async () => {
    await app.page.getByLabel('Show suggestions').check();
    const panel = app.page.getByRole('region', { name: /^Suggestions/ });
    const loaded = async () => {
      const button = panel.getByRole('button', { name: /^Accept all \d+ Loaded language/ });
      await button.waitFor();
      return Number((await button.textContent())!.match(/\d+/)![0]);
    };
    expect(await panel.getByLabel('Fewer, surer').isChecked()).toBe(true);
    const precise = await loaded();
    await panel.getByLabel('More', { exact: true }).check();
    await expect.poll(loaded).toBeGreaterThan(precise);
    const more = await loaded();
    // Seed 000 quotes an appeal: "Save us from the brutal regime, ...".
    expect(await suggestion('brutal regime').count()).toBe(0);
    await panel.getByLabel(/Also inside quotes/).check();
    await expect.poll(loaded).toBeGreaterThan(more);
    await suggestion('brutal regime').first().hover();
    await expect.poll(() => app.page.getByRole('tooltip').textContent()).toMatch(/in a quote/);
  });
});

describe('a lesson that switches suggestions off', () => {
  it('shows a student no suggestions on its articles, and says why', async () => {
    const text = 'Reports suggest a blood-curdling massacre took place.\nOfficials said nothing.';
    const doc: SlantDocument = {
      id: 'lesson-article',
      title: 'A lesson article',
      text,
      importedAt: '2026-01-01T00:00:00.000Z',
      contentHash: await contentHash(text),
      collectionIds: [],
    };
    const lesson: Lesson = {
      id: crypto.randomUUID(),
      title: 'Read it yourself',
      instructions: 'No help this time.',
      documentIds: [doc.id],
      tagIds: ['loaded-language'],
      role: 'teacher',
      suggestionsOff: true,
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const folder = await mkdtemp(join(tmpdir(), 'slant-suggestions-'));
    const pack = join(folder, 'lesson.json');
    await writeFile(pack, toLessonPack(lesson, [doc], DEFAULT_TAGS));

    await app.page.goto(app.page.url().replace(/#.*$/, '#/class'));
    await app.page.getByLabel('Open a lesson pack…').setInputFiles(pack);
    await app.page.getByText(/Suggestions are switched off for this lesson/).waitFor();
    await app.page.getByRole('link', { name: 'A lesson article' }).click();
    const panel = app.page.getByRole('region', { name: /^Suggestions/ });
    await panel
      .getByText('Your teacher switched suggestions off for “Read it yourself”.')
      .waitFor();
    expect(await panel.getByLabel('Show suggestions').count()).toBe(0);
    expect(await app.page.locator('.suggestion').count()).toBe(0);
  });
});
