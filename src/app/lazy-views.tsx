/**
 * The views that the library does not need, each loaded the first time it is opened, so that
 * starting Slant downloads and parses only the library (issue #19: at most 200 KB of JavaScript,
 * gzipped, at start; `npm run build` reports it). The editor brings Slate and Yjs, the importer
 * Readability and DOMPurify, Class and Compare their statistics and CSV. The service worker
 * precaches every chunk, so each view still opens offline.
 */
import { lazyView } from '../ui/shell/ViewLoader';

const MODULES = {
  DocumentView: () => import('../ui/annotate/DocumentView'),
  ImportView: () => import('../ui/import/ImportView'),
  SettingsView: () => import('../ui/settings/SettingsView'),
  CompareView: () => import('../ui/compare/CompareView'),
  ClassView: () => import('../ui/class/ClassView'),
  LessonView: () => import('../ui/class/LessonView'),
  OutletsView: () => import('../ui/outlets/OutletsView'),
  OutletView: () => import('../ui/outlets/OutletView'),
  CollectionsView: () => import('../ui/collections/CollectionsView'),
  TrashView: () => import('../ui/library/TrashView'),
  UnplacedView: () => import('../ui/library/UnplacedView'),
};

export const DocumentView = lazyView(MODULES.DocumentView, 'DocumentView');
export const ImportView = lazyView(MODULES.ImportView, 'ImportView');
export const SettingsView = lazyView(MODULES.SettingsView, 'SettingsView');
export const CompareView = lazyView(MODULES.CompareView, 'CompareView');
export const ClassView = lazyView(MODULES.ClassView, 'ClassView');
export const LessonView = lazyView(MODULES.LessonView, 'LessonView');
export const OutletsView = lazyView(MODULES.OutletsView, 'OutletsView');
export const OutletView = lazyView(MODULES.OutletView, 'OutletView');
export const CollectionsView = lazyView(MODULES.CollectionsView, 'CollectionsView');
export const TrashView = lazyView(MODULES.TrashView, 'TrashView');
export const UnplacedView = lazyView(MODULES.UnplacedView, 'UnplacedView');

/**
 * Loads every view's code now rather than when first opened: for tests, so that opening a view
 * waits for the module only once, in a setup step, not inside a timed assertion.
 */
export async function loadAllViews(): Promise<void> {
  await Promise.all(Object.values(MODULES).map((load) => load()));
}
