import { describe, expect, it } from 'vitest';
import { freshAppForEachTest } from './browser';
import { selectPhrase } from './text-selection';

const SEED_000 = '#/doc/seed-000_da10e5d0690c0007';
const SEED_002 = '#/doc/seed-002_7858cea97ce4f018';

const app = freshAppForEachTest({
  hash: '#/settings',
  ready: (page) => page.getByRole('heading', { name: 'Tags' }).waitFor(),
});

const panel = () => app.page.getByRole('region', { name: /^Suggestions/ });
const learned = () => app.page.getByRole('region', { name: 'Learned from your annotations' });
const nameCallingStatus = () =>
  learned().getByRole('listitem').filter({ hasText: 'Name calling' }).locator('.learned-status');
/** The panel's "Accept all N Name calling suggestions": there only while some are suggested. */
const nameCallingSuggested = () =>
  panel().getByRole('button', { name: /^Accept all \d+ Name calling suggestions/ });

/** The learned models in the page's database: their tag, counts and when each was learned. */
const storedModels = () =>
  app.page.evaluate(
    () =>
      new Promise<{ tag: string; annotations: number; trainedAt: string }[]>((resolve, reject) => {
        const open = indexedDB.open('slant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result
            .transaction('learnedModels')
            .objectStore('learnedModels')
            .getAll();
          read.onsuccess = () => {
            resolve(
              read.result.map(({ tag, annotations, trainedAt }) => ({
                tag,
                annotations,
                trainedAt,
              })),
            );
            open.result.close();
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );

/** Marks a phrase with the reader's own tag through the tag picker by the selection. */
async function markNameCalling(phrase: string, occurrence: number) {
  await selectPhrase(app.page, phrase, occurrence);
  const picker = app.page.getByRole('toolbar', { name: `Tag “${phrase}”` });
  await picker.getByRole('button', { name: /Name calling/ }).click();
}

describe('suggestions learned from the reader’s annotations', () => {
  it('suggest a tag of one’s own on another article after five marks; off stops them, a reload keeps them, reset forgets them', async () => {
    await app.page.getByLabel('New tag').fill('Name calling');
    await app.page.getByRole('button', { name: 'Add tag' }).click();
    await app.page
      .getByRole('group', { name: /Name calling/ })
      .first()
      .waitFor();

    await app.page.goto(app.page.url().replace('#/settings', SEED_002));
    await app.page.getByRole('button', { name: 'Stay anonymous' }).click();
    await app.page.getByLabel('Show suggestions').check();
    // Five of the article's labels: "terrorist president", "Terrorists Unleash", "terrorists,
    // including", "terrorist background", "terrorists have".
    const marks: [string, number][] = [
      ['terrorist', 0],
      ['Terrorists', 0],
      ['terrorists', 0],
      ['terrorist', 2],
      ['terrorists', 1],
    ];
    for (const [i, [phrase, occurrence]] of marks.entries()) {
      await markNameCalling(phrase, occurrence);
      await expect.poll(() => app.page.locator('.highlight').count()).toBeGreaterThan(i);
      if (i === 2) {
        await expect
          .poll(() => nameCallingStatus().textContent())
          .toMatch(/^3 annotations of yours: 2 more before Slant suggests it/);
      }
    }
    await expect
      .poll(() => nameCallingStatus().textContent(), { timeout: 60_000 })
      .toMatch(/^learned from 5 of your annotations/);

    // Another article with the same wording: "the Hay'at Tahrir al-Sham terrorist group".
    await app.page.goto(app.page.url().replace(SEED_002, SEED_000));
    await nameCallingSuggested().waitFor({ timeout: 60_000 });
    const suggested = app.page.locator('[data-slate-editor] .suggestion', { hasText: 'terrorist' });
    await suggested.first().hover();
    await expect
      .poll(() => app.page.getByRole('tooltip').textContent())
      .toMatch(/Suggested: Name calling[\s\S]*learned from 5 of your annotations/);
    if (process.env.SLANT_SCREENSHOT) {
      await learned().scrollIntoViewIfNeeded();
      await app.page.screenshot({ path: process.env.SLANT_SCREENSHOT, fullPage: false });
    }

    // A reload keeps the learned model: the very one it stored suggests again.
    const before = await storedModels();
    expect(before.map((m) => m.annotations)).toEqual([5]);
    await app.page.reload();
    await nameCallingSuggested().waitFor({ timeout: 60_000 });
    expect(await nameCallingStatus().textContent()).toMatch(/^learned from 5 of your annotations/);
    expect(await storedModels()).toEqual(before);

    // Off for the tag stops its suggestions; on again brings them back.
    const learnIt = learned().getByRole('checkbox', { name: 'Learn Name calling' });
    // The switches show what storage holds: click, then wait for it to say so.
    await learnIt.click();
    await expect.poll(() => learnIt.isChecked()).toBe(false);
    await expect.poll(() => nameCallingSuggested().count()).toBe(0);
    await expect.poll(() => nameCallingStatus().textContent()).toBe('learning off');
    await learnIt.click();
    await nameCallingSuggested().waitFor({ timeout: 60_000 });

    // Off for all does the same.
    const learnAll = learned().getByRole('checkbox', { name: 'Learn from my annotations' });
    await learnAll.click();
    await expect.poll(() => learnAll.isChecked()).toBe(false);
    await expect.poll(() => nameCallingSuggested().count()).toBe(0);
    await learnAll.click();
    await nameCallingSuggested().waitFor({ timeout: 60_000 });

    // Reset forgets: only marks made from now on count, and there are none yet.
    await learned()
      .getByRole('button', { name: 'Reset what Slant learned for Name calling' })
      .click();
    await expect.poll(() => nameCallingSuggested().count()).toBe(0);
    await expect
      .poll(() => nameCallingStatus().textContent())
      .toMatch(/^0 annotations of yours: 5 more/);
    await app.page.reload();
    await app.page.getByRole('region', { name: /^Suggestions/ }).waitFor();
    await expect
      .poll(() => nameCallingStatus().textContent())
      .toMatch(/^0 annotations of yours: 5 more/);
    expect(await nameCallingSuggested().count()).toBe(0);
  });
});
