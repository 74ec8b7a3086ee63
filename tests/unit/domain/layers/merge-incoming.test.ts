import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeMerge,
  mergeCounts,
  mergeWrites,
  planMerge,
  sameContent,
} from '../../../../src/domain/layers';

interface Note {
  id: string;
  note: string;
  updatedAt: string;
}

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
const same = (a: Note, b: Note) => sameContent(a, b, ['updatedAt']);

function plan(incoming: Note[], local: Note[], deleted: string[] = []) {
  const byId = new Map(local.map((n) => [n.id, n]));
  return planMerge(
    incoming,
    (id) => byId.get(id),
    (id) => deleted.includes(id),
    same,
  );
}

describe('planMerge', () => {
  it('sorts each incoming copy by what will happen to it', () => {
    const local = [
      { id: 'older-here', note: 'mine', updatedAt: at(1) },
      { id: 'newer-here', note: 'mine', updatedAt: at(9) },
      { id: 'same', note: 'same', updatedAt: at(1) },
    ];
    const incoming = [
      { id: 'older-here', note: 'theirs', updatedAt: at(5) },
      { id: 'newer-here', note: 'theirs', updatedAt: at(5) },
      { id: 'same', note: 'same', updatedAt: at(7) },
      { id: 'deleted', note: 'theirs', updatedAt: at(5) },
      { id: 'new', note: 'theirs', updatedAt: at(5) },
    ];
    const result = plan(incoming, local, ['deleted']);
    expect(result.added.map((n) => n.id)).toEqual(['new']);
    expect(result.updated.map((n) => n.id)).toEqual(['older-here']);
    expect(result.kept.map((n) => n.id)).toEqual(['newer-here']);
    expect(result.notRestored.map((n) => n.id)).toEqual(['deleted']);
    expect(result.unchanged.map((n) => n.id)).toEqual(['same']);
    expect(describeMerge(mergeCounts(result))).toBe(
      '1 new, 1 updated (the file’s copy is newer), 1 kept (yours is newer), 1 not restored (you deleted it), 1 unchanged',
    );
  });

  it('keeps ours when the copies differ but the file gives no later time', () => {
    const result = plan(
      [{ id: 'a', note: 'theirs', updatedAt: at(1) }],
      [{ id: 'a', note: 'mine', updatedAt: at(1) }],
    );
    expect(result.kept).toHaveLength(1);
    expect(mergeWrites(result)).toEqual([]);
  });

  it('counts a record the file lists twice once', () => {
    const twice = { id: 'a', note: 'x', updatedAt: at(1) };
    expect(mergeCounts(plan([twice, twice], []))).toMatchObject({ added: 1 });
  });

  it('says "nothing" for an empty file', () => {
    expect(describeMerge(mergeCounts(plan([], [])))).toBe('nothing');
  });

  it('never changes a record edited after the file was written, nor brings back a deleted one', () => {
    type Step =
      | { kind: 'edit'; id: number; note: string }
      | { kind: 'delete'; id: number }
      | { kind: 'save-file' }
      | { kind: 'import'; file: number };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), id: fc.nat(5), note: fc.string() }),
      fc.record({ kind: fc.constant('delete' as const), id: fc.nat(5) }),
      fc.constant({ kind: 'save-file' as const }),
      fc.record({ kind: fc.constant('import' as const), file: fc.nat(10) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let clock = 0;
        const store = new Map<string, Note>();
        const deleted = new Set<string>();
        const files: { writtenAt: number; notes: Note[] }[] = [];
        for (const s of steps) {
          clock += 1;
          if (s.kind === 'edit') {
            const id = `n${s.id}`;
            if (deleted.has(id)) continue;
            store.set(id, { id, note: s.note, updatedAt: at(clock) });
          } else if (s.kind === 'delete') {
            const id = `n${s.id}`;
            if (store.delete(id)) deleted.add(id);
          } else if (s.kind === 'save-file') {
            files.push({ writtenAt: clock, notes: [...store.values()] });
          } else if (files.length > 0) {
            const file = files[s.file % files.length]!;
            const before = new Map(store);
            const result = planMerge(
              file.notes,
              (id) => store.get(id),
              (id) => deleted.has(id),
              same,
            );
            for (const note of mergeWrites(result)) store.set(note.id, note);
            for (const id of deleted) expect(store.has(id)).toBe(false);
            for (const [id, mine] of before) {
              if (Date.parse(mine.updatedAt) > Date.parse(at(file.writtenAt)))
                expect(store.get(id)).toBe(mine);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('sameContent', () => {
  it('ignores field order, undefined fields and the fields named', () => {
    expect(sameContent({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1, d: undefined })).toBe(
      true,
    );
    expect(sameContent({ a: 1, updatedAt: 'x' }, { a: 1, updatedAt: 'y' }, ['updatedAt'])).toBe(
      true,
    );
    expect(sameContent({ a: 1 }, { a: 2 })).toBe(false);
  });

  it('agrees with comparing the records as JSON with their fields sorted (property)', () => {
    const sorted = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sorted)
        : value && typeof value === 'object'
          ? // An object stays an object (as a list of entries `{}` would read as `[]`).
            Object.fromEntries(
              Object.entries(value)
                .filter(([, v]) => v !== undefined)
                .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
                .map(([k, v]) => [k, sorted(v)]),
            )
          : value;
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameContent(a, reversed(a))).toBe(true);
        expect(sameContent(a, b)).toBe(JSON.stringify(sorted(a)) === JSON.stringify(sorted(b)));
      }),
    );
  });
});
