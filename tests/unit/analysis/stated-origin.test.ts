import { describe, expect, it } from 'vitest';
import { statedOrigin } from '../../../src/analysis/outlets/stated-origin';
import { readSeed } from './read-seed';

const registry = [
  { id: 'outlet-coast', name: 'Coast Radio', aliases: ['CR'], domains: ['coastradio.example'] },
];

describe('statedOrigin', () => {
  it('reads an “Original Source:” line of a seed article as a known outlet, by its domain', () => {
    expect(statedOrigin(readSeed('003_07581b009b96ef05.txt'), [])).toEqual({
      name: 'The Independent',
      domains: ['independent.co.uk'],
      line: 'Original Source: www.independent.co.uk',
    });
  });

  it('reads a site’s description of itself', () => {
    expect(statedOrigin(readSeed('001_009b48cc48a6c3a5.txt'), [])).toMatchObject({
      name: 'SouthFront',
      line: 'NOW hosted at southfront.press',
    });
  });

  it('prefers the reader’s registry, by domain or name, and carries its id', () => {
    const text = 'Storm hits the coast.\nOriginally published by Coast Radio.';
    expect(statedOrigin(text, registry)).toMatchObject({
      outletId: 'outlet-coast',
      name: 'Coast Radio',
    });
    expect(
      statedOrigin('Original source: https://www.coastradio.example/news/1', registry),
    ).toMatchObject({
      outletId: 'outlet-coast',
    });
  });

  it('offers an unknown host as it is, and stays quiet when the text names no origin', () => {
    expect(statedOrigin('Republished from: news.unknown.example', [])).toEqual({
      name: 'news.unknown.example',
      domains: ['news.unknown.example'],
      line: 'Republished from: news.unknown.example',
    });
    for (const seed of ['000_da10e5d0690c0007.txt', '002_7858cea97ce4f018.txt'] as const)
      expect(statedOrigin(readSeed(seed), [])).toBeUndefined();
    expect(statedOrigin('She was at the hospital. Source: SOHR.', [])).toBeUndefined();
  });
});
