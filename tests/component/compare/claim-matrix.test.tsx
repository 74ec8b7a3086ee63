import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ClaimRow } from '../../../src/analysis';
import type { Claim } from '../../../src/domain/types';
import { ClaimMatrix } from '../../../src/ui/compare/ClaimMatrix';
import { PassageBar } from '../../../src/ui/compare/PassageBar';
import { annotate, docA, docB, outlet } from '../../unit/io/sample-data';

const passage = annotate(docB, 'shelling intensified');
const claim: Claim = {
  id: 'claim-1',
  layerId: 'layer-mine',
  name: 'Shelling',
  note: '',
  annotationIds: [],
  createdAt: '2025-03-10T10:00:00.000Z',
  updatedAt: '2025-03-10T10:00:00.000Z',
};
const emptyRow: ClaimRow = {
  claimId: claim.id,
  name: claim.name,
  note: '',
  cells: [docA, docB].map((d) => ({
    documentId: d.id,
    annotationIds: [],
    wording: '',
    figures: [],
    attribution: null,
  })),
};

function renderMatrix(onLink = vi.fn()) {
  render(
    <ClaimMatrix
      rows={[emptyRow]}
      claims={new Map([[claim.id, claim]])}
      docs={[docA, docB]}
      outletOf={(d) => (d.outletId === outlet.id ? outlet : undefined)}
      annotationsOf={(id) => (id === docB.id ? [passage] : [])}
      onLink={onLink}
      onUnlink={vi.fn()}
      onDelete={vi.fn()}
    />,
  );
  return onLink;
}

describe('ClaimMatrix', () => {
  it('offers an empty cell’s passages behind a small “+ add passage” button, opened on demand', async () => {
    const user = userEvent.setup();
    const onLink = renderMatrix();
    const row = screen.getByRole('row', { name: /Shelling/ });
    // No list takes the row's room until asked for.
    expect(within(row).queryByRole('combobox')).toBeNull();
    const add = within(row).getByRole('button', {
      name: /^\+ add passage ?from Residents flee to “Shelling”$/,
    });
    expect(add).toHaveAttribute('aria-expanded', 'false');
    await user.click(add);
    const menu = within(row).getByRole('combobox', {
      name: 'Link a passage from Residents flee to “Shelling”',
    });
    expect(menu).toHaveFocus();
    await user.selectOptions(menu, 'shelling intensified');
    expect(onLink).toHaveBeenCalledWith(claim, passage.id);
  });

  it('closes the list with Escape, back on the button', async () => {
    const user = userEvent.setup();
    renderMatrix();
    await user.click(screen.getByRole('button', { name: /^\+ add passage/ }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox')).toBeNull();
    await vi.waitFor(() =>
      expect(screen.getByRole('button', { name: /^\+ add passage/ })).toHaveFocus(),
    );
  });
});

describe('PassageBar', () => {
  it('names the article the passage came from, and its outlet when known', () => {
    render(
      <PassageBar
        quote="shelling intensified"
        article="Residents flee"
        outlet="Coast Radio"
        claims={[]}
        onAdd={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    const bar = screen.getByRole('form', { name: 'Add the passage to a claim' });
    expect(bar).toHaveTextContent(/^From “Residents flee” \(Coast Radio\): shelling intensified/);
  });
});
