import { create } from 'zustand';
import type { Annotation } from '../domain/types';

/**
 * Annotations the user just made, drawn at once while their save is under way (a key press must
 * show within a frame; the database answers later). An entry leaves once the database's copy
 * has arrived, or when the annotation is deleted first.
 */
interface PendingState {
  byId: ReadonlyMap<string, Annotation>;
  add: (annotation: Annotation) => void;
  remove: (ids: readonly string[]) => void;
}

export const usePendingAnnotations = create<PendingState>((set) => ({
  byId: new Map(),
  add: (annotation) => set((s) => ({ byId: new Map(s.byId).set(annotation.id, annotation) })),
  remove: (ids) =>
    set((s) => {
      if (!ids.some((id) => s.byId.has(id))) return s;
      const byId = new Map(s.byId);
      for (const id of ids) byId.delete(id);
      return { byId };
    }),
}));

/** The annotations just made in one layer of one document. */
export function madeIn(
  byId: ReadonlyMap<string, Annotation>,
  documentId: string,
  layerId: string,
): Annotation[] {
  const made: Annotation[] = [];
  for (const annotation of byId.values())
    if (annotation.documentId === documentId && annotation.layerId === layerId)
      made.push(annotation);
  return made;
}

/** Saves still under way, by annotation id: later changes to the same annotation wait for them. */
export const savesUnderWay = new Map<string, Promise<void>>();

export const afterSaved = (id: string) => savesUnderWay.get(id) ?? Promise.resolve();
