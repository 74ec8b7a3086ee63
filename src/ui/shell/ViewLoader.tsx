/**
 * Views that load on first use (`lazyView`), and the frame around one (`ViewLoader`): it says so
 * while the view's code arrives, and if the code cannot arrive (the network went away before the
 * service worker had the app, or a new version replaced the files) says what happened and offers
 * a reload, instead of a blank page. Nothing the user made is at stake: it is in the database.
 */
import {
  Component,
  createElement,
  lazy,
  Suspense,
  type ComponentProps,
  type ComponentType,
  type ReactNode,
} from 'react';

/** The code of a view could not be downloaded or run. */
export class ViewLoadError extends Error {
  override readonly name = 'ViewLoadError';
}

/**
 * `React.lazy` for a module's named export (the views are named exports), with `preload` to
 * start loading it early. A view whose code has arrived renders at once: `React.lazy` suspends
 * on first use even then, and React shows a boundary's content no sooner than 300 ms after its
 * fallback, which was a quarter of opening a document.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound
export function lazyView<K extends string, C extends ComponentType<any>>(
  load: () => Promise<Record<K, C>>,
  name: K,
) {
  let loaded: C | undefined;
  let loading: Promise<{ default: C }> | undefined;
  const start = () =>
    (loading ??= load().then(
      (module) => ({ default: (loaded = module[name]) }),
      (error: unknown) => {
        throw new ViewLoadError(`${name} could not be loaded`, { cause: error });
      },
    ));
  const Lazy = lazy(start);
  const View = (props: ComponentProps<C>) =>
    loaded ? createElement(loaded, props) : createElement(Lazy, props);
  /** Starts loading the view's code; a failure shows when the view is opened. */
  View.preload = () => void start().catch(() => undefined);
  return View;
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
