import { describe, expect, it } from 'vitest';
import { articleAttribution } from '../../../src/analysis/attribution/article-attribution';
import { detectUnattributedClaims as detectWith } from '../../../src/analysis/unattributed/detect';
import { readSeed } from './read-seed';

const detectUnattributedClaims = (text: string) => detectWith(text, articleAttribution(text));

describe('detectUnattributedClaims', () => {
  it.each([
    ['Israel had reportedly lobbied the US to keep Syria decentralized.', 'reportedly'],
    ['Reports suggest that the two officials have met in secret.', 'Reports suggest'],
    ['It is estimated that around 7,000 people have taken refuge at the base.', 'It is estimated'],
    ['Sources say the deal is already done.', 'Sources say'],
    ['Some say the reforms went too far.', 'Some say'],
    ['Many believe the election was stolen.', 'Many believe'],
    ['For two days, a series of massacres were reported.', 'were reported'],
    [
      'The crackdown continues in what is being described as genocide.',
      'what is being described as',
    ],
    ['Videos circulating on social media show families fleeing.', 'circulating on social media'],
    [
      'More than 600 were killed, as reported by recent news sources.',
      'as reported by recent news sources',
    ],
    [
      'Despite the pledge, unverified reports suggest ongoing killings.',
      'unverified reports suggest',
    ],
  ])('flags %j, naming the vague phrase', (sentence, phrase) => {
    const [suggestion, ...rest] = detectUnattributedClaims(sentence);
    expect(rest).toEqual([]);
    expect(suggestion).toMatchObject({ tag: 'unattributed-claim', start: 0, end: sentence.length });
    expect(suggestion?.exact).toBe(sentence);
    expect(suggestion?.reason).toContain(`'${phrase}'`);
  });

  it.each([
    'More than 1,000 people have been killed, the Syrian Observatory for Human Rights (SOHR) said on March 8.',
    'According to the UN, 350 families have crossed the border.',
    'Two residents of the coastal region told the AP that homes were looted.',
    'Over 1,200 civilians have been reported dead, as indicated by the Syrian Observatory for Human Rights.',
    'Local sources reported to Al-Mayadeen that more than 400 civilians have been killed.',
    'The UN spokesman reported harrowing instances of families being targeted.',
    'The sources stated that the gunmen confiscated phones.',
    'The committee met on Tuesday and approved the budget.',
    '"It was very, very bad," Sheha told the AP by phone.',
  ])('leaves %j alone', (sentence) => {
    expect(detectUnattributedClaims(sentence)).toEqual([]);
  });

  it('spans only the opening clause when the vague source sits there', () => {
    const text = 'While other sources report lower numbers, the brutality is undeniable.';
    const [suggestion] = detectUnattributedClaims(text);
    expect(suggestion?.exact).toBe('While other sources report lower numbers');
    expect(suggestion?.reason).toBe("vague attribution: 'other sources report' names no source");
  });

  it('suggests each sentence once, with offsets into the whole text', () => {
    const text = 'The SOHR said 745 died.\nReports suggest more. Reportedly, allegedly, many more.';
    const found = detectUnattributedClaims(text);
    expect(found.map((s) => s.exact)).toEqual([
      'Reports suggest more.',
      'Reportedly, allegedly, many more.',
    ]);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.exact);
  });

  it('finds the vague attributions of the seed articles and not their named sources', () => {
    const reasons = (file: Parameters<typeof readSeed>[0]): string[] =>
      detectUnattributedClaims(readSeed(file)).map((s) => s.reason);
    expect(reasons('000_da10e5d0690c0007.txt').join(' ')).toMatch(/Reports suggest/);
    expect(reasons('002_7858cea97ce4f018.txt').join(' ')).toMatch(/It is estimated/);
    expect(reasons('004_f9f508b3207d511e.txt').join(' ')).toMatch(/recent news sources/);
    const seed001 = detectUnattributedClaims(readSeed('001_009b48cc48a6c3a5.txt'));
    expect(seed001.some((s) => s.exact.includes('(SOHR) said'))).toBe(false);
    const seed004 = detectUnattributedClaims(readSeed('004_f9f508b3207d511e.txt'));
    expect(seed004.some((s) => /told the AP|SOHR\) reported/.test(s.exact))).toBe(false);
  });
});
