/**
 * Views that load on first use (`lazyView`), and the frame around one (`ViewLoader`): it says so
 * while the view's code arrives, and if the code cannot arrive (the network went away before the
 * service worker had the app, or a new version replaced the files) says what happened and offers
 * a reload, instead of a blank page. Nothing the user made is at stake: it is in the database.
 */
import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/** The code of a view could not be downloaded or run. */
export class ViewLoadError extends Error {
  override readonly name = 'ViewLoadError';
}

/** `React.lazy` for a module's named export (the views are named exports). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound
export function lazyView<K extends string, C extends ComponentType<any>>(
  load: () => Promise<Record<K, C>>,
  name: K,
) {
  return lazy(async () => {
    try {
      return { default: (await load())[name] };
    } catch (error) {
      throw new ViewLoadError(`${name} could not be loaded`, { cause: error });
    }
  });
}

interface ViewLoaderProps {
  /** What is being opened, for the status line: "the document", "Settings". */
  what: string;
  children: ReactNode;
}

export function ViewLoader({ what, children }: ViewLoaderProps) {
  return (
    <LoadFailureBoundary what={what}>
      <Suspense fallback={<p role="status">Opening {what}…</p>}>{children}</Suspense>
    </LoadFailureBoundary>
  );
}

class LoadFailureBoundary extends Component<ViewLoaderProps, { error: unknown }> {
  override state = { error: undefined as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    // Only a failed load is ours to explain; any other error goes on as it would have.
    if (!(error instanceof ViewLoadError)) throw error;
    return (
      <section role="alert" aria-labelledby="view-load-problem-heading" className="problem">
        <h1 id="view-load-problem-heading">Slant could not open {this.props.what}</h1>
        <p>
          This part of Slant could not be downloaded, perhaps because the connection dropped or a
          new version of Slant was installed. Your work is saved. Reload Slant to try again.
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload Slant
        </button>
      </section>
    );
  }
}
