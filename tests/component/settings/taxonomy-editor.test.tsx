import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { loadAllViews } from '../../../src/app/lazy-views';
import { sync } from '../../../src/storage';
import { pageDatabase as db } from '../../support/database';
import { freshAppAt } from '../../support/fresh-app';

// The views load on first use: load them once here, not inside a test's first look for one.
beforeAll(loadAllViews, 120_000);

beforeEach(async () => {
  await freshAppAt('#/settings');
});

const tagGroup = (name: string) => screen.findByRole('group', { name });

describe('Settings › Tags', () => {
  it('merges the preset’s “Loaded language” with the one already here, and says so', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(await screen.findByLabelText('Preset'), 'semeval-2020');
    await user.click(screen.getByRole('button', { name: 'Add the preset’s tags' }));
    const status = await screen.findByText(/Added 13 tags/);
    expect(status.textContent).toMatch(/“Loaded language” was already here: merged/);
    expect(screen.getAllByRole('group', { name: 'Loaded language' })).toHaveLength(1);
    const stored = await db.tags.get('loaded-language');
    expect(stored?.aliases).toEqual(['ptc-loaded-language']);
    expect(stored?.shortcut).toBe('1');
    expect(await db.tags.get('ptc-loaded-language')).toBeUndefined();
    expect(await db.tags.count()).toBe(16);
  });

  it('refuses a key another tag has: shows the rule and the old key again', async () => {
    const user = userEvent.setup();
    render(<App />);
    const key = within(await tagGroup('Unattributed claim')).getByLabelText('Key');
    await user.clear(key);
    await user.type(key, '1');
    await user.tab();
    expect((await screen.findByRole('alert')).textContent).toBe(
      '“1” already tags Loaded language. Each tag needs a key of its own, so Unattributed claim keeps “2”.',
    );
    expect(key).toHaveValue('2');
    expect((await db.tags.get('unattributed-claim'))?.shortcut).toBe('2');
  });

  it('shows a member the tags their space’s owners share read-only, and says why', async () => {
    await sync.setReadOnlyShared({ tags: ['loaded-language'] });
    render(<App />);
    const sharedTag = await tagGroup('Loaded language');
    await waitFor(() => expect(sharedTag).toBeDisabled());
    expect(sharedTag).toHaveAccessibleDescription(
      'Shared by your space’s owners: only they can change this tag. Ask one of them to change it.',
    );
    expect(
      within(sharedTag).getByRole('button', { name: 'Delete Loaded language' }),
    ).toBeDisabled();
    expect(within(await tagGroup('Unattributed claim')).getByLabelText('Name')).toBeEnabled();
  });
});
