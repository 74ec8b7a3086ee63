import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { flushWhenLeaving } from '../state/pending-writes';
import { answerFlushRequests } from '../state/reload-for-update';
import { startStorage } from '../state/start-storage';
import { requestPersistentStorage } from '../state/storage-estimate';
import { App } from './App';
import { startSharingIfJoined } from '../state/sync/sharing-commands';
import { SEED_ARTICLES } from './seed-articles';
import { ServiceWorkerPrompt } from './ServiceWorkerPrompt';
import { startOpeningEarly } from './open-early';
import './global.css';

// Once the database is open: a joined space starts syncing (loaded on demand); solo, nothing is sent.
void startStorage(SEED_ARTICLES).then(() => startSharingIfJoined().catch(reportSharingFailure));
// Opened at a document: its code and records are fetched alongside.
startOpeningEarly(window.location.hash);
// Typing saved a moment later is saved at once when the tab is hidden, left or closed.
flushWhenLeaving();
// ...and when another tab reloads every tab for a new version of Slant.
answerFlushRequests();
// Ask once at start; Settings shows the answer and can ask again.
void requestPersistentStorage().catch(() => false);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App notices={<ServiceWorkerPrompt />} />
  </StrictMode>,
);

function reportSharingFailure(error: unknown) {
  console.error('Slant could not start sharing', error);
}
