import { useEffect } from 'react';
import { DISK_FULL, isDiskFull } from '../storage/storage-problem';
import { describeStorageProblem } from '../storage/storage-problem';
import { diskLooksFull } from '../state/disk-probe';
import { useUiStore } from '../state/ui-store';

/**
 * Every change is written at once; when a write fails later (a full disk, the database closed by
 * another tab), the failure must not vanish into the console. Failed database writes that no view
 * handled itself surface here as a notice that says what happened and what to do.
 */
const DATABASE_ERRORS =
  /QuotaExceeded|Abort|DatabaseClosed|Constraint|InvalidState|Unknown|Version/;

export function useSaveFailures() {
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      const error = event.reason as { name?: string; inner?: { name?: string } } | undefined;
      const names = `${error?.name ?? ''} ${error?.inner?.name ?? ''}`;
      if (!DATABASE_ERRORS.test(names) && !isDiskFull(event.reason)) return;
      event.preventDefault();
      const { setSaveProblem } = useUiStore.getState();
      if (isDiskFull(event.reason)) return setSaveProblem(DISK_FULL);
      setSaveProblem(describeStorageProblem(event.reason));
      // The browser's words may not say the disk is full when it is: try a small write.
      void diskLooksFull().then((full) => full && setSaveProblem(DISK_FULL));
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, []);
}
