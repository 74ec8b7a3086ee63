import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyView, ViewLoader } from '../../src/ui/shell/ViewLoader';

afterEach(() => vi.restoreAllMocks());

describe('a view loaded on first use', () => {
  it('says it is opening, then shows the view', async () => {
    let arrive: (module: { Greeting: () => React.JSX.Element }) => void = () => {};
    const Greeting = lazyView(
      () => new Promise<{ Greeting: () => React.JSX.Element }>((resolve) => (arrive = resolve)),
      'Greeting',
    );
    render(
      <ViewLoader what="the greeting">
        <Greeting />
      </ViewLoader>,
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Opening the greeting…');
    arrive({ Greeting: () => <h1>Hello</h1> });
    expect(await screen.findByRole('heading', { name: 'Hello' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows a view whose code was loaded beforehand at once, without the status line', async () => {
    const Greeting = lazyView(
      () => Promise.resolve({ Greeting: () => <h1>Hello</h1> }),
      'Greeting',
    );
    Greeting.preload();
    await new Promise((resolve) => setTimeout(resolve, 0));
    render(
      <ViewLoader what="the greeting">
        <Greeting />
      </ViewLoader>,
    );
    // In the first render: React shows a boundary's content no sooner than 300 ms after its
    // fallback, so a view that suspended would still be saying it is opening.
    expect(screen.getByRole('heading', { name: 'Hello' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('explains a view whose code cannot be downloaded and offers a reload', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = lazyView<'Broken', () => React.JSX.Element>(
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      'Broken',
    );
    render(
      <ViewLoader what="Settings">
        <Broken />
      </ViewLoader>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Slant could not open Settings');
    expect(alert).toHaveTextContent('Your work is saved. Reload Slant to try again.');
    expect(screen.getByRole('button', { name: 'Reload Slant' })).toBeInTheDocument();
  });
});
