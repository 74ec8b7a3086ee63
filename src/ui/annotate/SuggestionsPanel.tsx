import { lettersOf } from '../../domain/tag-letters';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Suggestion } from '../../analysis';
import type { Tag } from '../../domain/types';
import { DETECTORS, useSuggestionSettings } from '../../state/suggestions/suggestion-settings';
import { suggestionKey } from '../../state/suggestions/visible-suggestions';
import type { LearningState } from '../../state/suggestions/use-learning';
import { LearningSection } from './LearningSection';
import { TagSwatch } from './TagSwatch';
import { stepInGrid, type Cell } from '../shared/roving-grid';

interface SuggestionsPanelProps {
  suggestions: readonly Suggestion[] | undefined;
  error: string | null;
  tags: readonly Tag[];
  /** Why suggestions cannot be shown now (editing, a lesson that turns them off), if so. */
  unavailable: string | null;
  onOpen: (suggestion: Suggestion) => void;
  onAccept: (suggestion: Suggestion) => void;
  onReject: (suggestion: Suggestion) => void;
  onAcceptAll: (tagId: string) => void;
  onRejectAll: (tagId: string) => void;
  /** What suggestions learned from the reader's annotations; no section when absent. */
  learning?: LearningState;
  say?: (message: string) => void;
}

const PAGE = 100;
const excerpt = (s: string, max = 90) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Turning suggestions on and off, per detector, and reviewing them as a list. */
export function SuggestionsPanel(props: SuggestionsPanelProps) {
  const { suggestions, error, tags, unavailable } = props;
  const settings = useSuggestionSettings();
  const [limit, setLimit] = useState(PAGE);
  const tagById = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);
  const perTag = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of suggestions ?? []) counts.set(s.tag, (counts.get(s.tag) ?? 0) + 1);
    return [...counts];
  }, [suggestions]);

  return (
    <section aria-labelledby="suggestions-heading" className="suggestions-panel">
      <h2 id="suggestions-heading">
        Suggestions{' '}
        {settings.show && suggestions && <span className="count">{suggestions.length}</span>}
      </h2>
      {unavailable ? (
        <p className="empty">{unavailable}</p>
      ) : (
        <>
          <label className="check">
            <input
              type="checkbox"
              checked={settings.show}
              onChange={(e) => settings.setShow(e.target.checked)}
            />
            Show suggestions
          </label>
          {settings.show && (
            <fieldset className="detectors">
              <legend>Look for</legend>
              {DETECTORS.map((d) => (
                <label key={d.id} className="check">
                  <input
                    type="checkbox"
                    checked={settings.detectors[d.id]}
                    onChange={(e) => settings.setDetector(d.id, e.target.checked)}
                  />
                  {d.label}
                </label>
              ))}
              {settings.detectors.loadedLanguage && <LoadedLanguageTuning />}
            </fieldset>
          )}
          {settings.show && props.learning && (
            <LearningSection learning={props.learning} tags={tags} say={props.say ?? (() => {})} />
          )}
        </>
      )}
      {!unavailable && settings.show && (
        <SuggestionList {...props} tagById={tagById} perTag={perTag} limit={limit} />
      )}
      {!unavailable && settings.show && suggestions && suggestions.length > limit && (
        <button type="button" className="show-more" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, suggestions.length - limit)} more
        </button>
      )}
      {error && (
        <p role="alert" className="error-text">
          Slant could not look for suggestions: {error}. Your annotations are not affected.
        </p>
      )}
    </section>
  );
}

