/**
 * The views that the library does not need, each loaded the first time it is opened, so that
 * starting Slant downloads and parses only the library (issue #19: at most 200 KB of JavaScript,
 * gzipped, at start; `npm run build` reports it). The editor brings Slate and Yjs, the importer
 * Readability and DOMPurify, Class and Compare their statistics and CSV. The service worker
 * precaches every chunk, so each view still opens offline.
 */
import { lazyView } from '../ui/shell/ViewLoader';

export const DocumentView = lazyView(() => import('../ui/annotate/DocumentView'), 'DocumentView');
export const ImportView = lazyView(() => import('../ui/import/ImportView'), 'ImportView');
export const SettingsView = lazyView(() => import('../ui/settings/SettingsView'), 'SettingsView');
export const CompareView = lazyView(() => import('../ui/compare/CompareView'), 'CompareView');
export const ClassView = lazyView(() => import('../ui/class/ClassView'), 'ClassView');
export const LessonView = lazyView(() => import('../ui/class/LessonView'), 'LessonView');
export const OutletsView = lazyView(() => import('../ui/outlets/OutletsView'), 'OutletsView');
export const OutletView = lazyView(() => import('../ui/outlets/OutletView'), 'OutletView');
export const CollectionsView = lazyView(
  () => import('../ui/collections/CollectionsView'),
  'CollectionsView',
);
export const TrashView = lazyView(() => import('../ui/library/TrashView'), 'TrashView');
export const UnplacedView = lazyView(() => import('../ui/library/UnplacedView'), 'UnplacedView');
