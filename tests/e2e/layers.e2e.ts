import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorReadyAnonymously, freshAppForEachTest } from './browser';
import { selectPhrase } from './text-selection';
import { putClassmateLayer } from './classmate-layer';

const DOC_ID = 'seed-000_da10e5d0690c0007';

const app = freshAppForEachTest({ hash: `#/doc/${DOC_ID}`, ready: editorReadyAnonymously });

const items = () =>
  app.page
    .getByRole('region', { name: /^Annotations/ })
    .getByRole('list')
    .getByRole('button');

async function addClassmateLayer(page: Page) {
  await putClassmateLayer(page, DOC_ID, 'massacre');
  await page.reload();
  await page.locator('[data-slate-editor="true"]').waitFor();
}

describe('annotation layers in the annotate view', () => {
  it('edits only the layer named in the bar, and shows a classmate’s layer beside it read-only', async () => {
    await selectPhrase(app.page, 'staggering death toll');
    await app.page.keyboard.press('1');
    await expect.poll(() => items().count()).toBe(1);

    await addClassmateLayer(app.page);
    const bar = app.page.getByRole('group', { name: 'Layers' });
    await expect.poll(() => bar.getByLabel('Editing').inputValue()).toBe('layer-mine');
    // Ben's annotation is neither listed nor drawn until the layer is shown.
    await expect.poll(() => items().count()).toBe(1);
    const marks = app.page.locator('[data-slate-editor] .layer-mark');
    expect(await marks.count()).toBe(0);

    const toggle = bar.getByRole('checkbox', { name: /Ben \(1, read-only\)/ });
    await toggle.check();
    await marks.first().waitFor();
    expect(await marks.first().textContent()).toContain('massacre');
    await marks.first().hover();
    const card = app.page.getByRole('tooltip');
    await card.waitFor();
    expect(await card.textContent()).toContain('Ben · read-only');
    expect(await card.textContent()).toContain('Ben’s note');
    // Still only my annotation in the side panel: the other layer is not mine to edit.
    expect(await items().count()).toBe(1);

    // Tagging the same passage adds to my layer, never to Ben's.
    await selectPhrase(app.page, 'massacre');
    await app.page.keyboard.press('2');
    await expect.poll(() => items().count()).toBe(2);
    // Editing the text draws only the edited layer; Ben's shows again afterwards.
    const editText = app.page.getByRole('button', { name: 'Edit text' });
    await editText.click();
    await app.page.getByText('Other layers show again when you finish editing.').waitFor();
    await expect.poll(() => marks.count()).toBe(0);
    await editText.click();
    await marks.first().waitFor();

    await toggle.uncheck();
    await expect.poll(() => marks.count()).toBe(0);
    await expect.poll(() => items().count()).toBe(2);
  });
});
