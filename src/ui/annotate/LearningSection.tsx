/**
 * The suggestions panel's account of learning: per tag, how many of the reader's annotations
 * (and rejections) its suggestions learned from, or how many more it needs; switches to turn
 * learning off per tag or for all; resets that forget what was learned; and the layers the
 * reader does not own that learning may read when they say so. Nothing leaves the browser.
 * A tag learned while the panel is open is announced once (through `say`), so a reader who
 * cannot see the list hears that it now suggests.
 */
import { lettersOf } from '../../domain/tag-letters';
import { useEffect, useId, useRef } from 'react';
import { adaptationNote, LOADED_LANGUAGE, MIN_ANNOTATIONS } from '../../analysis';
import { layerName } from '../../domain/layers';
import type { Tag } from '../../domain/types';
import {
  resetLearning,
  setLayerOptedIn,
  setLearningOn,
  setTagLearningOn,
} from '../../state/suggestions/learning-commands';
import type { LearningState, TagLearning } from '../../state/suggestions/use-learning';
import { TagSwatch } from './TagSwatch';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function status(t: TagLearning): string {
  if (t.off) return 'learning off';
  if (t.needed > 0) {
    // Loaded language is suggested by the built-in model all along: learning adapts it.
    const then = t.tag === LOADED_LANGUAGE ? 'adapts its suggestions to yours' : 'suggests it';
    return `${plural(t.annotations, 'annotation')} of yours: ${t.needed} more before Slant ${then}`;
  }
  if (!t.model) return `learning from ${plural(t.annotations, 'annotation')} of yours…`;
  const m = t.model;
  const rejections = m.rejections > 0 ? ` and ${plural(m.rejections, 'rejection')}` : '';
  const adapted = adaptationNote(m);
  const updating = t.learning ? ' (updating…)' : '';
  return `learned from ${m.annotations} of your annotation${m.annotations === 1 ? '' : 's'}${rejections}${adapted}${updating}`;
}

/** Says, once per tag, when a tag's model is learned after `since` (the panel opening): models
 *  learned before are not news, and later relearning shows in the list without a word. */
function useLearnedNews(
  tags: readonly TagLearning[],
  labelOf: (tag: string) => string,
  say: (message: string) => void,
): void {
  const since = useRef(new Date().toISOString());
  const told = useRef(new Set<string>());
  useEffect(() => {
    for (const t of tags) {
      if (t.off || !t.model || t.learning || told.current.has(t.tag)) continue;
      if (t.model.trainedAt < since.current) continue;
      told.current.add(t.tag);
      say(`${labelOf(t.tag)}: ${status(t)}.`);
    }
  });
}

export function LearningSection({
  learning,
  tags,
  say,
}: {
  learning: LearningState;
  tags: readonly Tag[];
  say: (message: string) => void;
}) {
  const headingId = useId();
  const { settings, otherLayers, error } = learning;
  const tagById = new Map(tags.map((t) => [t.id, t]));
  const known = learning.tags.filter((t) => tagById.has(t.tag));
  const labelOf = (tag: string) => tagById.get(tag)?.label ?? tag;
  useLearnedNews(known, labelOf, say);
  if (!settings) return null;
  const failed = (e: Error) => say(`Could not save the change: ${e.message}.`);

  const reset = (tag?: string) =>
    resetLearning(
      tag,
      known.map((t) => t.tag),
    ).then(
      () =>
        say(
          tag
            ? `Slant forgot what it learned for ${labelOf(tag)}; only annotations from now on count.`
            : 'Slant forgot what it learned for every tag; only annotations from now on count.',
        ),
      failed,
    );

  return (
    <section className="learning" aria-labelledby={headingId}>
      <h3 id={headingId}>Learned from your annotations</h3>
      <label className="check">
        <input
          type="checkbox"
          checked={!settings.off}
          onChange={(e) => setLearningOn(e.target.checked).catch(failed)}
        />
        Learn from my annotations
      </label>
      <p className="hint">
        Slant learns each tag you mark from your own annotations and rejections, here in this
        browser; nothing is sent anywhere. A tag is suggested once it has {MIN_ANNOTATIONS}.
      </p>
      {known.length === 0 ? (
        <p className="empty">No tag marked yet.</p>
      ) : (
        <ul className="learned-tags" aria-label="Tags learned">
          {known.map((t) => {
            const label = labelOf(t.tag);
            return (
              <li key={t.tag}>
                <span className="item-tag">
                  <TagSwatch tag={tagById.get(t.tag)!} letter={lettersOf(tags).get(t.tag)} />
                  <strong>{label}</strong>: <span className="learned-status">{status(t)}</span>
                </span>
                <span className="learned-actions">
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={!settings.offTags.includes(t.tag)}
                      disabled={settings.off}
                      onChange={(e) => setTagLearningOn(t.tag, e.target.checked).catch(failed)}
                    />
                    Learn<span className="visually-hidden"> {label}</span>
                  </label>
                  <button
                    type="button"
                    aria-label={`Reset what Slant learned for ${label}`}
                    onClick={() => void reset(t.tag)}
                  >
                    Reset
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {known.length > 1 && (
        <button type="button" onClick={() => void reset()}>
          Reset all learning
        </button>
      )}
      {otherLayers.length > 0 && (
        <details className="learning-layers">
          <summary>Also learn from other layers</summary>
          {otherLayers.map((layer) => (
            <label key={layer.id} className="check">
              <input
                type="checkbox"
                checked={settings.optedInLayers.includes(layer.id)}
                onChange={(e) => setLayerOptedIn(layer.id, e.target.checked).catch(failed)}
              />
              {layerName(layer)}
            </label>
          ))}
        </details>
      )}
      {error && (
        <p role="alert" className="error-text">
          Slant could not learn from your annotations: {error}. Your annotations are not affected.
        </p>
      )}
    </section>
  );
}
