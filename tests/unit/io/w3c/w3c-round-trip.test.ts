import { describe, expect, it } from 'vitest';
import {
  fromW3C,
  toW3C,
  toW3CPages,
  type W3CTextPositionSelector,
  type W3CTextQuoteSelector,
} from '../../../../src/io/w3c';
import { annotations, docA, docB, tags } from '../sample-data';
import type { Annotation } from '../../../../src/domain/types';

const documents = [docA, docB];
const byId = (list: readonly Annotation[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('W3C round trip: Slant → W3C → Slant', () => {
  it('gives back every annotation exactly: ids, tags, notes, fields, offsets, status', () => {
    const file = JSON.stringify(toW3C({ documents, annotations, tags }));
    const imported = fromW3C(JSON.parse(file), documents, { tags });
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(byId(imported.annotations)).toEqual(byId(annotations));
    expect(imported.skipped).toEqual([]);
    expect(imported.warnings).toEqual([]);
    expect(imported.placed).toBe(annotations.length - 1);
    expect(imported.orphaned).toBe(1);
    expect(imported.tagIds.sort()).toEqual(
      [
        'loaded-language',
        'outlet-affiliation',
        'ptc-name-calling-labeling',
        'unattributed-claim',
      ].sort(),
    );
  });

  it('finds the documents by their ids even after they got new URLs', () => {
    const moved = documents.map((d) => ({ ...d, url: `https://mirror.example/${d.id}` }));
    const imported = fromW3C(toW3C({ documents, annotations, tags }), moved);
    expect(imported.ok && byId(imported.annotations)).toEqual(byId(annotations));
  });

  it('keeps the labels of tags it does not know, so the caller can create them', () => {
    const imported = fromW3C(toW3C({ documents, annotations, tags }), documents);
    expect(imported.ok && imported.tagLabels).toMatchObject({
      'loaded-language': 'Loaded language',
      'ptc-name-calling-labeling': 'Name calling or labelling',
    });
  });

  it('finds each tag by its identifier, whatever its label here or in the file', () => {
    const file = JSON.parse(JSON.stringify(toW3C({ documents, annotations, tags }))) as {
      first: { items: { body?: { purpose: string; value: string }[] }[] };
    };
    // Another tool relabelled the tags in the file; here the taxonomy renamed one too.
    for (const item of file.first.items) {
      for (const body of item.body ?? []) if (body.purpose === 'tagging') body.value = 'Renamed';
    }
    const renamed = tags.map((t) => (t.id === 'loaded-language' ? { ...t, label: 'Spin' } : t));
    const imported = fromW3C(file, documents, { tags: renamed });
    expect(imported.ok && byId(imported.annotations)).toEqual(byId(annotations));
  });

  it('still reads files Slant wrote before, with the tag as the body’s id', () => {
    const exported = JSON.stringify(toW3C({ documents, annotations, tags }));
    // The old form: the W3C context alone, and each tag's URN as its body's `id`.
    const old = JSON.parse(exported, (key, value: unknown) => {
      if (key === '@context') return 'http://www.w3.org/ns/anno.jsonld';
      if (typeof value !== 'object' || value === null || !('slant:tag' in value)) return value;
      const { 'slant:tag': tag, ...body } = value as Record<string, unknown>;
      return { id: tag, ...body };
    }) as unknown;
    expect(JSON.stringify(old)).not.toContain('"slant:tag"');
    expect(JSON.stringify(old)).toContain('"id":"urn:slant:tag:loaded-language"');
    const imported = fromW3C(old, documents, { tags });
    expect(imported.ok && byId(imported.annotations)).toEqual(byId(annotations));
  });

  it('reads a paged export back when given all its pages', () => {
    const { collection, pages } = toW3CPages({ documents, annotations, tags }, { pageSize: 2 });
    const imported = fromW3C([collection, ...pages.slice(1)], documents);
    expect(imported.ok && byId(imported.annotations)).toEqual(byId(annotations));
    const partial = fromW3C(collection, documents);
    expect(partial.ok && partial.annotations).toHaveLength(2);
    expect(partial.ok && partial.skipped).toEqual([
      {
        where: 'page 2',
        reason: `this page of the collection is not in the file, only its address (${pages[1]!.id})`,
      },
    ]);
  });

  it('moves offsets back from code points on text full of astral characters', () => {
    const text = '𝐓𝐡𝐞 👩‍👩‍👧 family said 😀 the 𠀋 plan was a “disaster” 🎉, officials said.';
    const doc = { ...docB, id: 'astral', text };
    const quotes = ['family said', '𠀋 plan', '“disaster” 🎉', 'officials said.', '𝐓𝐡𝐞 👩‍👩‍👧'];
    const own = quotes.map((quote, i): Annotation => {
      const start = text.indexOf(quote);
      return {
        ...annotations[0]!,
        id: `10000000-0000-4000-8000-00000000000${i}`,
        documentId: 'astral',
        target: {
          start,
          end: start + quote.length,
          exact: quote,
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(start + quote.length, start + quote.length + 32),
        },
      };
    });
    const exported = toW3C({ documents: [doc], annotations: own, tags });
    for (const item of exported.first!.items) {
      const [quote, position] = item.target.selector as [
        W3CTextQuoteSelector,
        W3CTextPositionSelector,
      ];
      expect([...text].slice(position.start, position.end).join('')).toBe(quote.exact);
    }
    const imported = fromW3C(JSON.parse(JSON.stringify(exported)), [doc]);
    expect(imported.ok && byId(imported.annotations)).toEqual(byId(own));
  });
});
