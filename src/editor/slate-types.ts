import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';

/**
 * Slate's types for Slant: a document is a list of paragraphs, each holding one text node.
 * Highlights are not stored in the nodes; decorations put them on the leaves at render time.
 */
export interface ParagraphElement {
  type: 'paragraph';
  children: PlainText[];
}

/** One annotation covering a leaf: enough to draw it without looking anything up. */
export interface LeafHighlight {
  annotationId: string;
  /** The tag whose colour and underline the highlight wears (its first tag). */
  tagId: string;
  /** Length of the whole annotation, so the innermost of overlapping ones can be found. */
  length: number;
  /** Set for another layer's annotation, shown read-only beside the layer being edited. */
  layerColour?: string;
}

/** A suggestion covering a leaf: drawn apart from annotations, found again by its key. */
export interface LeafSuggestion {
  key: string;
  tagId: string;
}

interface PlainText {
  text: string;
  highlights?: LeafHighlight[];
  suggestions?: LeafSuggestion[];
}

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor & HistoryEditor;
    Element: ParagraphElement;
    Text: PlainText;
  }
}