/** The loaded-language detector's operating point, and whether it looks inside quotes. */
function LoadedLanguageTuning() {
  const tuning = useSuggestionSettings((s) => s.loadedLanguage);
  const set = useSuggestionSettings((s) => s.setLoadedLanguage);
  return (
    <fieldset className="tuning">
      <legend>Loaded language</legend>
      {POINTS.map(({ point, label }) => (
        <label key={point} className="check">
          <input
            type="radio"
            name="loaded-language-point"
            checked={tuning.point === point}
            onChange={() => set({ point })}
          />
          {label}
        </label>
      ))}
      <label className="check">
        <input
          type="checkbox"
          checked={tuning.inQuotes}
          onChange={(e) => set({ inQuotes: e.target.checked })}
        />
        Also inside quotes (the speaker's words)
      </label>
    </fieldset>
  );
}

const POINTS = [
  { point: 'precise', label: 'Fewer, surer' },
  { point: 'more', label: 'More' },
] as const;

function SuggestionList({
  suggestions,
  tagById,
  perTag,
  limit,
  onOpen,
  onAccept,
  onReject,
  onAcceptAll,
  onRejectAll,
}: SuggestionsPanelProps & {
  tagById: ReadonlyMap<string, Tag>;
  perTag: [string, number][];
  limit: number;
}) {
  const [at, setAt] = useState<Cell>({ row: 0, col: 0 });
  const listRef = useRef<HTMLOListElement>(null);
  const hintId = useId();
  const shown = (suggestions ?? []).slice(0, limit);
  // The list changes as suggestions are answered: the tab stop stays on a row that exists.
  const current = { row: Math.min(at.row, Math.max(0, shown.length - 1)), col: at.col };
  const onKeyDown = (event: KeyboardEvent) => {
    const next = stepInGrid(event.key, current, shown.length, 3);
    if (!next) return;
    event.preventDefault();
    setAt(next);
    listRef.current?.querySelector<HTMLElement>(`[data-cell="${next.row}-${next.col}"]`)?.focus();
  };
  if (!suggestions) return <p role="status">Looking for passages to suggest…</p>;
  if (suggestions.length === 0) {
    return <p className="empty">Nothing to suggest: every suggestion was accepted or rejected.</p>;
  }
  return (
    <>
      <ul className="suggestion-tags">
        {perTag.map(([tagId, count]) => {
          const label = tagById.get(tagId)?.label ?? tagId;
          return (
            <li key={tagId}>
              <span className="item-tag">
                {tagById.get(tagId) && (
                  <TagSwatch tag={tagById.get(tagId)!} letter={lettersOf(tagById).get(tagId)} />
                )}
                {label} <span className="count">{count}</span>
              </span>
              <button type="button" onClick={() => onAcceptAll(tagId)}>
                Accept all {count}
                <span className="visually-hidden"> {label} suggestions</span>
              </button>
              <button type="button" onClick={() => onRejectAll(tagId)}>
                Reject all<span className="visually-hidden"> {label} suggestions</span>
              </button>
            </li>
          );
        })}
      </ul>
      <p id={hintId} className="visually-hidden">
        One tab stop: the up and down arrows move between suggestions, left and right between
        opening, accepting and rejecting one.
      </p>
      <ol
        ref={listRef}
        className="suggestion-items"
        aria-label="Suggested passages"
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
      >
        {shown.map((s, row) => {
          const cell = (col: number) => ({
            'data-cell': `${row}-${col}`,
            tabIndex: row === current.row && col === current.col ? 0 : -1,
            onFocus: () => setAt({ row, col }),
          });
          return (
            <li key={suggestionKey(s)}>
              <button
                type="button"
                className="suggestion-item"
                onClick={() => onOpen(s)}
                {...cell(0)}
              >
                <q className="item-quote">{excerpt(s.exact)}</q>
                <span className="item-note">{s.reason}</span>
              </button>
              <span className="suggestion-item-actions">
                <button
                  type="button"
                  aria-label={`Accept “${excerpt(s.exact, 40)}”`}
                  onClick={() => onAccept(s)}
                  {...cell(1)}
                >
                  Accept
                </button>
                <button
                  type="button"
                  aria-label={`Reject “${excerpt(s.exact, 40)}”`}
                  onClick={() => onReject(s)}
                  {...cell(2)}
                >
                  Reject
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
