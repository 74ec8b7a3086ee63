import { describe, expect, it } from 'vitest';
import { shortLabels } from '../../../src/ui/compare/short-labels';

const upTo = (n: number) => (label: string) => label.length <= n;

describe('shortLabels', () => {
  it('keeps a name that fits, and cuts a long one at a word, never inside one', () => {
    expect(
      shortLabels(['SouthFront', 'Russia may work with US and Israel to build'], upTo(20)),
    ).toEqual(['SouthFront', 'Russia may work…']);
  });
  it('numbers labels that would read the same once cut', () => {
    expect(
      shortLabels(['Syria’s Alawite Mass Killings', 'Syria’s Alawite Mass Graves'], upTo(22)),
    ).toEqual(['Syria’s Alawite Mass… (1)', 'Syria’s Alawite Mass… (2)']);
  });
});
