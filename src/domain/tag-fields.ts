/**
 * Questions some tags ask beyond a note: an unattributed claim asks who should have been cited;
 * an outlet mention asks which outlet it is. Answers live in `Annotation.fields` under `key`.
 */
interface TagField {
  key: string;
  label: string;
  kind: 'text' | 'outlet';
  placeholder?: string;
}

const FIELDS = new Map<string, readonly TagField[]>(
  Object.entries({
    'unattributed-claim': [
      {
        key: 'shouldCite',
        label: 'Who should be cited?',
        kind: 'text',
        placeholder: 'e.g. the SOHR, the UN human rights office',
      },
    ],
    'outlet-affiliation': [{ key: 'outletId', label: 'Which outlet?', kind: 'outlet' }],
  } satisfies Record<string, readonly TagField[]>),
);

export function fieldsForTags(tagIds: readonly string[]): TagField[] {
  return tagIds.flatMap((id) => FIELDS.get(id) ?? []);
}
