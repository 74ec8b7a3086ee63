import type { Annotation } from '../../src/domain/types';

/**
 * An anchored annotation on `[start, end)` of `text`, tagged loaded language, in the layer
 * `layer-mine` unless `fields` says otherwise; no context around its quote.
 */
export const annotationOn = (
  text: string,
  id: string,
  start: number,
  end: number,
  fields: Partial<Annotation> = {},
): Annotation => ({
  id,
  layerId: 'layer-mine',
  documentId: 'd',
  tagIds: ['loaded-language'],
  target: { start, end, exact: text.slice(start, end), prefix: '', suffix: '' },
  note: '',
  fields: {},
  annotator: 'a',
  origin: 'manual',
  status: 'anchored',
  createdAt: '',
  updatedAt: '',
  ...fields,
});
