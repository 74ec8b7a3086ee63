interface UpdatePromptProps {
  offlineReady: boolean;
  needRefresh: boolean;
  onReload: () => void;
  onDismiss: () => void;
}

/** A quiet notice from the service worker: ready to work offline, or a new version to load. */
export function UpdatePrompt({
  offlineReady,
  needRefresh,
  onReload,
  onDismiss,
}: UpdatePromptProps) {
  if (!offlineReady && !needRefresh) return null;
  return (
    <div role="status" className="update-prompt">
      <span>
        {needRefresh ? 'A new version of Slant is available.' : 'Slant is ready to work offline.'}
      </span>
      {needRefresh && (
        <button type="button" onClick={onReload}>
          Reload
        </button>
      )}
      <button type="button" onClick={onDismiss} aria-label="Dismiss this notice">
        ✕
      </button>
    </div>
  );
}
