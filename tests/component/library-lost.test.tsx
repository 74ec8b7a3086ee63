import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { loadAllViews } from '../../src/app/lazy-views';
import { startStorage } from '../../src/state/start-storage';
import { useUiStore } from '../../src/state/ui-store';
import { pageDatabase as db } from '../support/database';
import { readSeedArticles } from '../support/seeds';

const restart = async () => {
  db.close();
  useUiStore.setState({ storageStatus: 'opening', storageProblem: null, libraryLost: null });
  await startStorage(readSeedArticles());
};

// The views load on first use: load them once here, not inside a test's first look for one.
beforeAll(loadAllViews, 120_000);

beforeEach(async () => {
  db.close();
  await db.delete();
  window.location.hash = '#/';
  await restart(); // the first visit: the sample collection, and a note that there is a library
});

describe('a library the browser dropped', () => {
  it('is reported as lost, never quietly replaced by the sample collection', async () => {
    db.close();
    await db.delete(); // what the browser does to a database it gave up on
    await restart();
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('Your library was lost');
    expect(within(alert).getByLabelText('Restore a backup…')).toBeInTheDocument();
    expect(await db.documents.count()).toBe(0);

    await userEvent.click(
      within(alert).getByRole('button', { name: 'Start again with the sample collection' }),
    );
    expect(await screen.findByRole('table', { name: 'Documents in your library' })).toBeVisible();
    expect(await db.documents.count()).toBe(5);
  });

  it('opens as usual when the library is there', async () => {
    await restart();
    render(<App />);
    expect(await screen.findByRole('table', { name: 'Documents in your library' })).toBeVisible();
    expect(screen.queryByText('Your library was lost')).toBeNull();
  });
});
