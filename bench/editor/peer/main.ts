/**
 * The peer: the benchmark's article and annotations in @recogito/text-annotator on a plain page,
 * the way its README sets it up (a container of paragraphs, `createTextAnnotator`, annotations
 * with text positions), with the default (SPANS) renderer. Key `1` tags the selection, as in
 * Slant: the handler turns the DOM selection into an annotation and adds it to the annotator.
 */
import {
  createTextAnnotator,
  type HighlightStyle,
  type TextAnnotation,
  type TextSelector,
} from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';
import './peer.css';

export interface PeerAnnotation {
  id: string;
  start: number;
  end: number;
  exact: string;
  tagId: string;
}

export interface PeerData {
  text: string;
  annotations: PeerAnnotation[];
  colours: Record<string, string>;
}

performance.mark('peer:start');
const container = document.getElementById('article')!;
const data = (await (await fetch('./article.json')).json()) as PeerData;

// A '\n' text node between paragraphs makes the container's text equal the document's text, so
// the annotations' offsets are the same as Slant's.
const fragment = document.createDocumentFragment();
data.text.split('\n').forEach((paragraph, index) => {
  if (index > 0) fragment.append('\n');
  const element = document.createElement('p');
  element.textContent = paragraph;
  fragment.append(element);
});
container.append(fragment);
performance.mark('peer:text');

const toAnnotation = (id: string, tagId: string, selector: Partial<TextSelector>) =>
  ({
    id,
    bodies: [{ id: `${id}-tag`, annotation: id, purpose: 'tagging', value: tagId }],
    target: { annotation: id, selector: [selector] },
  }) as TextAnnotation;

const tagOf = (annotation: { bodies: { purpose?: string; value?: string }[] }) =>
  annotation.bodies.find((b) => b.purpose === 'tagging')?.value ?? '';

const anno = createTextAnnotator<TextAnnotation, TextAnnotation>(container, {
  // Tagging goes through the key handler below, not Recogito's own pointer handling.
  annotatingEnabled: false,
  style: (annotation): HighlightStyle => {
    const colour = (data.colours[tagOf(annotation)] ?? '#777777') as HighlightStyle['fill'];
    return { fill: colour, fillOpacity: 0.18, underlineColor: colour, underlineThickness: 2 };
  },
});

// The text store's bulk add resolves the text positions to DOM ranges (setAnnotations does not).
anno.state.store.bulkAddAnnotations(
  data.annotations.map(({ id, start, end, exact, tagId }) =>
    toAnnotation(id, tagId, { quote: exact, start, end }),
  ),
  true,
);
performance.mark('peer:annotations');

document.addEventListener('keydown', (event) => {
  if (event.key !== '1') return;
  const selection = getSelection();
  if (!selection || selection.isCollapsed || !container.contains(selection.anchorNode)) return;
  event.preventDefault();
  const range = selection.getRangeAt(0).cloneRange();
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const quote = range.toString();
  anno.addAnnotation(
    toAnnotation(crypto.randomUUID(), 'loaded-language', {
      quote,
      start,
      end: start + quote.length,
      range,
    }),
  );
});
