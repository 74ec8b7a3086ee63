import { describe, expect, it } from 'vitest';
import { freshAppForEachTest, libraryReady } from './browser';

const app = freshAppForEachTest({ ready: libraryReady });

const sample = () => app.page.getByRole('region', { name: "Syria's coast, March 2025" });

describe('documents and collections', () => {
  it('corrects a document’s details', async () => {
    await app.page.getByRole('link', { name: /More than 1,000 people/ }).click();
    await app.page.getByRole('button', { name: 'Document menu' }).click();
    await app.page.getByRole('button', { name: 'Edit details' }).click();
    const form = app.page.getByRole('form', { name: 'Document details' });
    await form.getByLabel('Title').fill('SouthFront on the coastal killings');
    await form.getByLabel('Published').fill('2025-03-09');
    await form.getByLabel('Address (URL)').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Save details' }).click();
    await form.getByRole('alert').filter({ hasText: 'http://' }).waitFor();
    await form.getByLabel('Address (URL)').fill('https://southfront.press/example');
    await form.getByRole('button', { name: 'Save details' }).click();
    await app.page
      .getByRole('heading', { level: 1, name: 'SouthFront on the coastal killings' })
      .waitFor();
    await app.page.getByText('9 March 2025').waitFor();
  });

  it('creates a collection, orders documents, and moves one between collections', async () => {
    await app.page.getByRole('link', { name: 'Collections' }).click();
    const links = () => sample().getByRole('listitem').getByRole('link');
    expect(await links().first().textContent()).toContain('Alawites and Christians Slaughtered');
    await sample()
      .getByRole('button', { name: /^Move “Alawites and Christians Slaughtered.*” down$/ })
      .click();
    await expect
      .poll(() => links().nth(1).textContent())
      .toContain('Alawites and Christians Slaughtered');

    await app.page.getByLabel('New collection').fill('Wire copy');
    await app.page.getByRole('button', { name: 'Create collection' }).click();
    const wire = app.page.getByRole('region', { name: 'Wire copy' });
    await wire.waitFor();
    await sample()
      .getByRole('combobox', { name: /^Move “While I have been working.*” to another collection$/ })
      .selectOption({ label: 'Wire copy' });
    await wire.getByRole('link', { name: /While I have been working/ }).waitFor();
    await expect.poll(() => links().count()).toBe(4);

    await app.page.getByRole('link', { name: 'Back to the library' }).click();
    await app.page.getByRole('table').waitFor();
    await app.page
      .getByRole('combobox', { name: 'Collection', exact: true })
      .selectOption({ label: 'Wire copy' });
    const rows = app.page
      .getByRole('table', { name: 'Documents in your library' })
      .getByRole('row');
    await expect.poll(() => rows.count()).toBe(2);
  });
});
