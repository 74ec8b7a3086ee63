/**
 * `npm run bench:import [-- --url http://host:port] [--batch 500] [--json]`: the import
 * benchmark on its own. Serves dist/ (or uses --url, e.g. another build), drops the page set
 * of import-pages.ts one at a time, then a batch of generated pages, and prints a table and
 * one JSON line.
 */
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { batchPages, importPages } from './import-pages';
import { measureImport } from './import-tasks';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main() {
  const server = option('url')
    ? undefined
    : await preview({ logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' } });
  const baseUrl = option('url') ?? server?.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('No app to measure: build it (npx vite build) or pass --url.');
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const pages = await measureImport({ baseUrl, browser, files: importPages(), mode: 'each' });
    const batchCount = Number(option('batch') ?? 500);
    const batch =
      batchCount > 1
        ? await measureImport({ baseUrl, browser, files: batchPages(batchCount), mode: 'batch' })
        : undefined;
    console.table(pages.perFile);
    if (batch?.batchMs !== undefined) console.log(`batch of ${batchCount}: ${batch.batchMs} ms`);
    const result = {
      longest_task_ms: Math.round(pages.longestTaskMs),
      per_file: pages.perFile,
      batch_files: batchCount,
      batch_ms: batch?.batchMs,
    };
    if (process.argv.includes('--json')) console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    await server?.close();
  }
}

await main();
