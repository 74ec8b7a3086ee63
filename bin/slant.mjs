#!/usr/bin/env node
// The `slant` command for the package's `bin`: loads tsx's ESM hooks, then runs the TypeScript
// entry point directly, so no build step stands between the source and the command.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
