import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../src/domain/types';
import { HighlightCard } from '../../../src/ui/annotate/HighlightCard';
import { annotate, docA, tags } from '../../unit/io/sample-data';

/** Two more tags with the first tag's colour and underline: only their letters differ. */
const lookalikes: Tag[] = [
  { ...tags[0]!, id: 'spin', label: 'Spin', order: 20 },
  { ...tags[0]!, id: 'hype', label: 'Hype', order: 21 },
];
const all = new Map([...tags, ...lookalikes].map((t) => [t.id, t]));

describe('HighlightCard', () => {
  it('names each tag by its letter beside its colour and underline, so tags differ without colour', () => {
    const annotation = {
      ...annotate(docA, 'slaughtered'),
      tagIds: ['loaded-language', 'spin', 'hype'],
    };
    render(
      <HighlightCard
        annotations={[annotation]}
        suggestions={[]}
        tags={all}
        position={{ top: 0, left: 0 }}
      />,
    );
    const card = screen.getByRole('tooltip');
    const swatches = [...card.querySelectorAll('.tag-swatch')];
    // Same colour, same underline style: in black and white only the letters tell them apart.
    expect(new Set(swatches.map((s) => s.className)).size).toBe(1);
    expect(swatches.map((s) => s.textContent)).toEqual(['A', 'E', 'F']);
    expect(card).toHaveTextContent(/ALoaded language.*ESpin.*FHype/);
  });
});
