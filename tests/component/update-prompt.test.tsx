import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../src/ui/shell/UpdatePrompt';

describe('UpdatePrompt', () => {
  it('stays out of the way when there is nothing to say', () => {
    const { container } = render(
      <UpdatePrompt
        offlineReady={false}
        needRefresh={false}
        onReload={vi.fn()}
        onDismiss={vi.fn()}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('offers a reload for a new version, and can be dismissed', async () => {
    const onReload = vi.fn();
    const onDismiss = vi.fn();
    const user = userEvent.setup();
    render(
      <UpdatePrompt offlineReady={false} needRefresh onReload={onReload} onDismiss={onDismiss} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Slant is available.');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss this notice' }));
    expect(onReload).toHaveBeenCalledOnce();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('says when the app is ready offline, without a reload button', () => {
    render(
      <UpdatePrompt offlineReady needRefresh={false} onReload={vi.fn()} onDismiss={vi.fn()} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('ready to work offline');
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
  });
});
