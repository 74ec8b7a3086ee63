/**
 * Keeps the database's list of what a member only reads (read-only-shared.ts) in step with the
 * space's catalogue: every document, tag, outlet and collection the owners share, tombstones
 * left out. Owners may change everything, so for them the list is empty.
 */
import * as Y from 'yjs';
import { catalogueRecords } from '../../sync/unit-docs';
import { sync, type ReadOnlyShared } from '../../storage';

const KINDS = ['documents', 'tags', 'outlets', 'collections'] as const;

export function watchReadOnlyShared(catalogue: Y.Doc, owner: boolean): () => void {
  if (owner) {
    void sync.setReadOnlyShared({});
    return () => undefined;
  }
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const record = async () => {
    const value: ReadOnlyShared = {};
    for (const kind of KINDS) {
      const ids: string[] = [];
      catalogueRecords(catalogue, kind).forEach((entry, id) => {
        if (entry instanceof Y.Map && entry.get('deletedAt') === undefined) ids.push(id);
      });
      value[kind] = ids.sort();
    }
    const json = JSON.stringify(value);
    if (json === last) return;
    last = json;
    await sync.setReadOnlyShared(value);
  };
  const onUpdate = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void record(), 50);
  };
  catalogue.on('update', onUpdate);
  void record();
  return () => {
    clearTimeout(timer);
    catalogue.off('update', onUpdate);
  };
}
