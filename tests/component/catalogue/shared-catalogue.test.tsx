import { render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import type { SlantDocument } from '../../../src/domain/types';
import { loadAllViews } from '../../../src/app/lazy-views';
import { sync } from '../../../src/storage';
import { pageDatabase as db } from '../../support/database';
import { freshAppAt } from '../../support/fresh-app';

/**
 * A member of a space sees the outlets and collections its owners share read-only, with the
 * reason, while their own stay editable: an edit the server would refuse is never offered.
 */
beforeAll(loadAllViews, 120_000);

const OUTLET_REASON =
  'Shared by your space’s owners: only they can change this outlet. Ask one of them to change it.';
const COLLECTION_REASON =
  'Shared by your space’s owners: only they can change this collection. Ask one of them to change it.';

beforeEach(async () => {
  await freshAppAt('#/');
  const [first, second] = (await db.documents.toArray()) as [SlantDocument, SlantDocument];
  await db.outlets.bulkAdd([
    {
      id: 'o-shared',
      name: 'Owners Wire',
      aliases: [],
      domains: [],
      affiliation: 'unknown',
      evidence: [],
    },
    {
      id: 'o-own',
      name: 'My Paper',
      aliases: [],
      domains: [],
      affiliation: 'unknown',
      evidence: [],
    },
  ]);
  await db.collections.bulkAdd([
    { id: 'c-shared', name: 'Class set', description: '', documentIds: [first.id] },
    { id: 'c-own', name: 'My set', description: '', documentIds: [second.id] },
  ]);
  await db.documents.update(first.id, { collectionIds: ['c-shared'] });
  await db.documents.update(second.id, { collectionIds: ['c-own'] });
  await sync.setReadOnlyShared({
    outlets: ['o-shared'],
    collections: ['c-shared'],
    documents: [first.id],
  });
});

describe('outlets and collections a space’s owners share', () => {
  it('shows a shared outlet read-only, and says why; the member’s own outlet stays editable', async () => {
    window.location.hash = '#/outlets/o-shared';
    const { unmount } = render(<App />);
    const details = await screen.findByRole('group', { name: 'Details of Owners Wire' });
    // The list of what the owners share is read as the view opens.
    await waitFor(() => expect(details).toBeDisabled());
    expect(details).toHaveAccessibleDescription(OUTLET_REASON);
    expect(within(details).getByLabelText('Affiliation')).toBeDisabled();
    unmount();

    window.location.hash = '#/outlets/o-own';
    render(<App />);
    const own = await screen.findByRole('group', { name: 'Details of My Paper' });
    expect(own).toBeEnabled();
    expect(within(own).getByLabelText('Affiliation')).toBeEnabled();
  });

  it('shows a shared collection read-only, and a shared document fixed in the member’s own', async () => {
    window.location.hash = '#/collections';
    render(<App />);
    const shared = await screen.findByRole('group', { name: 'Change Class set' });
    await waitFor(() => expect(shared).toBeDisabled());
    expect(shared).toHaveAccessibleDescription(COLLECTION_REASON);

    const own = await screen.findByRole('group', { name: 'Change My set' });
    expect(own).toBeEnabled();
    expect(within(own).getByLabelText('Name')).toBeEnabled();
    // The shared document may not join the member's own collection: its record is the owners'.
    const [first] = (await db.documents.toArray()) as [SlantDocument];
    const option = await within(own).findByRole('option', {
      name: /shared by your space’s owners/,
    });
    expect(option).toBeDisabled();
    expect(option).toHaveValue(first.id);
  });
});
