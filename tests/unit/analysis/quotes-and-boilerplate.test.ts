import { describe, expect, it } from 'vitest';
import { boilerplateLines } from '../../../src/analysis/text/boilerplate';
import { directQuotes } from '../../../src/analysis/text/direct-quotes';

const slices = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('directQuotes', () => {
  it('finds the words a person is quoted as saying, curly or straight', () => {
    const text =
      '“They are butchers and cowards,” the minister said. She added: "This is a disgraceful day for us."';
    expect(slices(text, directQuotes(text))).toEqual([
      'They are butchers and cowards,',
      'This is a disgraceful day for us.',
    ]);
  });

  it('leaves scare quotes, titles and unattributed slogans to the outlet', () => {
    const text =
      'The so-called "rebels" marched. The film "Gone with the Wind Again Today" opened on Friday.';
    expect(directQuotes(text)).toEqual([]);
  });

  it('takes neither a name such as "The Washington Post" nor a nearby "to" for a verb of saying', () => {
    const text =
      'The Washington Post ran "The Next Mideast Wars Are Coming" on Sunday. ' +
      'Plague returns to Madagascar, the "worst outbreak in fifty years" and a crisis.';
    expect(directQuotes(text)).toEqual([]);
  });

  it('still finds a quote introduced at the start of a sentence', () => {
    const text = 'According to the mayor, "the new bridge is a complete disaster for the town."';
    expect(slices(text, directQuotes(text))).toEqual([
      'the new bridge is a complete disaster for the town.',
    ]);
  });

  it('runs a quote left open to the end of its line, as a quoted paragraph', () => {
    const text = 'He told reporters: “We will crush these traitors once and for all\nNext line.';
    expect(slices(text, directQuotes(text))).toEqual([
      'We will crush these traitors once and for all',
    ]);
  });
});

describe('boilerplateLines', () => {
  const article = Array.from(
    { length: 8 },
    (_, i) => `Paragraph ${i} of the article says what happened in the town, at length.`,
  );

  it('finds footers, bylines, bios and comment prompts', () => {
    const text = [
      'A headline',
      'By Jane Doe',
      ...article,
      'Jane Doe is a freelance journalist and a fierce critic of the brutal regime.',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
      '© 2025 Example News. All rights reserved.',
    ].join('\n');
    expect(slices(text, boilerplateLines(text))).toEqual([
      'By Jane Doe',
      'Jane Doe is a freelance journalist and a fierce critic of the brutal regime.',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
      '© 2025 Example News. All rights reserved.',
    ]);
  });

  it('takes a list of links in the second half, not the headline and subheadings at the top', () => {
    const links = ['Shocking scandal rocks the capital', 'Ten horrifying facts', 'More news'];
    const text = ['A headline', 'A subheading', 'Another subheading', ...article, ...links].join(
      '\n',
    );
    expect(slices(text, boilerplateLines(text))).toEqual(links);
  });

  it('marks everything after a tail such as "Related posts" in the second half', () => {
    const text = [...article, 'Related posts', 'A brutal story', 'Another outrageous one.'].join(
      '\n',
    );
    expect(slices(text, boilerplateLines(text))).toEqual([
      'Related posts',
      'A brutal story',
      'Another outrageous one.',
    ]);
  });

  it('leaves an article without boilerplate alone', () => {
    expect(boilerplateLines(['A headline', ...article].join('\n'))).toEqual([]);
  });
});
