import { useState } from 'react';
import { usePreferences } from '../../state/preferences';

/** Asks once who is annotating, so exported and shared work says whose it is. */
export function AnnotatorNamePrompt() {
  const asked = usePreferences((s) => s.annotatorNameAsked);
  const setName = usePreferences((s) => s.setAnnotatorName);
  const skip = usePreferences((s) => s.skipAnnotatorName);
  const [name, setDraft] = useState('');
  if (asked) return null;
  return (
    <form
      className="name-prompt"
      aria-label="Your name"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) setName(name);
      }}
    >
      <label>
        Your name, stamped on each annotation you make
        <input value={name} onChange={(e) => setDraft(e.target.value)} autoComplete="name" />
      </label>
      <button type="submit" disabled={!name.trim()}>
        Save
      </button>
      <button type="button" onClick={skip}>
        Stay anonymous
      </button>
      <span className="hint">You can change it in Settings.</span>
    </form>
  );
}
