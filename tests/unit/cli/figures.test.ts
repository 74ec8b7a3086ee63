import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCaptured } from './run-captured';

const seed = (name: string) => fileURLToPath(new URL(`../../../seeds/${name}`, import.meta.url));
const SEED_000 = seed('000_da10e5d0690c0007.txt');
const SEED_001 = seed('001_009b48cc48a6c3a5.txt');

const slant = runCaptured;

const lines = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('slant figures', () => {
  it('prints one object per file: words, claims, sources and each figure with its source', async () => {
    const { code, stdout, stderr } = await slant(['figures', SEED_000, SEED_001]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const [first, second] = lines(stdout);
    expect(Object.keys(first!)).toEqual([
      'source',
      'words',
      'loadedLanguagePer1000',
      'unattributedClaims',
      'attributedClaims',
      'sources',
      'figures',
    ]);
    expect(first).toMatchObject({
      source: SEED_000,
      sources: ['Nikolas Farantouris', 'Netanyahu'],
    });
    expect(first!.figures).toContainEqual({
      value: 'potentially reaching 7,000',
      number: 7000,
      what: 'killed',
      start: expect.any(Number),
      end: expect.any(Number),
      attributedTo: 'Nikolas Farantouris',
    });
    const text = readFileSync(SEED_000, 'utf8');
    for (const f of first!.figures as { value: string; start: number; end: number }[]) {
      expect(text.slice(f.start, f.end)).toBe(f.value);
    }
    expect(second).toMatchObject({ source: SEED_001 });
    expect(second!.sources).toContain('Syrian Observatory for Human Rights (SOHR)');
    expect(second!.figures).toContainEqual(
      expect.objectContaining({ value: '745', what: 'killed', attributedTo: 'SOHR' }),
    );
    expect(second!.attributedClaims as number).toBeGreaterThan(0);
  });

  it('counts more loaded language at the "more" point than at the default "precise" one', async () => {
    const precise = lines((await slant(['figures', SEED_000])).stdout)[0]!;
    const more = lines((await slant(['figures', SEED_000, '--point', 'more'])).stdout)[0]!;
    expect(more.loadedLanguagePer1000 as number).toBeGreaterThan(
      precise.loadedLanguagePer1000 as number,
    );
    expect(more.figures).toEqual(precise.figures);
  });

  it('writes CSV with one row per figure and the file’s columns repeated', async () => {
    const { code, stdout } = await slant(['figures', '--format', 'csv', SEED_000]);
    expect(code).toBe(0);
    expect(stdout.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(stdout.trim(), { header: true });
    expect(parsed.meta.fields).toEqual([
      'source',
      'words',
      'loaded_language_per_1000',
      'unattributed_claims',
      'attributed_claims',
      'sources',
      'value',
      'number',
      'what',
      'start',
      'end',
      'attributed_to',
    ]);
    const json = lines((await slant(['figures', SEED_000])).stdout)[0]!;
    expect(parsed.data).toHaveLength((json.figures as unknown[]).length);
    expect(new Set(parsed.data.map((row) => row.words))).toEqual(new Set([String(json.words)]));
    expect(parsed.data.find((row) => row.value === 'potentially reaching 7,000')).toMatchObject({
      attributed_to: 'Nikolas Farantouris',
      sources: 'Nikolas Farantouris; Netanyahu',
    });
  });

  it('names a file it cannot read, still prints the others and exits with 1', async () => {
    const { code, stdout, stderr } = await slant(['figures', 'missing.txt', SEED_001]);
    expect(code).toBe(1);
    expect(stderr).toContain('missing.txt');
    expect(lines(stdout)).toHaveLength(1);
  });

  it('refuses an unknown point or format, or no FILE, with exit code 2', async () => {
    for (const argv of [
      ['figures', '--point', 'loose', SEED_000],
      ['figures', '--format', 'w3c', SEED_000],
      ['figures'],
    ]) {
      const { code, stdout, stderr } = await slant(argv);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^slant: /);
    }
  });
});
