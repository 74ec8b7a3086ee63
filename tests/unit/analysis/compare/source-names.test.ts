import { describe, expect, it } from 'vitest';
import { distinctSources } from '../../../../src/analysis/compare/distinct-sources';
import { sourceNamesIn } from '../../../../src/analysis/compare/source-names';

describe('sourceNamesIn', () => {
  it.each([
    [
      'More than 1,000 people have been killed, the Syrian Observatory for Human Rights (SOHR) said on March 8.',
      ['Syrian Observatory for Human Rights (SOHR)'],
    ],
    ['According to the latest count by the SOHR, 745 civilians have been killed.', ['SOHR']],
    [
      'Over 1,200 civilians have been reported dead, as indicated by the Syrian Observatory for Human Rights.',
      ['Syrian Observatory for Human Rights'],
    ],
    ['Two residents of the coastal region told the AP that homes were looted.', ['AP']],
    ['"It was very, very bad," Sheha told the AP by phone.', ['Sheha', 'AP']],
    ['SOHR chief Rami Abdurrahman said that revenge killings stopped.', ['Rami Abdurrahman']],
    ["Al-Mayadeen's correspondent reported that residents stay home.", ['Al-Mayadeen']],
    ['Local sources speaking with The Cradle said families were disarmed.', ['The Cradle']],
    ['The UN spokesman reported harrowing instances.', ['UN']],
    [
      'Syria’s interim president, Ahmed al-Sharaa, said on March 8 it was expected.',
      ['Ahmed al-Sharaa'],
    ],
    ['On Saturday Reuters reported the toll.', ['Reuters']],
  ])('%j names %j', (sentence, names) => {
    expect(sourceNamesIn(sentence)).toEqual(names);
  });

  it.each([
    'Reports suggest the death toll may rise.',
    'Sources say the deal is already done.',
    'While other sources report lower casualty numbers, the brutality is undeniable.',
    'More than 600 were killed, as reported by recent news sources.',
    'Many believe the election was stolen.',
    'The committee met on Tuesday and approved the budget.',
    // Attributed for the detector, but a pronoun names no one.
    'He said the gunmen asked residents for their IDs.',
  ])('names no source in %j', (sentence) => {
    expect(sourceNamesIn(sentence)).toEqual([]);
  });
});

describe('distinctSources', () => {
  it('counts "the SOHR", "SOHR" and the full name with or without the acronym once', () => {
    expect(
      distinctSources([
        'SOHR',
        'the SOHR',
        'Syrian Observatory for Human Rights',
        'Syrian Observatory for Human Rights (SOHR)',
        'Syrian Observatory',
      ]),
    ).toEqual(['Syrian Observatory for Human Rights (SOHR)']);
  });

  it('joins an acronym to a full name met earlier, and keeps the order of first mention', () => {
    expect(distinctSources(['Associated Press', 'Reuters', 'AP', 'the AP'])).toEqual([
      'Associated Press (AP)',
      'Reuters',
    ]);
  });

  it('folds a surname into the full name, but not a country into a longer name', () => {
    expect(distinctSources(['Rami Abdurrahman', 'Abdurrahman'])).toEqual(['Rami Abdurrahman']);
    expect(distinctSources(['Israel', 'Israel Defense Forces'])).toEqual([
      'Israel',
      'Israel Defense Forces',
    ]);
  });

  it('keeps "The" in a name that has it, and matches it without', () => {
    expect(distinctSources(['The Cradle', 'Cradle'])).toEqual(['The Cradle']);
  });
});
