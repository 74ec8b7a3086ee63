import { describe, expect, it } from 'vitest';
import { parseUnitName, unitName, type Unit } from '../../../src/sync/unit-names';

describe('unit names', () => {
  const units: Unit[] = [
    { kind: 'catalogue', spaceId: 'sp1' },
    { kind: 'text', spaceId: 'sp1', documentId: 'collection-3f2a.v2' },
    {
      kind: 'layer',
      spaceId: 'sp1',
      memberId: 'm_1',
      layerId: 'a1b2c3d4-0000-4000-8000-000000000000',
    },
    { kind: 'key', spaceId: 'sp1', lessonId: 'lesson:7' },
  ];

  it('round-trips every kind of unit', () => {
    for (const unit of units) expect(parseUnitName(unitName(unit))).toEqual(unit);
    expect(unitName(units[2]!)).toBe('sp1/layer/m_1/a1b2c3d4-0000-4000-8000-000000000000');
  });

  it('refuses names that are not exactly one of the shapes, or that could leave a folder', () => {
    for (const name of [
      '',
      'sp1',
      'sp1/catalogue/extra',
      'sp1/text',
      'sp1/layer/m1',
      'sp1/key/a/b',
      'sp1/other/x',
      '../catalogue',
      'sp1/text/..',
      'sp1/text/.hidden',
      'sp1/text/a b',
      'sp1//catalogue',
    ]) {
      expect(parseUnitName(name), name).toBeUndefined();
    }
  });

  it('will not build a name from an unsafe id', () => {
    expect(() => unitName({ kind: 'text', spaceId: 'sp1', documentId: '../x' })).toThrow(
      /valid id/,
    );
  });
});
