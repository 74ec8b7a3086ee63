import { useState, type Ref } from 'react';
import type { Claim } from '../../domain/types';

interface PassageBarProps {
  quote: string;
  /** The article's title, as shown. */
  article: string;
  /** Its outlet's name, when known. */
  outlet?: string;
  claims: readonly Claim[];
  onAdd: (claim: Claim | string) => void;
  onCancel: () => void;
  ref?: Ref<HTMLFormElement>;
}

const NEW = '';

/** A picked passage, waiting to join a claim: an existing one, or a new one named here. */
export function PassageBar({
  quote,
  article,
  outlet,
  claims,
  onAdd,
  onCancel,
  ref,
}: PassageBarProps) {
  const [claimId, setClaimId] = useState(claims[0]?.id ?? NEW);
  const [name, setName] = useState('');
  const chosen = claims.find((c) => c.id === claimId);
  const ready = chosen || name.trim();
  return (
    <form
      ref={ref}
      className="passage-bar"
      aria-label="Add the passage to a claim"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) onAdd(chosen);
        else if (name.trim()) onAdd(name.trim());
      }}
    >
      <p>
        From “{article}”{outlet && ` (${outlet})`}:{' '}
        <q>{quote.length > 120 ? `${quote.slice(0, 119)}…` : quote}</q>
      </p>
      <label>
        Claim
        <select value={claimId} onChange={(e) => setClaimId(e.target.value)}>
          {claims.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          <option value={NEW}>New claim…</option>
        </select>
      </label>
      {!chosen && (
        <label>
          Name of the new claim
          <input
            value={name}
            placeholder="e.g. Death toll"
            onChange={(e) => setName(e.target.value)}
          />
        </label>
      )}
      <button type="submit" className="primary" disabled={!ready}>
        Add to claim
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
