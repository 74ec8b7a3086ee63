import type { ReactNode } from 'react';
import { routeHref } from '../shared/routes';
import { SyncStatusLink } from './SyncStatus';
import './app-shell.css';

export type Section = 'library' | 'compare' | 'class' | 'outlets' | 'settings' | 'none';

/** The main navigation: each section's first page, in this order. */
const NAVIGATION: readonly { section: Exclude<Section, 'none'>; label: string }[] = [
  { section: 'library', label: 'Library' },
  { section: 'compare', label: 'Compare' },
  { section: 'class', label: 'Class' },
  { section: 'outlets', label: 'Outlets' },
  { section: 'settings', label: 'Settings' },
];

interface AppShellProps {
  section: Section;
  children: ReactNode;
  /** Notices shown above every view, such as the update prompt. */
  notices?: ReactNode;
}

/** The frame around every view: a skip link, the brand, the main navigation and the view. */
export function AppShell({ section, children, notices }: AppShellProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <a
          className="brand"
          href={routeHref({ name: 'library' })}
          aria-label="Slant, go to the library"
        >
          <img src="icon.svg" alt="" width={28} height={28} />
          <span>Slant</span>
        </a>
        <nav aria-label="Main">
          <ul>
            {NAVIGATION.map(({ section: to, label }) => (
              <li key={to}>
                <a
                  href={routeHref({ name: to })}
                  aria-current={section === to ? 'page' : undefined}
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <SyncStatusLink />
      </header>
      {notices}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
