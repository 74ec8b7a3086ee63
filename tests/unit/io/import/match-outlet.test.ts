import { describe, expect, it } from 'vitest';
import { matchOutlet, type RegistryOutlet } from '../../../../src/io/import';

const outlets: RegistryOutlet[] = [
  {
    id: 'courier',
    name: 'The Harbour Courier',
    aliases: ['Courier'],
    domains: ['harbourcourier.example'],
  },
  {
    id: 'gazette',
    name: 'Valley Gazette',
    aliases: [],
    domains: ['https://www.ValleyGazette.example/'],
  },
  { id: 'broadcaster', name: 'Example Broadcasting', aliases: ['EBC'], domains: ['ebc.example'] },
  { id: 'ebc-news', name: 'EBC News', aliases: [], domains: ['news.ebc.example'] },
];

describe('matchOutlet', () => {
  it('matches a URL’s host to a listed domain, ignoring www.', () => {
    expect(matchOutlet({ url: 'https://www.harbourcourier.example/news/1' }, outlets)).toBe(
      'courier',
    );
    expect(matchOutlet({ url: 'http://valleygazette.example/a' }, outlets)).toBe('gazette');
  });

  it('matches subdomains, the most specific listed domain first', () => {
    expect(matchOutlet({ url: 'https://live.harbourcourier.example/x' }, outlets)).toBe('courier');
    expect(matchOutlet({ url: 'https://news.ebc.example/story' }, outlets)).toBe('ebc-news');
    expect(matchOutlet({ url: 'https://sport.ebc.example/story' }, outlets)).toBe('broadcaster');
  });

  it('does not match a domain that merely ends the same way', () => {
    expect(matchOutlet({ url: 'https://notharbourcourier.example/' }, outlets)).toBeUndefined();
  });

  it('matches a site name to a name or alias, ignoring case and a leading “The”', () => {
    expect(matchOutlet({ siteName: 'harbour courier' }, outlets)).toBe('courier');
    expect(matchOutlet({ siteName: 'COURIER' }, outlets)).toBe('courier');
    expect(matchOutlet({ siteName: 'ebc' }, outlets)).toBe('broadcaster');
    expect(matchOutlet({ siteName: 'valleygazette.example' }, outlets)).toBe('gazette');
  });

  it('prefers the domain to the site name', () => {
    expect(
      matchOutlet(
        { url: 'https://valleygazette.example/', siteName: 'The Harbour Courier' },
        outlets,
      ),
    ).toBe('gazette');
  });

  it('returns undefined for no match or no clues', () => {
    expect(
      matchOutlet({ url: 'https://elsewhere.example/', siteName: 'Elsewhere' }, outlets),
    ).toBeUndefined();
    expect(matchOutlet({}, outlets)).toBeUndefined();
    expect(matchOutlet({ url: 'not a url' }, outlets)).toBeUndefined();
  });
});
