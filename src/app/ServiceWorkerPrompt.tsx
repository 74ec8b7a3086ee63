import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { reloadForUpdate } from '../state/reload-for-update';
import { UpdatePrompt } from '../ui/shell/UpdatePrompt';

const OFFLINE_NOTICE_MS = 8000;

/** Registers the service worker that precaches the app, and relays what it has to say. */
export function ServiceWorkerPrompt() {
  const {
    offlineReady: [offlineReady, setOfflineReady],
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();

  // "Ready offline" is good news, not a task: it fades by itself. An update waits for the user.
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

  return (
    <UpdatePrompt
      offlineReady={offlineReady}
      needRefresh={needRefresh}
      // Every tab saves what is being typed first; this tab reloads even if no worker makes it.
      onReload={() => void reloadForUpdate(() => updateServiceWorker(true))}
      onDismiss={() => {
        setOfflineReady(false);
        setNeedRefresh(false);
      }}
    />
  );
}
