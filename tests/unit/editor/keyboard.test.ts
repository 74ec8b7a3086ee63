import { describe, expect, it } from 'vitest';
import { readKeyCommand } from '../../../src/editor/keyboard';

const shortcuts = new Map([
  ['1', 'loaded-language'],
  ['c', 'charged'],
]);
const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) =>
  readKeyCommand(
    { key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods },
    shortcuts,
  );

describe('readKeyCommand', () => {
  it('reads tag keys, in either case, only without modifiers', () => {
    expect(key('1')).toEqual({ kind: 'tag', tagId: 'loaded-language' });
    expect(key('C', { shiftKey: true })).toEqual({ kind: 'tag', tagId: 'charged' });
    expect(key('1', { ctrlKey: true })).toBeNull();
    expect(key('9')).toBeNull();
  });

  it('reads undo and redo on Ctrl and Cmd', () => {
    expect(key('z', { ctrlKey: true })).toEqual({ kind: 'undo' });
    expect(key('Z', { metaKey: true, shiftKey: true })).toEqual({ kind: 'redo' });
    expect(key('y', { ctrlKey: true })).toEqual({ kind: 'redo' });
  });

  it('reads Alt+arrows as moving between annotations', () => {
    expect(key('ArrowDown', { altKey: true })).toEqual({ kind: 'next-annotation' });
    expect(key('ArrowUp', { altKey: true })).toEqual({ kind: 'previous-annotation' });
    expect(key('ArrowDown')).toBeNull();
  });

  it('reads Alt+Shift+arrows as moving between suggestions', () => {
    expect(key('ArrowDown', { altKey: true, shiftKey: true })).toEqual({ kind: 'next-suggestion' });
    expect(key('ArrowUp', { altKey: true, shiftKey: true })).toEqual({
      kind: 'previous-suggestion',
    });
  });

  it('reads Enter as accepting and Delete or Backspace as rejecting a suggestion', () => {
    expect(key('Enter')).toEqual({ kind: 'accept-suggestion' });
    expect(key('Delete')).toEqual({ kind: 'reject-suggestion' });
    expect(key('Backspace')).toEqual({ kind: 'reject-suggestion' });
    expect(key('Enter', { shiftKey: true })).toBeNull();
    expect(key('Enter', { ctrlKey: true })).toBeNull();
  });
});
