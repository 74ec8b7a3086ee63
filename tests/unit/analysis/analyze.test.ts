import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { SEED_FILES, readSeed } from './read-seed';

const sample =
  'Reports suggest a horrific, blood-curdling massacre took place, Bild said. ' +
  'Many believe the toll is higher.';

describe('analyze', () => {
  it('runs every detector by default and sorts suggestions by start', () => {
    const found = analyze(sample);
    expect(new Set(found.map((s) => s.tag))).toEqual(
      new Set(['loaded-language', 'unattributed-claim', 'outlet-affiliation']),
    );
    const starts = found.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const s of found) expect(sample.slice(s.start, s.end)).toBe(s.exact);
  });

  it('turns each detector off on request', () => {
    const tags = (options: Parameters<typeof analyze>[1]) =>
      new Set(analyze(sample, options).map((s) => s.tag));
    expect(tags({ loadedLanguage: false })).toEqual(
      new Set(['unattributed-claim', 'outlet-affiliation']),
    );
    expect(tags({ unattributedClaims: false, outlets: false })).toEqual(
      new Set(['loaded-language']),
    );
    expect(
      analyze(sample, { loadedLanguage: false, unattributedClaims: false, outlets: false }),
    ).toEqual([]);
  });

  it('passes the registry through to the outlet detector', () => {
    const registry = [{ id: 'bild', name: 'Bild', aliases: [], domains: ['bild.de'] }];
    const bild = analyze(sample, { registry }).find((s) => s.tag === 'outlet-affiliation');
    expect(bild).toMatchObject({ exact: 'Bild', outletId: 'bild' });
  });

  it('gives well-formed suggestions on every seed', () => {
    for (const file of SEED_FILES) {
      const text = readSeed(file);
      for (const s of analyze(text)) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(s.start, s.end)).toBe(s.exact);
        expect(s.reason.length).toBeGreaterThan(0);
      }
    }
  });
});
