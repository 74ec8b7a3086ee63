import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../src/analysis/compare/extract-figures';

describe('extractFigures', () => {
  it.each([
    ['over 1,200 civilians dead', ['over 1,200']],
    ['7000 dead', ['7000']],
    ['745 civilians have been killed', ['745']],
    ['two residents told the AP', ['two']],
    ['dozens were wounded', ['dozens']],
    ['around 7,000 Alawites took refuge', ['around 7,000']],
    ['More than 1,000 people killed in two days', ['more than 1,000', 'two']],
    ['in at least 29 different massacres', ['at least 29']],
    ['some seven thousand refugees', ['some seven thousand']],
    ['approximately 230 security personnel and 250 fighters', ['approximately 230', '250']],
    ['nearly 3.5 million people', ['nearly 3.5 million']],
    ['tens of thousands fled and a dozen homes burned', ['tens of thousands', 'a dozen']],
    [
      'twenty-five people, 40% of them children, or 12 per cent',
      ['twenty-five', '40%', '12 per cent'],
    ],
    ['no fewer than 20 and More  than\n300', ['no fewer than 20', 'more than 300']],
    ['Thousands of civilians', ['thousands']],
    ['745 here, 745 there', ['745']],
  ])('%j gives %j', (text, figures) => {
    expect(extractFigures(text)).toEqual(figures);
  });

  it.each([
    'began on March 6th',
    'on March 8, 2025',
    'on 8 March',
    'the war that began in 2011',
    'Israeli channel i24',
    'a 57-year-old resident',
    'before the Six-Day War',
    'one of the biggest massacres; no one left',
    'the often tense talks',
  ])('finds no figure in %j', (text) => {
    expect(extractFigures(text)).toEqual([]);
  });

  it('keeps "one" with a scale word', () => {
    expect(extractFigures('one hundred families')).toEqual(['one hundred']);
  });
});
