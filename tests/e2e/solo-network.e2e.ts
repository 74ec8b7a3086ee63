import { describe, expect, it } from 'vitest';
import { baseUrl, freshAppForEachTest } from './browser';
import { selectPhrase } from './text-selection';

/**
 * Solo stays solo: with no space joined, a session of ordinary use (open the library, annotate,
 * import pasted text, compare, open Settings) sends nothing to any origin but the app's own and
 * opens no WebSocket. Every request is seen twice: by Playwright on the context (pages and the
 * service worker) and by Chromium's own network log over CDP.
 */
const SEED_000 = 'seed-000_da10e5d0690c0007';
const app = freshAppForEachTest({ hash: '#/' });

describe('solo: no space joined', () => {
  it('sends nothing to any other origin and opens no WebSocket over a session of normal use', async () => {
    const { page, context } = app;
    const origin = new URL(baseUrl()).origin;
    const requests: string[] = [];
    const sockets: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    page.on('websocket', (socket) => sockets.push(socket.url()));
    // The service worker precaches every file; the page itself must not load the sync code.
    const pageScripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') pageScripts.push(r.url());
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (event) => requests.push(event.request.url));
    cdp.on('Network.webSocketCreated', (event) => sockets.push(event.url));

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();

    // Annotate.
    await page.evaluate((id) => (location.hash = `#/doc/${encodeURIComponent(id)}`), SEED_000);
    await page.locator('[data-slate-editor="true"]').waitFor();
    await page.getByRole('button', { name: 'Stay anonymous' }).click();
    await selectPhrase(page, 'staggering death toll');
    await page.keyboard.press('1');
    await page.locator('[data-slate-editor] .highlight').first().waitFor();

    // Import pasted text.
    await page.evaluate(() => (location.hash = '#/import'));
    await page
      .getByLabel(/Or paste an article’s text/)
      .fill('A pasted headline\nAnd a first paragraph of the pasted article.');
    await page.getByRole('button', { name: 'Preview the pasted text' }).click();
    await page.getByRole('button', { name: 'Save 1 article' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved 1 article' }).waitFor();

    // Compare the sample collection, then Settings (Sharing shows, solo).
    await page.evaluate(() => (location.hash = '#/compare/collection/sample-syria-coast-2025-03'));
    await page.locator('.compare-column').first().waitFor();
    await page.evaluate(() => (location.hash = '#/settings'));
    await page.getByRole('heading', { name: 'Sharing' }).waitFor();
    expect(await page.getByTestId('sync-status').count()).toBe(0);

    expect(requests.length).toBeGreaterThan(0);
    const elsewhere = requests.filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false;
      return new URL(url).origin !== origin;
    });
    expect(elsewhere).toEqual([]);
    expect(sockets).toEqual([]);
    // Nor did the app load the sync code (Yjs, the provider) it does not need.
    expect(pageScripts.length).toBeGreaterThan(0);
    expect(pageScripts.filter((url) => /space-session/.test(url))).toEqual([]);
  }, 120_000);
});
