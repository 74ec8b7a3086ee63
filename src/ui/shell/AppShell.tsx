import type { ReactNode } from 'react';
import './app-shell.css';
import { routeHref } from '../shared/routes';

export type Section = 'library' | 'compare' | 'class' | 'outlets' | 'settings' | 'none';

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
            <li>
              <a
                href={routeHref({ name: 'library' })}
                aria-current={section === 'library' ? 'page' : undefined}
              >
                Library
              </a>
            </li>
            <li>
              <a
                href={routeHref({ name: 'compare' })}
                aria-current={section === 'compare' ? 'page' : undefined}
              >
                Compare
              </a>
            </li>
            <li>
              <a
                href={routeHref({ name: 'class' })}
                aria-current={section === 'class' ? 'page' : undefined}
              >
                Class
              </a>
            </li>
            <li>
              <a
                href={routeHref({ name: 'outlets' })}
                aria-current={section === 'outlets' ? 'page' : undefined}
              >
                Outlets
              </a>
            </li>
            <li>
              <a
                href={routeHref({ name: 'settings' })}
                aria-current={section === 'settings' ? 'page' : undefined}
              >
                Settings
              </a>
            </li>
          </ul>
        </nav>
      </header>
      {notices}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
