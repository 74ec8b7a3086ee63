import { useId, useState } from 'react';
import { usePreferences } from '../../state/preferences';

/** Asks once who is annotating, so exported and shared work says whose it is. */
export function AnnotatorNamePrompt() {
  const asked = usePreferences((s) => s.annotatorNameAsked);
  const setName = usePreferences((s) => s.setAnnotatorName);
  const skip = usePreferences((s) => s.skipAnnotatorName);
  const [name, setDraft] = useState('');
  const fieldId = useId();
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
      <label htmlFor={fieldId}>Your name, stamped on your annotations</label>
      <input
        id={fieldId}
        value={name}
        onChange={(e) => setDraft(e.target.value)}
        autoComplete="name"
        placeholder="You can change it in Settings"
      />
      <button type="submit" disabled={!name.trim()}>
        Save
      </button>
      <button type="button" onClick={skip}>
        Stay anonymous
      </button>
    </form>
  );
}
