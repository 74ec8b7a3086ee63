import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTextDiff } from '../../../src/sync/text-diff';

describe('applyTextDiff', () => {
  it('brings a Y.Text to any new string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (from, to) => {
        const doc = new Y.Doc();
        doc.getText('t').insert(0, from);
        applyTextDiff(doc.getText('t'), to);
        expect(doc.getText('t').toString()).toBe(to);
      }),
    );
  });

  it('touches only the changed span, so edits elsewhere merge', () => {
    const a = new Y.Doc();
    a.getText('t').insert(0, 'The army said 12 died.');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    applyTextDiff(a.getText('t'), 'The army claimed 12 died.');
    applyTextDiff(b.getText('t'), 'The army said 12 died, without evidence.');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(a.getText('t').toString()).toBe('The army claimed 12 died, without evidence.');
  });

  it('never cuts a surrogate pair in half', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'a😀b');
    const deltas: unknown[] = [];
    text.observe((event) => deltas.push(...event.delta));
    applyTextDiff(text, 'a😁b');
    expect(text.toString()).toBe('a😁b');
    expect(deltas).toEqual([{ retain: 1 }, { delete: 2 }, { insert: '😁' }]);
  });
});
