/**
 * The `slant` command as users run it: built into plain JavaScript (vite.cli.config.ts, the same
 * build `prepare` makes) and started as its own Node process. Its output must be what the
 * TypeScript source prints (the other CLI tests call `run` in-process).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCaptured as sourceSlant } from './run-captured';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEED = `${ROOT}seeds/002_7858cea97ce4f018.txt`;
const NEWS = `${ROOT}tests/fixtures/import/news-article.html`;
const MARKDOWN = `${ROOT}tests/fixtures/import/article.md`;

// Inside the repository (.vite/ is ignored), so that the build finds jsdom in node_modules.
let outDir: string;

beforeAll(async () => {
  mkdirSync(`${ROOT}.vite`, { recursive: true });
  outDir = mkdtempSync(`${ROOT}.vite/cli-build-`);
  await build({
    root: ROOT,
    configFile: `${ROOT}vite.cli.config.ts`,
    logLevel: 'error',
    build: { outDir },
  });
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function builtSlant(argv: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [`${outDir}/slant.mjs`, ...argv],
      { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('the built slant command', { timeout: 120_000 }, () => {
  it('prints the help', async () => {
    const outcome = await builtSlant(['--help']);
    expect(outcome).toEqual(await sourceSlant(['--help']));
    expect(outcome.stdout).toMatch(/^Usage: slant analyze/);
  });

  it('explains a usage error with exit code 2', async () => {
    const outcome = await builtSlant(['analyze', '--format', 'xml', SEED]);
    expect(outcome.code).toBe(2);
    expect(outcome).toEqual(await sourceSlant(['analyze', '--format', 'xml', SEED]));
  });

  it("analyzes a seed article exactly as the source does, the shipped model's suggestions included", async () => {
    const outcome = await builtSlant(['analyze', SEED]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('"tag":"loaded-language"');
    expect(outcome).toEqual(await sourceSlant(['analyze', SEED]));
  });

  it('reads saved pages through jsdom and Markdown, and names a missing file', async () => {
    const argv = ['extract', NEWS, MARKDOWN, `${ROOT}no-such-file.html`];
    const outcome = await builtSlant(argv);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout.trim().split('\n')).toHaveLength(2);
    expect(outcome.stderr).toContain('no-such-file.html');
    expect(outcome).toEqual(await sourceSlant(argv));
  });
});
