import { describe, expect, it } from 'vitest';
import { editorReadyAnonymously, freshAppForEachTest } from './browser';
import { selectPhrase } from './text-selection';

const SEED_000 = '#/doc/seed-000_da10e5d0690c0007';

const app = freshAppForEachTest({ hash: SEED_000, ready: editorReadyAnonymously });

const list = () => app.page.getByRole('region', { name: /^Annotations/ }).getByRole('list');
const items = () => list().getByRole('button');
const highlight = (text: string) =>
  app.page.locator('[data-slate-editor] .highlight', { hasText: text });

describe('annotating a seed article', () => {
  it('tags a selection by key, draws it with the tag’s colour and underline, and lists it', async () => {
    await selectPhrase(app.page, 'blood-curdling massacre');
    await app.page.keyboard.press('1');
    await highlight('blood-curdling massacre').first().waitFor();
    const style = await highlight('blood-curdling massacre')
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationStyle);
    expect(style).toBe('wavy');
    // The list follows once the highlight is painted.
    await expect.poll(() => items().count()).toBe(1);
    expect(await items().first().textContent()).toContain('Loaded language');
    expect(await items().first().textContent()).toContain('blood-curdling massacre');
  });

  it('tags by the toolbar, records who should be cited, and keeps it after a reload', async () => {
    await selectPhrase(
      app.page,
      'Reports suggest that Israeli and Russian officials have met to discuss the possibility',
    );
    await app.page
      .getByRole('toolbar', { name: /^Tag “Reports suggest/ })
      .getByRole('button', { name: /Unattributed claim/ })
      .click();
    const details = app.page.getByRole('region', { name: 'Annotation', exact: true });
    await details.waitFor();
    await details.getByLabel('Who should be cited?').fill('the officials, by name');
    await details.getByLabel('Note').fill('No source for the meeting.');
    await details.getByLabel('Note').blur();
    await expect.poll(() => items().first().textContent()).toContain('No source for the meeting.');

    await app.page.reload();
    await highlight('Reports suggest').first().waitFor();
    await items().first().click();
    await expect
      .poll(() => app.page.getByLabel('Who should be cited?').inputValue())
      .toBe('the officials, by name');
  });

  it('lets highlights nest, shows all on hover, and picks the smallest on click', async () => {
    await selectPhrase(app.page, 'A horrific massacre of Alawites and Christians');
    await app.page.keyboard.press('2');
    await expect.poll(() => items().count()).toBe(1);
    await selectPhrase(app.page, 'horrific');
    await app.page.keyboard.press('1');
    await expect.poll(() => items().count()).toBe(2);

    const inner = app.page.locator('[data-slate-editor] .highlight[data-overlap="2"]', {
      hasText: 'horrific',
    });
    await inner.waitFor();
    await inner.hover();
    const card = app.page.getByRole('tooltip');
    await card.waitFor();
    expect(await card.textContent()).toContain('Loaded language');
    expect(await card.textContent()).toContain('Unattributed claim');

    await inner.click();
    const details = app.page.getByRole('region', { name: 'Annotation', exact: true });
    expect(await details.locator('blockquote').textContent()).toBe('horrific');
  });

  it('gives one annotation both tags when two tag keys come within one frame', async () => {
    await selectPhrase(app.page, 'staggering death toll');
    // Both key presses before the page paints: the second finds the annotation the first made.
    await app.page.locator('[data-slate-editor="true"]').evaluate((editor) => {
      for (const key of ['1', '2'])
        editor.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
        );
    });
    await expect.poll(() => items().count()).toBe(1);
    await expect
      .poll(() => items().first().textContent())
      .toMatch(/Loaded language.*Unattributed claim|Unattributed claim.*Loaded language/s);
    expect(await highlight('staggering death toll').count()).toBeGreaterThan(0);
  });

  it('deletes, undoes and redoes from the keyboard', async () => {
    await selectPhrase(app.page, 'staggering death toll');
    await app.page.keyboard.press('1');
    await expect.poll(() => items().count()).toBe(1);
    await app.page.getByRole('button', { name: 'Delete annotation' }).click();
    await expect.poll(() => highlight('staggering death toll').count()).toBe(0);

    await app.page.locator('[data-slate-editor="true"]').focus();
    await app.page.keyboard.press('Control+z');
    await highlight('staggering death toll').first().waitFor();
    await app.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => highlight('staggering death toll').count()).toBe(0);
    await app.page.keyboard.press('Control+z');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => highlight('staggering death toll').count()).toBe(0);
    await app.page.getByRole('status').filter({ hasText: 'Undone: create annotation.' }).waitFor();
  });

  it('ignores a tag key with nothing selected, and never changes the text', async () => {
    const editor = app.page.locator('[data-slate-editor="true"]');
    const before = await editor.textContent();
    await editor.focus();
    await app.page.keyboard.press('1');
    await app.page.getByText('Select a passage first').waitFor();
    await app.page.keyboard.type('xyz');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Backspace');
    expect(await editor.textContent()).toBe(before);
    expect(await items().count()).toBe(0);
  });

  it('filters the list by tag and text, and jumps from the list to the passage', async () => {
    await selectPhrase(app.page, 'blood-curdling');
    await app.page.keyboard.press('1');
    await expect.poll(() => items().count()).toBe(1);
    await selectPhrase(app.page, 'Reports suggest');
    await app.page.keyboard.press('2');
    await expect.poll(() => items().count()).toBe(2);

    const panel = app.page.getByRole('region', { name: /^Annotations/ });
    await panel.getByLabel('Tag').selectOption('unattributed-claim');
    expect(await items().count()).toBe(1);
    await panel.getByLabel('Tag').selectOption('');
    await panel.getByLabel('Search').fill('blood');
    expect(await items().count()).toBe(1);

    await items().first().click();
    await expect
      .poll(() => app.page.evaluate(() => window.getSelection()?.toString()))
      .toBe('blood-curdling');
  });
});
