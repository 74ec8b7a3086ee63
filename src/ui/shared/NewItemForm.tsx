import { useState } from 'react';

interface NewItemFormProps {
  label: string;
  placeholder: string;
  submitLabel: string;
  /** Receives the trimmed name; the field empties once it resolves. */
  onCreate: (name: string) => Promise<unknown>;
}

/** A one-field form for naming something new: a tag, an outlet, a collection. */
export function NewItemForm({ label, placeholder, submitLabel, onCreate }: NewItemFormProps) {
  const [name, setName] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) void onCreate(name.trim()).then(() => setName(''));
      }}
    >
      <label>
        {label}
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder={placeholder} />
      </label>
      <button type="submit" disabled={!name.trim()}>
        {submitLabel}
      </button>
    </form>
  );
}
