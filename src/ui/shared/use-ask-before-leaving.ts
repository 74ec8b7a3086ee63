import { useEffect } from 'react';

/**
 * While `unsaved` holds, leaving or reloading the page (also a reload for a new version started
 * in another tab) makes the browser ask first: for work that is not in the database yet, such as
 * an import preview.
 */
export function useAskBeforeLeaving(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ''; // older Chromium asks only when this is set
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);
}
