import { describe, expect, it } from 'vitest';
import { freshAppForEachTest } from './browser';
import { selectPhrase } from './text-selection';

const app = freshAppForEachTest({
  hash: '#/settings',
  ready: (page) => page.getByRole('heading', { name: 'Tags' }).waitFor(),
});

const tagGroup = (name: string) => app.page.getByRole('group', { name });

describe('the taxonomy editor', () => {
  it('renames and re-keys a tag, and the editor’s toolbar follows', async () => {
    const group = tagGroup('Loaded language');
    await group.getByLabel('Name').fill('Charged words');
    await group.getByLabel('Name').blur();
    await tagGroup('Charged words').getByLabel('Key').fill('c');
    await tagGroup('Charged words').getByLabel('Key').blur();

    await tagGroup('Unattributed claim').getByLabel('Key').fill('c');
    await tagGroup('Unattributed claim').getByLabel('Key').blur();
    await app.page
      .getByRole('alert')
      .filter({ hasText: '“c” already tags Charged words.' })
      .waitFor();

    await app.page.goto(app.page.url().replace('#/settings', '#/doc/seed-000_da10e5d0690c0007'));
    await app.page.getByRole('button', { name: 'Stay anonymous' }).click();
    await selectPhrase(app.page, 'blood-curdling');
    const toolbar = app.page.getByRole('toolbar', { name: 'Tag “blood-curdling”' });
    expect(await toolbar.getByRole('button', { name: /Charged words/ }).textContent()).toContain(
      'c',
    );
    await app.page.keyboard.press('c');
    await app.page.locator('.highlight', { hasText: 'blood-curdling' }).waitFor();
  });

  it('adds the SemEval techniques once (merging Loaded language), and a tag of one’s own', async () => {
    await app.page.getByLabel('Preset').selectOption('semeval-2020');
    await app.page.getByRole('button', { name: 'Add the preset’s tags' }).click();
    await app.page.getByRole('status').filter({ hasText: 'Added 13 tags' }).waitFor();
    expect(await app.page.locator('.tag-row').count()).toBe(16);
    await app.page.getByRole('button', { name: 'Add the preset’s tags' }).click();
    await app.page.getByRole('status').filter({ hasText: 'already here' }).waitFor();

    await app.page.getByLabel('New tag').fill('Emotional appeal');
    await app.page.getByRole('button', { name: 'Add tag' }).click();
    await tagGroup('Emotional appeal').waitFor();
    expect(await app.page.locator('.tag-row').count()).toBe(17);
  });

  it('asks before deleting a tag in use, and keeps its annotations', async () => {
    await app.page.goto(app.page.url().replace('#/settings', '#/doc/seed-000_da10e5d0690c0007'));
    await app.page.getByRole('button', { name: 'Stay anonymous' }).click();
    await selectPhrase(app.page, 'Hezbollah');
    await app.page.keyboard.press('3');
    await app.page.locator('.highlight', { hasText: 'Hezbollah' }).waitFor();

    await app.page.getByRole('link', { name: 'Settings' }).click();
    const group = tagGroup('Outlet affiliation');
    await group.getByRole('button', { name: 'Delete Outlet affiliation' }).click();
    const confirm = app.page.getByRole('alertdialog', { name: 'Delete Outlet affiliation?' });
    expect(await confirm.textContent()).toContain('One annotation carries');
    await confirm.getByRole('button', { name: 'Delete the tag, keep the annotations' }).click();
    await expect.poll(() => app.page.locator('.tag-row').count()).toBe(2);

    await app.page.goBack();
    const item = app.page
      .getByRole('region', { name: /^Annotations/ })
      .getByRole('button', { name: /Hezbollah/ });
    expect(await item.textContent()).toContain('outlet-affiliation (deleted tag)');
    await app.page.locator('.highlight', { hasText: 'Hezbollah' }).waitFor();
  });

  it('keeps the annotator’s name and stamps it on new annotations', async () => {
    await app.page.getByLabel('Your name, stamped on each annotation you make').fill('Ms Rivera');
    await app.page.getByLabel('Your name, stamped on each annotation you make').blur();
    await app.page.goto(app.page.url().replace('#/settings', '#/doc/seed-000_da10e5d0690c0007'));
    await app.page.locator('[data-slate-editor="true"]').waitFor();
    expect(await app.page.getByRole('button', { name: 'Stay anonymous' }).count()).toBe(0);
    await selectPhrase(app.page, 'blood-curdling');
    await app.page.keyboard.press('1');
    await app.page.getByText('By Ms Rivera').waitFor();
  });
});
