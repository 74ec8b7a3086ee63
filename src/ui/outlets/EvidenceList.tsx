import { useState } from 'react';
import { safeHref } from '../../domain/safe-href';
import type { EvidenceLink } from '../../domain/types';

/**
 * Links that back an outlet's affiliation. Only http(s) links are added here, and only they are
 * links: one that arrived otherwise (a backup, a shared registry) as `javascript:`, `data:` or
 * `vbscript:` is shown as text, marked as not opened, and can be removed.
 */
export function EvidenceList({
  evidence,
  onChange,
}: {
  evidence: readonly EvidenceLink[];
  onChange: (evidence: EvidenceLink[]) => void;
}) {
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [error, setError] = useState('');
  return (
    <section aria-labelledby="evidence-heading" className="evidence">
      <h2 id="evidence-heading">Evidence</h2>
      {evidence.length === 0 ? (
        <p className="empty">No evidence recorded yet.</p>
      ) : (
        <ul>
          {evidence.map((e, i) => {
            const href = safeHref(e.url);
            return (
              <li key={`${e.url}-${i}`}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    <bdi>{e.label || e.url}</bdi>
                  </a>
                ) : (
                  <span className="unsafe-link">
                    <bdi>{e.label || e.url}</bdi>{' '}
                    <span className="hint">
                      (not a web address, so not opened: <code>{e.url}</code>)
                    </span>
                  </span>
                )}{' '}
                <button
                  type="button"
                  aria-label={`Remove evidence ${e.label || e.url}`}
                  onClick={() => onChange(evidence.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!safeHref(url)) return setError('Give an address starting with http:// or https://.');
          setError('');
          onChange([
            ...evidence,
            { url: url.trim(), ...(label.trim() && { label: label.trim() }) },
          ]);
          setUrl('');
          setLabel('');
        }}
      >
        <label>
          Link
          <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" />
        </label>
        <label>
          What it shows
          <input
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            placeholder="e.g. ownership filing"
          />
        </label>
        <button type="submit">Add evidence</button>
      </form>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
