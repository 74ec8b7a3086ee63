#!/usr/bin/env node
// The `slant` command (the package's `bin`, and `npm run slant`): runs the command built into
// plain JavaScript in dist-cli/ (`npm run build:cli`, run by `prepare` at `npm ci`), which starts
// at once. Without that build it says so and runs the TypeScript source through tsx: the same
// command, only slower to start.
import { existsSync } from 'node:fs';

const built = new URL('../dist-cli/slant.mjs', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write(
    'slant: the built command (dist-cli/slant.mjs) is missing, so it runs from the TypeScript ' +
      'source, which starts slower. Run "npm run build:cli" to build it.\n',
  );
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
