import type { Claim } from '../../src/domain/types';

/** A claim named after its id, linking these annotations, made on the first day of 2026. */
export const claim = (id: string, annotationIds: string[]): Claim => ({
  id,
  layerId: 'layer-mine',
  name: `Claim ${id}`,
  note: '',
  annotationIds,
  createdAt: '2026-01-01',
  updatedAt: '2026-01-01',
});
