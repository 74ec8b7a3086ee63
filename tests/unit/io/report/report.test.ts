import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Annotation, Tag } from '../../../../src/domain/types';
import { toReport } from '../../../../src/io/report';
import { DEFAULT_TAGS } from '../../../../src/domain/default-taxonomy';
import { TAXONOMY_PRESETS, extendTaxonomy } from '../../../../src/domain/taxonomy-presets';
import { annotate, docA, library, outlet, tags } from '../sample-data';

const onA = library.annotations.filter((a) => a.documentId === 'doc-a');
const generatedAt = new Date('2025-03-10T12:00:00.000Z');
const html = toReport({ document: docA, annotations: onA, tags, outlet, generatedAt });
const page = new JSDOM(html).window.document;

/** The article's text as a reader sees it, without the markers. */
function articleText(doc: Document): string {
  const article = doc.querySelector('article')!.cloneNode(true) as HTMLElement;
  article.querySelectorAll('sup.marker').forEach((sup) => sup.remove());
  return [...article.querySelectorAll('p')].map((p) => p.textContent).join('\n');
}

describe('HTML report', () => {
  it('is self-contained: no scripts, no external resources, a strict CSP', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(src|srcset)=/i);
    expect(html).not.toMatch(/<link|@import|url\(/i);
    expect(page.querySelectorAll('script, iframe, img, object, embed')).toHaveLength(0);
    expect(
      page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content'),
    ).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(html).toMatch(/@media print\{/);
  });

  it('escapes what users wrote: a note with <script> stays text', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; a second line\nhere');
    const notes = [...page.querySelectorAll('.note')].map((n) => n.textContent);
    expect(notes).toContain('<script>alert(1)</script> & a second line\nhere');
  });

  it('shows the whole article, unchanged, with one marker per annotation', () => {
    expect(articleText(page)).toBe(docA.text);
    const markers = [...page.querySelectorAll('article sup.marker')].map(
      (m) => m.textContent!.match(/^\[(\d+) [A-Z,]+\]$/)![1],
    );
    expect(markers.sort()).toEqual(onA.map((_, i) => `${i + 1}`).sort());
  });

  it('lists every annotation by marker number, with tags, quote, note and fields', () => {
    const items = [...page.querySelectorAll('ol.notes > li')];
    expect(items).toHaveLength(onA.length);
    expect(items.map((li) => li.id)).toEqual(onA.map((_, i) => `note-${i + 1}`));
    const claim = items.find((li) => li.textContent!.includes('Reports suggest'))!;
    expect(claim.querySelector('.tags')!.textContent).toBe('B Unattributed claim');
    expect(claim.querySelector('dl')!.textContent).toBe('Who should be cited?the health ministry');
    const rtx = items.find((li) => li.querySelector('.quote')!.textContent === '“RTX”')!;
    expect(rtx.querySelector('dl')!.textContent).toBe('Which outlet?RTX');
    expect(rtx.querySelector('.meta')!.textContent).toBe('2025-03-08 · from a suggestion');
  });

  it('has a legend that works without colour, and a per-tag summary', () => {
    const legend = [...page.querySelectorAll('.legend li')].map((li) => li.textContent);
    expect(legend).toEqual([
      'A SampleLoaded language (wavy underline)',
      'B SampleUnattributed claim (dashed underline)',
      'C SampleOutlet affiliation (double underline)',
      'D SampleName calling or labelling (dotted underline)',
      'E SampleNo tag (solid underline)',
    ]);
    const rows = [...page.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['A Loaded language', '2', '2'],
      ['B Unattributed claim', '1', '1'],
      ['C Outlet affiliation', '1', '0'],
      ['D Name calling or labelling', '1', '1'],
      ['E No tag', '1', '0'],
    ]);
    expect(html).toMatch(
      /mark\.tag-0\{text-decoration-line:underline;text-decoration-style:wavy;text-decoration-color:#D55E00/,
    );
  });

  it('tells all 17 tags apart in black and white, though colours and underline styles repeat', () => {
    const semeval = TAXONOMY_PRESETS.find((p) => p.id === 'semeval-2020')!;
    const all = [...DEFAULT_TAGS, ...extendTaxonomy(DEFAULT_TAGS, semeval.tags)];
    expect(all).toHaveLength(17);
    // One passage per tag, each its own highlight.
    const words = docA.text.match(/\p{L}{4,}/gu)!.slice(0, all.length);
    const marked = all.map((tag, i) => ({ ...annotate(docA, words[i]!), tagIds: [tag.id] }));
    const doc = new JSDOM(toReport({ document: docA, annotations: marked, tags: all })).window
      .document;
    const legend = [...doc.querySelectorAll('.legend li')];
    expect(legend).toHaveLength(17);
    // Five underline styles for 17 tags: the underline alone cannot tell them apart…
    const styles = legend.map((li) => li.querySelector('.meta')!.textContent);
    expect(new Set(styles).size).toBeLessThan(17);
    // …the letter does, in the legend and in every highlight's marker.
    const letters = legend.map((li) => li.querySelector('.letter')!.textContent!);
    expect(new Set(letters).size).toBe(17);
    // Each highlight's marker and its note name its tag by the legend's letter.
    const notes = [...doc.querySelectorAll('ol.notes > li')];
    expect(notes).toHaveLength(17);
    for (const [i, note] of notes.entries()) {
      const letter = note.querySelector('.tags')!.textContent!.split(' ')[0]!;
      expect(doc.querySelector(`#mark-${i + 1}`)!.textContent).toBe(`[${i + 1} ${letter}]`);
      const entry = legend[letters.indexOf(letter)]!;
      expect(note.querySelector('.tags')!.textContent).toBe(
        `${letter} ${entry.textContent!.split('Sample')[1]!.replace(/ \(.*$/, '')}`,
      );
    }
  });

  it('splits overlapping and nested highlights into runs that carry every tag', () => {
    const outer = {
      ...annotate(docA, 'Government forces slaughtered dozens'),
      tagIds: ['unattributed-claim'],
    };
    const inner = { ...annotate(docA, 'slaughtered'), tagIds: ['loaded-language'] };
    const crossing = { ...annotate(docA, 'dozens of civilians'), tagIds: ['outlet-affiliation'] };
    const doc = new JSDOM(toReport({ document: docA, annotations: [outer, inner, crossing], tags }))
      .window.document;
    expect(articleText(doc)).toBe(docA.text);
    const runs = [...doc.querySelectorAll('article p > span[title]')].map((span) => [
      span.textContent,
      [...span.querySelectorAll('mark')].map((m) => m.className),
    ]);
    // Each underline keeps its depth along its whole highlight: the outer one stays just under
    // the text, the ones starting inside it go one lane deeper.
    expect(runs).toEqual([
      ['Government forces ', ['tag-1 level-0']],
      ['slaughtered', ['tag-0 level-1', 'tag-1 level-0']],
      [' ', ['tag-1 level-0']],
      ['dozens', ['tag-2 level-1', 'tag-1 level-0']],
      [' of civilians', ['tag-2 level-1']],
    ]);
    // Numbered by where they start; each marker follows its highlight's end.
    const markers = [...doc.querySelectorAll('article sup.marker')].map((m) => m.textContent);
    expect(markers).toEqual(['[2 A]', '[1 B]', '[3 C]']);
  });

  it('carries a highlight across a paragraph break, with its marker at its end', () => {
    const across = { ...annotate(docA, 'activists said.\nReports'), tagIds: ['loaded-language'] };
    const doc = new JSDOM(toReport({ document: docA, annotations: [across], tags })).window
      .document;
    expect(articleText(doc)).toBe(docA.text);
    const paragraphs = [...doc.querySelectorAll('article p')];
    expect(paragraphs[0]!.querySelector('mark')!.textContent).toBe('activists said.');
    expect(paragraphs[1]!.querySelector('mark')!.textContent).toBe('Reports');
    expect(paragraphs[1]!.querySelector('sup.marker')!.textContent).toBe('[1 A]');
    expect(paragraphs[0]!.querySelector('sup.marker')).toBeNull();
  });

  it('lists orphans (and ranges outside the text) as not found, and refuses hostile colours', () => {
    const orphan: Annotation = { ...annotate(docA, 'civilians'), status: 'orphaned', note: 'lost' };
    const outside: Annotation = {
      ...annotate(docA, 'Tuesday'),
      target: { ...annotate(docA, 'Tuesday').target, end: 9999 },
    };
    const evil: Tag = {
      ...tags[0]!,
      id: 'evil',
      label: '<b>Evil</b>',
      colour: 'red;}body{display:none',
    };
    const report = toReport({
      document: docA,
      annotations: [orphan, outside, { ...annotate(docA, 'RTX'), tagIds: ['evil', 'gone'] }],
      tags: [evil],
    });
    const doc = new JSDOM(report).window.document;
    expect(doc.querySelectorAll('article sup.marker')).toHaveLength(1);
    expect([...doc.querySelectorAll('ol.notes em')].map((e) => e.textContent)).toEqual([
      'not found in the text',
      'not found in the text',
    ]);
    expect(report).not.toContain('display:none');
    expect(report).toContain('&lt;b&gt;Evil&lt;/b&gt;');
    expect(doc.querySelector('.legend')!.textContent).toContain('gone (deleted tag)');
    expect(doc.querySelector('header')!.textContent).toContain(
      '3 annotations (2 not found in the text)',
    );
  });

  it('links the article’s URL only when it is http(s)', () => {
    const link = page.querySelector('header a')!;
    expect(link.getAttribute('href')).toBe(docA.url);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const unsafe = toReport({
      document: { ...docA, url: 'javascript:alert(1)' },
      annotations: [],
      tags,
    });
    expect(unsafe).not.toContain('href="javascript');
    expect(unsafe).toContain('javascript:alert(1)');
  });
});
