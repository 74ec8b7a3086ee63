import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Suggestion } from '../../../src/analysis';
import { DEFAULT_TAGS } from '../../../src/domain/default-taxonomy';
import { useSuggestionSettings } from '../../../src/state/suggestions/suggestion-settings';
import { SuggestionsPanel } from '../../../src/ui/annotate/SuggestionsPanel';

const suggestion = (start: number, exact: string): Suggestion => ({
  tag: 'loaded-language',
  start,
  end: start + exact.length,
  exact,
  reason: 'A charged word.',
});
const found = [
  suggestion(0, 'slaughtered'),
  suggestion(40, 'horrific'),
  suggestion(90, 'bloodbath'),
];

beforeEach(() => useSuggestionSettings.setState({ show: true }));

function renderPanel() {
  const onAccept = vi.fn();
  const onOpen = vi.fn();
  render(
    <SuggestionsPanel
      suggestions={found}
      error={null}
      tags={DEFAULT_TAGS}
      unavailable={null}
      onOpen={onOpen}
      onAccept={onAccept}
      onReject={vi.fn()}
      onAcceptAll={vi.fn()}
      onRejectAll={vi.fn()}
    />,
  );
  return { onAccept, onOpen, list: screen.getByRole('list', { name: /Suggested passages/ }) };
}

describe('the suggestions list', () => {
  it('is one tab stop, however many suggestions it has', () => {
    const { list } = renderPanel();
    const stops = within(list)
      .getAllByRole('button')
      .filter((b) => b.tabIndex === 0);
    expect(stops).toHaveLength(1);
  });

  it('moves with the arrow keys: up and down between suggestions, left and right in one', async () => {
    const user = userEvent.setup();
    const { list, onAccept } = renderPanel();
    within(list)
      .getAllByRole('button')
      .find((b) => b.tabIndex === 0)!
      .focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toContain('horrific');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('Accept “horrific”');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName('Accept “bloodbath”');
    await user.keyboard('{Enter}');
    expect(onAccept).toHaveBeenCalledWith(found[2]);
    // Leaving and coming back finds the same place.
    expect((document.activeElement as HTMLElement).tabIndex).toBe(0);
  });
});
