/**
 * The CLI's CSV has no byte-order mark unless asked (`--bom`): a pipeline reading it as UTF-8
 * needs none, Excel needs one. Read back with papaparse, both give the same rows.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { run } from '../../../src/cli/run';
import { FIXTURES } from './agree-fixtures';

const FILES = ['key.json', 'ana.json', 'ben.json'].map((name) => FIXTURES + name);

async function csvBytes(argv: string[]): Promise<Uint8Array> {
  let stdout = '';
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: () => {} });
  expect(code).toBe(0);
  return new TextEncoder().encode(stdout);
}

/** As a spreadsheet program reads a file: UTF-8, a leading byte-order mark taken as the mark. */
function readBack(bytes: Uint8Array): string[][] {
  const text = new TextDecoder('utf-8').decode(bytes);
  return Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' }).data;
}

describe('slant agree --format csv and --bom', { timeout: 30_000 }, () => {
  it('writes a byte-order mark only with --bom, and papaparse reads the same rows from both', async () => {
    const plain = await csvBytes(['agree', '--format', 'csv', ...FILES]);
    const marked = await csvBytes(['agree', '--format', 'csv', '--bom', ...FILES]);
    expect([...plain.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect([...marked.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(marked.slice(3)).toEqual(plain);
    const rows = readBack(plain);
    expect(rows[0]?.[0]).toBe('student');
    expect(readBack(marked)).toEqual(rows);
    expect(rows.length).toBeGreaterThan(2);
  });

  it('does the same for slant figures --format csv', async () => {
    const seed = fileURLToPath(new URL('../../../seeds/002_7858cea97ce4f018.txt', import.meta.url));
    const plain = await csvBytes(['figures', '--format', 'csv', seed]);
    const marked = await csvBytes(['figures', '--format', 'csv', '--bom', seed]);
    expect([...marked.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(marked.slice(3)).toEqual(plain);
    expect(readBack(marked)).toEqual(readBack(plain));
    expect(readBack(plain)[0]?.[0]).toBe('source');
  });

  it('refuses --bom with a format that is not CSV', async () => {
    let stderr = '';
    const code = await run(['agree', '--bom', ...FILES], {
      stdout: () => {},
      stderr: (text) => (stderr += text),
    });
    expect(code).toBe(2);
    expect(stderr).toContain('--bom');
  });
});
