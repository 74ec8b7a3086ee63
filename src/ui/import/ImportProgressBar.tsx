import type { ImportProgress } from '../../state/import/import-off-thread';

interface ImportProgressBarProps {
  progress: ImportProgress;
  onCancel: () => void;
}

/** While files are read: which one, how many of how many, and a way to stop. */
export function ImportProgressBar({ progress, onCancel }: ImportProgressBarProps) {
  const { done, total, current } = progress;
  const label = current
    ? `Reading “${current}” (file ${done + 1} of ${total})…`
    : `Read ${done} of ${total} ${total === 1 ? 'file' : 'files'}…`;
  return (
    <div className="import-progress">
      <progress id="import-progress" max={total} value={done} aria-label="Files read" />
      <label htmlFor="import-progress">{label}</label>
      <button type="button" onClick={onCancel}>
        Cancel the import
      </button>
    </div>
  );
}
