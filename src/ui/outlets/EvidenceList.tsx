import { useState } from 'react';
import type { EvidenceLink } from '../../domain/types';

const isHttp = (url: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
};

/** Links that back an outlet's affiliation. Only http(s) links are kept, and they open safely. */
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
          {evidence.map((e, i) => (
            <li key={`${e.url}-${i}`}>
              <a href={e.url} target="_blank" rel="noopener noreferrer">
                {e.label || e.url}
              </a>{' '}
              <button
                type="button"
                aria-label={`Remove evidence ${e.label || e.url}`}
                onClick={() => onChange(evidence.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!isHttp(url.trim()))
            return setError('Give an address starting with http:// or https://.');
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
