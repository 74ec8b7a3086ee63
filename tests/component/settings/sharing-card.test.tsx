import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SharingCard } from '../../../src/ui/settings/SharingCard';
import { useSharingStore } from '../../../src/state/sync/sharing-store';
import { SyncStatusLink } from '../../../src/ui/shell/SyncStatus';

const member = {
  serverUrl: 'http://192.168.1.20:1234',
  spaceId: 'space-1',
  memberId: 'm-1',
  role: 'owner' as const,
  token: 'secret',
  name: 'Ms Reyes',
  spaceName: '9B media literacy',
  kind: 'class' as const,
  codes: { member: 'K7Q2-M9XD-4TPA-WZ3H', owner: 'AAAA-BBBB-CCCC-DDDD' },
};

beforeEach(() => {
  useSharingStore.setState({ membership: null, summary: null });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function join(code: string) {
  const user = userEvent.setup();
  render(<SharingCard />);
  const address = screen.getByLabelText('Server address');
  await user.clear(address);
  await user.type(address, '192.168.1.20:1234');
  await user.type(screen.getByLabelText('Invitation code'), code);
  await user.type(screen.getByLabelText('Your name, as the others will see it'), 'Ann');
  await user.click(screen.getByRole('button', { name: 'Join the space' }));
}

describe('Settings › Sharing', () => {
  it('says there was no answer, and what to check, when the server cannot be reached', async () => {
    const fetch = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    vi.stubGlobal('fetch', fetch);
    await join('K7Q2-M9XD-4TPA-WZ3H');
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^No answer from 192\.168\.1\.20:1234\. Check the address, that the server is running/,
    );
    expect(String(fetch.mock.calls[0]![0])).toBe('http://192.168.1.20:1234/api/join');
    expect(useSharingStore.getState().membership).toBeNull();
  });

  it('says a code is unknown and whom to ask', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        new Response(JSON.stringify({ error: 'No space has this invitation code.' }), {
          status: 404,
        }),
      ),
    );
    await join('WRONG-CODE');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The server at 192.168.1.20:1234 does not know this code: check it with whoever gave it to you (codes can be rotated).',
    );
  });

  it('shows an owner the space, both codes with copy buttons, and the members', () => {
    useSharingStore.setState({
      membership: member,
      summary: {
        id: 'space-1',
        name: '9B media literacy',
        kind: 'class',
        you: { id: 'm-1', name: 'Ms Reyes', role: 'owner' },
        members: [
          { id: 'm-1', name: 'Ms Reyes', role: 'owner' },
          { id: 'm-2', name: 'Ann', role: 'member' },
        ],
        policy: { kind: 'class', roles: {}, layers: {}, lessons: {} },
      },
    });
    render(<SharingCard />);
    expect(screen.getByTestId('code-member').textContent).toBe('K7Q2-M9XD-4TPA-WZ3H');
    expect(screen.getByTestId('code-owner').textContent).toBe('AAAA-BBBB-CCCC-DDDD');
    screen.getByRole('button', { name: 'Copy the members’ code' });
    screen.getByRole('button', { name: 'Copy the co-owners’ code' });
    screen.getByText('Ann — student');
    screen.getByRole('button', { name: 'Remove Ann' });
    expect(screen.queryByRole('button', { name: 'Remove Ms Reyes' })).toBeNull();
  });
});

describe('the header’s sync status', () => {
  it('is absent when solo', () => {
    render(<SyncStatusLink />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says in words how many changes wait, and why the server cannot be reached', () => {
    useSharingStore.setState({
      membership: member,
      status: { state: 'offline', waiting: 3, refused: 0, why: 'no answer from 192.168.1.20:1234' },
    });
    render(<SyncStatusLink />);
    const link = screen.getByRole('link', { name: /^Sharing: Offline/ });
    expect(screen.getByRole('status').textContent).toContain(
      'Offline — 3 changes waiting · cannot reach the server (no answer from 192.168.1.20:1234)',
    );
    expect(link.getAttribute('href')).toBe('#/settings');
  });
});
