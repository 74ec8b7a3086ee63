/**
 * Selecting a passage by touch: press and hold on the text, then drag to the passage's end.
 * Browsers select by long-press only where the platform offers it (and then differently on each
 * tablet); this gives every touch screen the same gesture. A touch that moves before the hold
 * is a scroll and is left alone; once the hold starts a selection, dragging extends it instead
 * of scrolling; the selection takes whole words at both ends. A hold without a drag selects the
 * word under the finger.
 */

const HOLD_MS = 450;
/** How far a finger may wander during the hold and still be holding, in CSS pixels. */
const SLOP = 10;

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

const WORD = /[\p{L}\p{N}\p{M}'’-]/u;

/** Moves a caret in a text node to the edge of the word it is in: `-1` its start, `1` its end. */
function wordEdge(at: { node: Node; offset: number }, way: -1 | 1) {
  if (!(at.node instanceof Text)) return at;
  const text = at.node.data;
  let offset = at.offset;
  if (way < 0) while (offset > 0 && WORD.test(text[offset - 1]!)) offset -= 1;
  else while (offset < text.length && WORD.test(text[offset]!)) offset += 1;
  return { node: at.node, offset };
}

/** Whether caret `a` comes before caret `b` in the document. */
function before(a: { node: Node; offset: number }, b: { node: Node; offset: number }) {
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  return range.comparePoint(b.node, b.offset) >= 0;
}

/** Attaches the gesture to `root` (the editor's element); returns the function that detaches it. */
export function attachTouchSelection(root: HTMLElement): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let start: { x: number; y: number } | null = null;
  let anchor: { node: Node; offset: number } | null = null;
  let dragged = false;

  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    start = null;
  };

  const onStart = (event: TouchEvent) => {
    cancel();
    anchor = null;
    const touch = event.touches[0];
    if (event.touches.length !== 1 || !touch) return;
    start = { x: touch.clientX, y: touch.clientY };
    timer = setTimeout(() => {
      const at = start && caretAt(start.x, start.y);
      if (!at || !root.contains(at.node)) return;
      anchor = at;
      dragged = false;
      root.focus({ preventScroll: true });
      window.getSelection()?.collapse(at.node, at.offset);
    }, HOLD_MS);
  };

  const onMove = (event: TouchEvent) => {
    const touch = event.touches[0];
    if (!touch) return;
    if (!anchor) {
      // Moving before the hold: a scroll, not a selection.
      if (start && Math.hypot(touch.clientX - start.x, touch.clientY - start.y) > SLOP) cancel();
      return;
    }
    event.preventDefault();
    const at = caretAt(touch.clientX, touch.clientY);
    if (!at || !root.contains(at.node)) return;
    dragged = true;
    // A finger is wide: the selection takes whole words at both ends, as a platform's would.
    const forward = before(anchor, at);
    const from = wordEdge(anchor, forward ? -1 : 1);
    const to = wordEdge(at, forward ? 1 : -1);
    window.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  };

  const onEnd = (event: TouchEvent) => {
    cancel();
    if (!anchor) return;
    // The gesture made the selection: no click may follow and collapse it.
    event.preventDefault();
    const selection = window.getSelection() as Selection & {
      modify?: (alter: string, direction: string, granularity: string) => void;
    };
    if (!dragged && selection?.modify) {
      selection.modify('move', 'forward', 'word');
      selection.modify('extend', 'backward', 'word');
    }
    anchor = null;
  };

  root.addEventListener('touchstart', onStart, { passive: true });
  root.addEventListener('touchmove', onMove, { passive: false });
  root.addEventListener('touchend', onEnd, { passive: false });
  root.addEventListener('touchcancel', cancel);
  return () => {
    cancel();
    root.removeEventListener('touchstart', onStart);
    root.removeEventListener('touchmove', onMove);
    root.removeEventListener('touchend', onEnd);
    root.removeEventListener('touchcancel', cancel);
  };
}
