import { useEffect, type RefObject } from 'react';

/**
 * Gives a read-only text a caret the keyboard can move, so a passage can be selected with
 * Shift+arrows (and Shift+Ctrl+arrows by word) as well as with the mouse. The element is made
 * `contenteditable` for its caret, and every change is refused before it happens: typing,
 * deleting, pasting, cutting, dropping and undo all arrive as a cancellable `beforeinput`.
 * `inputmode="none"` keeps a touch screen's keyboard away.
 */
export function useReadOnlyCaret(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const refuse = (event: Event) => event.preventDefault();
    const events = ['beforeinput', 'paste', 'cut', 'drop'] as const;
    for (const name of events) element.addEventListener(name, refuse);
    return () => {
      for (const name of events) element.removeEventListener(name, refuse);
    };
  }, [ref]);
}

/**
 * The attributes that make an element a read-only text with a caret. `plaintext-only`, not
 * `true`: while a `contenteditable="true"` element has focus, React saves and restores its
 * selection around every commit by walking all of its text (a whole article: ~20 ms a render
 * for any change on the page, such as the passage bar showing); it leaves other values alone.
 */
export const READ_ONLY_CARET = {
  contentEditable: 'plaintext-only',
  suppressContentEditableWarning: true,
  role: 'textbox',
  'aria-multiline': true,
  'aria-readonly': true,
  inputMode: 'none',
  spellCheck: false,
} as const;
