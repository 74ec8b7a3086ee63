import { ANONYMOUS, usePreferences } from '../../state/preferences';

/** Settings › You: the name stamped on each new annotation. */
export function AnnotatorNameField() {
  const name = usePreferences((s) => s.annotatorName);
  const setName = usePreferences((s) => s.setAnnotatorName);
  return (
    <section aria-labelledby="you-heading" className="settings-card">
      <h2 id="you-heading">You</h2>
      <label className="stacked">
        Your name, stamped on each annotation you make
        <input
          key={name}
          defaultValue={name}
          placeholder={ANONYMOUS}
          autoComplete="name"
          onBlur={(e) => setName(e.target.value)}
        />
      </label>
      <p className="hint">Annotations you already made keep the name they were made with.</p>
    </section>
  );
}
