import { AFFILIATIONS, type Collection, type Outlet, type Tag } from '../../domain/types';
import { affiliationLabel } from '../outlets/affiliation-label';
import type { LibraryQuery, SortKey } from './library-query';
import { OutletOptions } from '../shared/OutletOptions';

interface LibraryFiltersProps {
  query: LibraryQuery;
  onChange: (query: LibraryQuery) => void;
  collections: readonly Collection[];
  outlets: readonly Outlet[];
  tags: readonly Tag[];
}

/** Search, filters and sort order for the library table. */
export function LibraryFilters({
  query,
  onChange,
  collections,
  outlets,
  tags,
}: LibraryFiltersProps) {
  const set = <K extends keyof LibraryQuery>(key: K, value: LibraryQuery[K]) =>
    onChange({ ...query, [key]: value });
  return (
    <div className="library-filters" role="search" aria-label="Find documents">
      <label className="search">
        Search titles and text
        <input type="search" value={query.search} onChange={(e) => set('search', e.target.value)} />
      </label>
      <label>
        Collection
        <select value={query.collectionId} onChange={(e) => set('collectionId', e.target.value)}>
          <option value="">All collections</option>
          {collections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Outlet
        <select value={query.outletId} onChange={(e) => set('outletId', e.target.value)}>
          <OutletOptions outlets={outlets} none="All outlets" />
        </select>
      </label>
      <label>
        Affiliation
        <select
          value={query.affiliation}
          onChange={(e) => set('affiliation', e.target.value as LibraryQuery['affiliation'])}
        >
          <option value="">Any affiliation</option>
          {AFFILIATIONS.map((a) => (
            <option key={a} value={a}>
              {affiliationLabel(a)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sort by
        <select value={query.sort} onChange={(e) => set('sort', e.target.value as SortKey)}>
          <option value="collection">Collection order</option>
          <option value="imported">Newest import</option>
          <option value="published">Newest published</option>
          <option value="title">Title</option>
          {tags.map((t) => (
            <option key={t.id} value={`tag:${t.id}`}>
              Most “{t.label}”
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
