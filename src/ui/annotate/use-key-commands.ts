/**
 * What keys do in the annotate view: a tag's key tags the selection; Ctrl+Z and Ctrl+Shift+Z
 * undo and redo (from the side panel too, but not while typing in a field); Alt+↓ and Alt+↑ move
 * between annotations, Alt+Shift+↓ and Alt+Shift+↑ between suggestions; Enter and Delete accept
 * or reject the suggestion at the caret. What happened is said through `say`.
 */
import type { Suggestion } from '../../analysis';
import { neighbourAnnotation } from '../../domain/neighbour-annotation';
import type { Annotation } from '../../domain/types';
import type { EditorKeyCommand } from '../../editor/keyboard';
import { useUndoHistory } from '../../state/undo-history';
import { useStableCallback } from '../shared/use-stable-callback';
import { useUndoKeys } from './use-undo-keys';

interface KeyCommandContext {
  applyTag: (tagId: string, range?: { start: number; end: number }) => Promise<void>;
  review: {
    active: Suggestion | undefined;
    suggestions: readonly Suggestion[] | undefined;
    accept: (s: Suggestion) => Promise<void>;
    reject: (s: Suggestion) => Promise<void>;
    neighbour: (from: number, direction: 1 | -1) => Suggestion | undefined;
  };
  /** The edited layer's annotations, in reading order. */
  annotations: readonly Annotation[] | undefined;
  /** Where moving to the next or previous annotation starts from. */
  annotationFrom: number;
  /** Where the caret is, for moving between suggestions. */
  caret: number;
  open: (annotation: Annotation) => void;
  /** Puts the caret at an offset of the text. */
  placeCaret: (offset: number) => void;
  say: (message: string) => void;
}

export function useKeyCommands(context: KeyCommandContext) {
  const runHistory = useStableCallback(async (kind: 'undo' | 'redo') => {
    try {
      const entry = await useUndoHistory.getState()[kind]();
      context.say(
        entry
          ? `${kind === 'undo' ? 'Undone' : 'Redone'}: ${entry.label.toLowerCase()}.`
          : `Nothing to ${kind}.`,
      );
    } catch (error) {
      context.say(`Could not ${kind}: ${(error as Error).message}`);
    }
  });

  useUndoKeys((kind) => void runHistory(kind));

  return useStableCallback((command: NonNullable<EditorKeyCommand>) => {
    const { applyTag, review, annotations, open, placeCaret, say } = context;
    if (command.kind === 'tag') return void applyTag(command.tagId, command.range);
    if (command.kind === 'undo' || command.kind === 'redo') return void runHistory(command.kind);
    if (command.kind === 'accept-suggestion' || command.kind === 'reject-suggestion') {
      if (!review.active) return;
      return void review[command.kind === 'accept-suggestion' ? 'accept' : 'reject'](review.active);
    }
    if (command.kind === 'next-suggestion' || command.kind === 'previous-suggestion') {
      const from = review.active?.start ?? context.caret;
      const next = review.neighbour(from, command.kind === 'next-suggestion' ? 1 : -1);
      if (next) placeCaret(next.start);
      else say(review.suggestions ? 'No more suggestions that way.' : 'Suggestions are off.');
      return;
    }
    const direction = command.kind === 'next-annotation' ? 1 : -1;
    const next = neighbourAnnotation(annotations ?? [], context.annotationFrom, direction);
    if (next) open(next);
    else say('This document has no annotations yet.');
  });
}
