import { describe, expect, it } from 'vitest';
import { articleAttribution } from '../../../../src/analysis/attribution/article-attribution';
import { rememberAttribution } from '../../../../src/analysis/attribution/remembered-attribution';
import { figureNumber } from '../../../../src/analysis/attribution/figure-number';
import { readSeed } from '../read-seed';

const sources = (text: string) => articleAttribution(text).sources;

describe('articleAttribution: sources', () => {
  it('names the politician who reported a toll, past a relative clause', () => {
    const text =
      'Greek MEP Nikolas Farantouris, who visited Damascus shortly after the atrocities, reported a staggering death toll, potentially reaching 7,000.';
    const found = articleAttribution(text);
    expect(found.sources).toEqual(['Nikolas Farantouris']);
    expect(found.figures).toMatchObject([
      {
        value: 'potentially reaching 7,000',
        number: 7000,
        what: 'killed',
        attributedTo: 'Nikolas Farantouris',
      },
    ]);
  });

  it('cites a resident, not the place; no nationality, nor a word inside the quote', () => {
    expect(sources('A resident of Mosul said the water had been cut off.')).toEqual([]);
    expect(
      articleAttribution('A resident of Mosul said the water had been cut off.').attributed,
    ).toEqual([true]);
    expect(sources('“The Kremlin is lying,” a Russian activist said.')).toEqual([]);
    expect(sources('Turkish officials met Syrian diplomats in Ankara.')).toEqual([]);
  });

  it('names officials, ministries, offices and local authorities', () => {
    expect(sources('Local Lebanese authorities indicated that 350 families crossed.')).toEqual([
      'Local Lebanese authorities',
    ]);
    expect(
      sources('A spokesperson for the WHO’s regional office said vaccines were late.'),
    ).toEqual(['WHO’s regional office']);
    expect(sources('French officials said the boat sank.')).toEqual(['French officials']);
    expect(sources('Some officials say the budget will fail.')).toEqual([]);
  });

  it('ties a description or a pronoun to the source named before it', () => {
    const text =
      'The Syrian Observatory for Human Rights gave a toll. The London-based monitoring group said 148 rebels have also been killed. She said nothing.';
    const found = articleAttribution(text);
    expect(found.sources).toEqual(['Syrian Observatory for Human Rights']);
    expect(found.figures[0]).toMatchObject({
      number: 148,
      what: 'killed',
      attributedTo: 'Syrian Observatory for Human Rights',
    });
    const she = articleAttribution(
      'Olena Petrenko arrived. She warned that 15 people were missing.',
    );
    expect(she.mentions.find((m) => m.reference)).toMatchObject({ name: 'Olena Petrenko' });
    expect(she.figures[0]).toMatchObject({ what: 'missing', attributedTo: 'Olena Petrenko' });
  });

  it('reads the sample articles as a reader would', () => {
    const seed000 = articleAttribution(readSeed('000_da10e5d0690c0007.txt'));
    expect(seed000.sources).toContain('Nikolas Farantouris');
    expect(seed000.sources).not.toContain('Damascus');
    const seed003 = articleAttribution(readSeed('003_07581b009b96ef05.txt'));
    expect(seed003.sources).toEqual(
      expect.arrayContaining([
        'Syrian Observatory for Human Rights',
        'UN human rights office',
        'Nada Mohammed',
        'Local Lebanese authorities',
      ]),
    );
    for (const seed of [seed000, seed003]) {
      for (const name of seed.sources)
        expect(name).not.toMatch(/^(?:Syria|Lebanon|Syrian|Alawite)s?$/);
    }
  });
});

describe('articleAttribution: figures', () => {
  it('says what each figure counts and leaves measures out', () => {
    const text =
      'The Kenya Red Cross said 38 people were killed and 50,000 displaced. Prices rose 8 percent in three days. Police arrested dozens.';
    expect(
      articleAttribution(text).figures.map(({ value, number, what, attributedTo }) => [
        value,
        number,
        what,
        attributedTo,
      ]),
    ).toEqual([
      ['38', 38, 'killed', 'Kenya Red Cross'],
      ['50,000', 50000, 'displaced', 'Kenya Red Cross'],
      // The police did it; nobody here says so.
      ['dozens', 24, 'arrested', null],
    ]);
  });

  it('gives offsets into the text and no source where the sentence names none', () => {
    const text = 'Calm returned.\nMore than 1,000 people have been killed in two days.';
    const [figure] = articleAttribution(text).figures;
    expect(figure).toMatchObject({ value: 'More than 1,000', what: 'killed', attributedTo: null });
    expect(text.slice(figure!.start, figure!.end)).toBe('More than 1,000');
  });

  it('reads numbers as numbers', () => {
    expect(figureNumber('1,200')).toBe(1200);
    expect(figureNumber('1.2 million')).toBe(1_200_000);
    expect(figureNumber('seven thousand')).toBe(7000);
    expect(figureNumber('forty-five')).toBe(45);
    expect(figureNumber('dozens')).toBe(24);
    expect(figureNumber('tens of thousands')).toBe(20_000);
  });
});

describe('rememberAttribution: an attribution kept from an earlier visit', () => {
  it('is the answer for its text, and the same as working it out', () => {
    const text = 'Health officials said 40 people were killed in the strike on Tuesday.';
    const worked = structuredClone(articleAttribution(text));
    const other = `${text} `;
    rememberAttribution(other, worked);
    expect(articleAttribution(other)).toBe(worked);
    expect(articleAttribution(other)).toEqual(articleAttribution(text));
  });
});
