import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { loadAllViews } from '../../src/app/lazy-views';
import { useUiStore } from '../../src/state/ui-store';
import { freshAppAt } from '../support/fresh-app';

// The views load on first use: load them once here, not inside a test's first look for one.
beforeAll(loadAllViews, 120_000);

beforeEach(async () => {
  await freshAppAt('#/');
});

describe('Library', () => {
  it('lists the five sample articles with outlet, date, words and collection', async () => {
    render(<App />);
    const table = await screen.findByRole('table', { name: 'Documents in your library' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);

    const southFront = within(table).getByRole('row', { name: /More than 1,000 people/ });
    expect(within(southFront).getByRole('cell', { name: /^SouthFront/ })).toBeInTheDocument();
    expect(
      within(southFront).getByRole('cell', { name: "Syria's coast, March 2025" }),
    ).toBeInTheDocument();

    const russia = within(table).getByRole('row', { name: /Russia may work with US and Israel/ });
    expect(within(russia).getByRole('cell', { name: '10 March 2025' })).toBeInTheDocument();
    expect(within(russia).getByRole('cell', { name: 'Unknown' })).toBeInTheDocument();
    const words = within(russia).getAllByRole('cell')[2]!.textContent!;
    expect(Number(words.replace(/,/g, ''))).toBeGreaterThan(900);
  });

  it('opens a document from its title, and goes back by the breadcrumb', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(
      await screen.findByRole('link', { name: /Syria’s Alawite Mass Killings Continue/ }),
    );
    expect(window.location.hash).toBe('#/doc/seed-003_07581b009b96ef05');
    expect(
      await screen.findByRole('heading', { level: 1, name: /Syria’s Alawite Mass Killings/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Carmen Mendez')).toBeInTheDocument();
    const editor = await screen.findByRole('textbox', { name: /Text of “Syria’s Alawite/ });
    const paragraphs = editor.querySelectorAll('p');
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const p of paragraphs) expect(p).toHaveAttribute('dir', 'auto');

    await user.click(
      within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', {
        name: 'Library',
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Library' })).toBeInTheDocument();
  });

  it('says so when a document address points at nothing', async () => {
    window.location.hash = '#/doc/gone';
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Document not found' })).toBeInTheDocument();
  });
});

describe('storage problems', () => {
  it('replace the views with a message and a way out, never a blank page', async () => {
    render(<App />);
    await screen.findByRole('table');
    act(() =>
      useUiStore.getState().setStorageProblem({
        kind: 'unavailable',
        title: 'This browser will not let Slant store anything',
        detail: 'Open Slant in a normal window.',
      }),
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent(
      'will not let Slant store anything',
    );
    expect(within(alert).getByRole('button', { name: 'Reload Slant' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
