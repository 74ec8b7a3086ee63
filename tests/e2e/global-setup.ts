import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

/**
 * End-to-end tests drive the production build in a real Chromium. This serves `dist/` and finds
 * the browser once for all test files. Without a Chromium the suite fails loudly: it never skips.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'The end-to-end tests need Chromium, and none was found. Install it with ' +
        '`apt-get install -y chromium` (Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'No production build in dist/: run `npm run build` first (`npm run test:e2e` does).',
    );
  }
  const server = await preview({
    logLevel: 'warn',
    preview: { port: 4199, strictPort: false, host: '127.0.0.1' },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('The preview server did not say where it listens.');
  project.provide('baseUrl', baseUrl);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
  };
}
