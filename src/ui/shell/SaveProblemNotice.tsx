import type { StorageProblem } from '../../state/ui-store';

/** A save that failed, above the current view: what happened, what to do, and a way to dismiss. */
export function SaveProblemNotice({
  problem,
  onDismiss,
}: {
  problem: StorageProblem;
  onDismiss: () => void;
}) {
  return (
    <div role="alert" className="save-problem">
      <strong>Your last change was not saved. {problem.title}.</strong> {problem.detail}{' '}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
