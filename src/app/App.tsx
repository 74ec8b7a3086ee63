import { useUiStore } from '../state/ui-store';
import { AppShell, type Section } from '../ui/shell/AppShell';
import { LibraryView } from '../ui/library/LibraryView';
import { NotFoundView } from '../ui/shell/NotFoundView';
import { DocumentView } from '../ui/annotate/DocumentView';
import { SettingsView } from '../ui/settings/SettingsView';
import { TrashView } from '../ui/library/TrashView';
import { UnplacedView } from '../ui/library/UnplacedView';
import { CollectionsView } from '../ui/collections/CollectionsView';
import { OutletsView } from '../ui/outlets/OutletsView';
import { OutletView } from '../ui/outlets/OutletView';
import { StorageProblemNotice } from '../ui/shell/StorageProblemNotice';
import type { Route } from '../ui/shared/routes';
import { useHashRoute } from './use-hash-route';
import { useFileDrop } from './use-file-drop';
import { useSaveFailures } from './use-save-failures';
import { SaveProblemNotice } from '../ui/shell/SaveProblemNotice';
import { LibraryLostNotice } from '../ui/shell/LibraryLostNotice';
import { finishRestoredLibrary, startAfresh } from '../state/start-storage';
import { SEED_ARTICLES } from './seed-articles';
import { lazy, Suspense, type ReactNode } from 'react';
import { CompareView } from '../ui/compare/CompareView';
import { ClassView } from '../ui/class/ClassView';
import { LessonView } from '../ui/class/LessonView';

// The importer brings Readability, DOMPurify and a Markdown parser: loaded when first needed.
const ImportView = lazy(() =>
  import('../ui/import/ImportView').then((m) => ({ default: m.ImportView })),
);

function sectionOf(route: Route): Section {
  if (['library', 'document', 'trash', 'unplaced', 'import', 'collections'].includes(route.name)) {
    return 'library';
  }
  if (route.name === 'outlets' || route.name === 'outlet') return 'outlets';
  if (route.name === 'settings') return 'settings';
  if (route.name === 'compare') return 'compare';
  if (route.name === 'class' || route.name === 'lesson') return 'class';
  return 'none';
}

function viewFor(route: Route) {
  switch (route.name) {
    case 'library':
      return <LibraryView />;
    case 'document':
      return <DocumentView key={route.documentId} documentId={route.documentId} />;
    case 'settings':
      return <SettingsView />;
    case 'trash':
      return <TrashView />;
    case 'unplaced':
      return <UnplacedView />;
    case 'collections':
      return <CollectionsView />;
    case 'outlets':
      return <OutletsView />;
    case 'outlet':
      return <OutletView key={route.outletId} outletId={route.outletId} />;
    case 'import':
      return (
        <Suspense fallback={<p role="status">Opening the importer…</p>}>
          <ImportView />
        </Suspense>
      );
    case 'compare':
      return (
        <CompareView
          key={route.collectionId ?? route.documentIds?.join('\n') ?? ''}
          collectionId={route.collectionId}
          documentIds={route.documentIds}
        />
      );
    case 'class':
      return <ClassView />;
    case 'lesson':
      return <LessonView key={route.lessonId} lessonId={route.lessonId} />;
    case 'not-found':
      return <NotFoundView path={route.path} />;
  }
}

export function App({ notices }: { notices?: ReactNode }) {
  const route = useHashRoute();
  useFileDrop();
  useSaveFailures();
  const saveProblem = useUiStore((s) => s.saveProblem);
  const storageStatus = useUiStore((s) => s.storageStatus);
  const storageProblem = useUiStore((s) => s.storageProblem);
  const libraryLost = useUiStore((s) => s.libraryLost);

  let content: ReactNode;
  if (storageProblem) content = <StorageProblemNotice problem={storageProblem} />;
  else if (libraryLost)
    content = (
      <LibraryLostNotice
        lastOpened={libraryLost.lastOpened}
        onRestored={finishRestoredLibrary}
        onStartAfresh={() => startAfresh(SEED_ARTICLES)}
      />
    );
  else if (storageStatus === 'opening') content = <p role="status">Opening your library…</p>;
  else content = viewFor(route);

  return (
    <AppShell
      section={sectionOf(route)}
      notices={
        <>
          {notices}
          {saveProblem && (
            <SaveProblemNotice
              problem={saveProblem}
              onDismiss={() => useUiStore.getState().setSaveProblem(null)}
            />
          )}
        </>
      }
    >
      {content}
    </AppShell>
  );
}
