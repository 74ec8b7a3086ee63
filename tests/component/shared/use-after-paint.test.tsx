import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterPaint } from '../../../src/ui/shared/use-after-paint';

function Shown({ value }: { value: string | undefined }) {
  const painted = useAfterPaint(value);
  return <p data-testid="shown">{painted ?? 'nothing yet'}</p>;
}

describe('useAfterPaint', () => {
  it('gives the first value at once and a later one only after the next frame', async () => {
    const { rerender } = render(<Shown value={undefined} />);
    expect(screen.getByTestId('shown').textContent).toBe('nothing yet');
    rerender(<Shown value="opened" />);
    expect(screen.getByTestId('shown').textContent).toBe('opened');

    act(() => rerender(<Shown value="tagged" />));
    expect(screen.getByTestId('shown').textContent).toBe('opened');
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('tagged'), {
      timeout: 2000,
    });
  });

  it('catches up with several changes made before the frame, ending on the last', async () => {
    const { rerender } = render(<Shown value="a" />);
    act(() => rerender(<Shown value="b" />));
    act(() => rerender(<Shown value="c" />));
    expect(screen.getByTestId('shown').textContent).toBe('a');
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('c'), {
      timeout: 2000,
    });
  });

  it('catches up again with a change that came while it was catching up', async () => {
    const { rerender } = render(<Shown value="a" />);
    act(() => rerender(<Shown value="b" />));
    // Runs just after the hook's own wait: it has read "b" and is about to show it.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    act(() => rerender(<Shown value="c" />));
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('c'), {
      timeout: 2000,
    });
  });
});
