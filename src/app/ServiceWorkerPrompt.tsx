import { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdatePrompt } from '../ui/UpdatePrompt';

/** Registers the service worker that precaches the app, and relays what it has to say. */
export function ServiceWorkerPrompt() {
  const {
    offlineReady: [offlineReady, setOfflineReady],
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();

  return (
    <UpdatePrompt
      offlineReady={offlineReady}
      needRefresh={needRefresh}
      onReload={() => void updateServiceWorker(true)}
      onDismiss={() => {
        setOfflineReady(false);
        setNeedRefresh(false);
      }}
    />
  );
}
