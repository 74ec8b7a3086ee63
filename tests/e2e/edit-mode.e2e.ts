import { describe, expect, it } from 'vitest';
import { editorReadyAnonymously, freshAppForEachTest } from './browser';
import { selectPhrase, selectPhraseToEdit } from './text-selection';

const app = freshAppForEachTest({
  hash: '#/doc/seed-000_da10e5d0690c0007',
  ready: editorReadyAnonymously,
});

const editor = () => app.page.locator('[data-slate-editor="true"]');
const highlight = (text: string) =>
  app.page.locator('[data-slate-editor] .highlight', { hasText: text });

describe('edit mode', () => {
  it('moves highlights with edits, orphans a deleted one, and saves both', async () => {
    await selectPhrase(app.page, 'blood-curdling');
    await app.page.keyboard.press('1');
    await selectPhrase(app.page, 'staggering death toll');
    await app.page.keyboard.press('1');
    await highlight('staggering death toll').waitFor();

    const toggle = app.page.getByRole('button', { name: 'Edit text' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    // Clean up boilerplate before the first highlight: it must stay on its words.
    await selectPhraseToEdit(app.page, 'Ernie Stanton · 17 days ago · 3 minutes read');
    await app.page.keyboard.press('Backspace');
    await selectPhraseToEdit(app.page, 'A blood-curdling');
    await app.page.keyboard.type('A gruesome');
    expect(await highlight('gruesome').count()).toBe(0); // its text was replaced
    await selectPhraseToEdit(app.page, 'reported a staggering');
    await app.page.keyboard.type('reported a truly staggering');
    await expect.poll(() => highlight('staggering death toll').count()).toBe(1);

    await app.page.getByText('all changes saved').waitFor();
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');

    await app.page.reload();
    await editor().waitFor();
    expect(await editor().textContent()).toContain('reported a truly staggering death toll');
    expect(await editor().textContent()).toContain('A gruesome massacre');
    expect(await editor().textContent()).not.toContain('17 days ago');
    await highlight('staggering death toll').waitFor();
    const orphans = app.page.getByRole('region', { name: /^Orphaned/ });
    expect(await orphans.getByRole('button').textContent()).toContain('blood-curdling');
  });

  it('keeps a highlight on its words as paragraphs are joined, split and undone', async () => {
    await selectPhrase(app.page, 'staggering death toll');
    await app.page.keyboard.press('1');
    await highlight('staggering death toll').waitFor();
    const paragraphs = () => editor().locator('p').count();
    const before = await paragraphs();
    await app.page.getByRole('button', { name: 'Edit text' }).click();

    // The caret at the start of the highlight's paragraph: join it to the one before.
    await selectPhraseToEdit(app.page, 'Greek MEP');
    await app.page.keyboard.press('ArrowLeft');
    await app.page.keyboard.press('Backspace');
    await expect.poll(paragraphs).toBe(before - 1);
    expect(await highlight('staggering death toll').count()).toBe(1);
    // Split it again before the highlight, and undo the split.
    await app.page.keyboard.press('Enter');
    await expect.poll(paragraphs).toBe(before);
    await app.page.keyboard.press('Control+z');
    await expect.poll(paragraphs).toBe(before - 1);
    await selectPhraseToEdit(app.page, 'reported a');
    await app.page.keyboard.type('said there was a');
    expect(await highlight('staggering death toll').count()).toBe(1);
    expect(await app.page.locator('[data-slate-editor] .highlight').allTextContents()).toEqual([
      'staggering death toll',
    ]);

    await app.page.getByText('all changes saved').waitFor();
    await app.page.getByRole('button', { name: 'Edit text' }).click();
    await app.page.reload();
    await highlight('staggering death toll').waitFor();
    expect(await editor().textContent()).toContain('elderly.Greek MEP');
    expect(await editor().textContent()).toContain('said there was a staggering death toll');
    expect(await paragraphs()).toBe(before - 1);
  });

  it('re-attaches an orphan to a new selection', async () => {
    await selectPhrase(app.page, 'horrific');
    await app.page.keyboard.press('1');
    await app.page.getByRole('button', { name: 'Edit text' }).click();
    await selectPhraseToEdit(app.page, 'A horrific massacre');
    await app.page.keyboard.type('A massacre');
    await app.page.getByText('all changes saved').waitFor();
    await app.page.getByRole('button', { name: 'Edit text' }).click();

    const orphans = app.page.getByRole('region', { name: /^Orphaned/ });
    await orphans.getByRole('button', { name: /horrific/ }).click();
    await selectPhrase(app.page, 'brutality');
    await app.page.getByRole('button', { name: 'Re-attach to the selection' }).click();
    await highlight('brutality').waitFor();
    await expect.poll(() => orphans.count()).toBe(0);
  });
});
