import { useState } from 'react';
import { deleteSubmission, type SubmissionWork } from '../../state/class';
import { formatDate } from '../shared/format';

/** The work handed in so far, one line per student, each removable after asking. */
export function SubmissionList({ submissions }: { submissions: readonly SubmissionWork[] }) {
  const [asking, setAsking] = useState('');
  if (submissions.length === 0) return <p className="empty">No work handed in yet.</p>;
  return (
    <ul className="submission-list" aria-label="Work handed in">
      {submissions.map((s) => (
        <li key={s.id}>
          <strong dir="auto">{s.student}</strong>{' '}
          <span className="hint">
            {s.annotations.length} {s.annotations.length === 1 ? 'annotation' : 'annotations'},
            exported {formatDate(s.exportedAt)}
          </span>{' '}
          {asking === s.id ? (
            <span role="group" aria-label={`Remove ${s.student}’s work?`}>
              <button
                type="button"
                className="danger small"
                onClick={() => void deleteSubmission(s.id)}
              >
                Remove {s.student}’s work
              </button>{' '}
              <button type="button" className="small" onClick={() => setAsking('')}>
                Keep it
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="small"
              aria-label={`Remove ${s.student}’s work…`}
              onClick={() => setAsking(s.id)}
            >
              Remove…
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
