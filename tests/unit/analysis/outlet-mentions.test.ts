import { describe, expect, it } from 'vitest';
import { detectOutletMentions } from '../../../src/analysis/outlets/detect-outlet-mentions';
import type { RegistryOutlet } from '../../../src/analysis/outlets/outlet-entry';
import { readSeed } from './read-seed';

const mentions = (text: string, registry?: RegistryOutlet[]): string[] =>
  detectOutletMentions(text, registry).map((s) => s.exact);

describe('detectOutletMentions on the seed articles', () => {
  it('finds the outlets and wire services each seed names', () => {
    expect(mentions(readSeed('000_da10e5d0690c0007.txt'))).toEqual([]);
    expect(new Set(mentions(readSeed('001_009b48cc48a6c3a5.txt')))).toEqual(
      new Set([
        'SouthFront: Analysis and Intelligence',
        'southfront.press',
        'southfront.org',
        'southfront.com',
      ]),
    );
    expect(mentions(readSeed('002_7858cea97ce4f018.txt')).sort()).toEqual(['Bild', 'i24']);
    expect(mentions(readSeed('003_07581b009b96ef05.txt'))).toEqual(['www.independent.co.uk']);
    expect(new Set(mentions(readSeed('004_f9f508b3207d511e.txt')))).toEqual(
      new Set([
        'www.dailymail.co.uk',
        'www.foxnews.com',
        'www.middleeasteye.net',
        'news.un.org',
        'The Cradle',
        'Al-Mayadeen',
        'AP',
      ]),
    );
  });

  it('says which outlet a domain belongs to', () => {
    const fox = detectOutletMentions(readSeed('004_f9f508b3207d511e.txt')).find(
      (s) => s.exact === 'www.foxnews.com',
    );
    expect(fox).toMatchObject({
      tag: 'outlet-affiliation',
      reason: 'link to foxnews.com, the site of Fox News',
    });
    expect(fox?.outletId).toBeUndefined();
  });

  it('returns the registry id of an outlet the user has recorded', () => {
    const registry: RegistryOutlet[] = [
      { id: 'outlet-sf', name: 'SouthFront', aliases: [], domains: ['southfront.press'] },
      { id: 'outlet-ap', name: 'The Associated Press', aliases: ['AP'], domains: ['apnews.com'] },
    ];
    const seed001 = detectOutletMentions(readSeed('001_009b48cc48a6c3a5.txt'), registry);
    expect(seed001.length).toBeGreaterThan(0);
    expect(seed001.every((s) => s.outletId === 'outlet-sf')).toBe(true);
    const ap = detectOutletMentions(readSeed('004_f9f508b3207d511e.txt'), registry).filter(
      (s) => s.exact === 'AP',
    );
    expect(ap).toHaveLength(3);
    expect(ap.every((s) => s.outletId === 'outlet-ap')).toBe(true);
  });
});

describe('detectOutletMentions', () => {
  it('matches registry names and domains the built-in list does not know', () => {
    const registry: RegistryOutlet[] = [
      { id: 'o1', name: 'Coastal Courier', aliases: ['the Courier'], domains: ['coastal.example'] },
    ];
    const found = detectOutletMentions(
      'Coastal Courier said so; see https://news.coastal.example/x for the story.',
      registry,
    );
    expect(found.map((s) => [s.exact, s.outletId])).toEqual([
      ['Coastal Courier', 'o1'],
      ['news.coastal.example', 'o1'],
    ]);
  });

  it('finds outlets the text introduces as such', () => {
    expect(mentions('According to Israeli channel Kan11 the talks failed.')).toEqual(['Kan11']);
    expect(mentions('A report in the Ekstra Bladet newspaper said otherwise.')).toEqual([
      'Ekstra Bladet',
    ]);
    expect(mentions('He told the Kyiv Post on Monday that he would resign.')).toEqual([
      'Kyiv Post',
    ]);
  });

  it('does not take people, places, monitors or adjectives for outlets', () => {
    expect(mentions('The SOHR reported 745 deaths, the UN said.')).toEqual([]);
    expect(mentions('She told the court that she told John everything.')).toEqual([]);
    expect(
      mentions('The Danish newspaper was sold. The sun rose over the Independent Party.'),
    ).toEqual([]);
    expect(mentions('Photo: commons.wikimedia.org, licensed from creativecommons.org')).toEqual([]);
  });

  it('needs the capitals of a name: "ap" and "the sun" are words', () => {
    expect(mentions('Take the ap exam while the sun shines.')).toEqual([]);
    expect(mentions('The Sun and the AP both ran it.')).toEqual(['The Sun', 'AP']);
  });
});
