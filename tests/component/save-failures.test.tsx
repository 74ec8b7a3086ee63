import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { loadAllViews } from '../../src/app/lazy-views';
import { pageDatabase as db } from '../support/database';
import { startStorage } from '../../src/state/start-storage';
import { useUiStore } from '../../src/state/ui-store';
import { readSeedArticles } from '../support/seeds';

/** What the browser does when a promise fails and nothing handles it. */
function unhandledRejection(reason: unknown) {
  const event = Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason });
  act(() => {
    window.dispatchEvent(event);
  });
  return event;
}

// The views load on first use: load them once here, not inside a test's first look for one.
beforeAll(loadAllViews, 120_000);

beforeEach(async () => {
  db.close();
  await db.delete();
  useUiStore.setState({ storageStatus: 'opening', storageProblem: null, saveProblem: null });
  window.location.hash = '#/';
  await startStorage(readSeedArticles());
});

describe('a save that fails after start-up', () => {
  it('is told to the user (a full disk, as Dexie wraps it), and can be dismissed', async () => {
    render(<App />);
    await screen.findByRole('table');
    const quota = Object.assign(new Error('aborted'), {
      name: 'AbortError',
      inner: Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
    });
    const event = unhandledRejection(quota);
    expect(event.defaultPrevented).toBe(true);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Your last change was not saved');
    expect(alert).toHaveTextContent('The disk is full');
    expect(alert).toHaveTextContent('nothing new is saved until then');
    expect(within(alert).getByRole('button', { name: 'Download a backup now' })).toBeVisible();
    // The library stays usable underneath.
    expect(screen.getByRole('table')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('leaves errors that are not the database’s to the browser', async () => {
    render(<App />);
    await screen.findByRole('table');
    const event = unhandledRejection(new TypeError('x is undefined'));
    expect(event.defaultPrevented).toBe(false);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
