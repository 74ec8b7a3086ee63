import { useUiStore } from '../state/ui-store';
import { AppShell, type Section } from '../ui/shell/AppShell';
import { LibraryView } from '../ui/library/LibraryView';
import { NotFoundView } from '../ui/shell/NotFoundView';
import { StorageProblemNotice } from '../ui/shell/StorageProblemNotice';
import { ViewLoader } from '../ui/shell/ViewLoader';
import type { Route } from '../ui/shared/routes';
import { useHashRoute } from './use-hash-route';
import { useFileDrop } from './use-file-drop';
import { useSaveFailures } from './use-save-failures';
import { SaveProblemNotice } from '../ui/shell/SaveProblemNotice';
import { LibraryLostNotice } from '../ui/shell/LibraryLostNotice';
import { finishRestoredLibrary, startAfresh } from '../state/start-storage';
import { SEED_ARTICLES } from './seed-articles';
import { type ReactNode } from 'react';
import {
  ClassView,
  CollectionsView,
  CompareView,
  DocumentView,
  ImportView,
  LessonView,
  OutletsView,
  OutletView,
  SettingsView,
  TrashView,
  UnplacedView,
} from './lazy-views';

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
    case 'not-found':
      return <NotFoundView path={route.path} />;
    default:
      return (
        <ViewLoader key={route.name} what={WHAT_LOADS[route.name]}>
          {loadedView(route)}
        </ViewLoader>
      );
  }
}

type LoadedRoute = Exclude<Route, { name: 'library' | 'not-found' }>;

/** What the status line names while a view's code loads: "Opening the document…". */
const WHAT_LOADS: Record<LoadedRoute['name'], string> = {
  document: 'the document',
  settings: 'Settings',
  trash: 'the trash',
  unplaced: 'the unplaced annotations',
  collections: 'your collections',
  outlets: 'the outlets',
  outlet: 'the outlet',
  import: 'the importer',
  compare: 'Compare',
  class: 'Class',
  lesson: 'the lesson',
};

function loadedView(route: LoadedRoute) {
  switch (route.name) {
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
      return <ImportView />;
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
