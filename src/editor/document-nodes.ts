import type { Descendant } from 'slate';
import type { ParagraphElement } from './slate-types';

/** A canonical text (paragraphs joined by `\n`) as Slate nodes: one paragraph block per line. */
export function textToNodes(text: string): ParagraphElement[] {
  return text.split('\n').map((line) => ({ type: 'paragraph', children: [{ text: line }] }));
}

/** The canonical text of Slate nodes: each block's text, joined by `\n`. */
export function nodesToText(nodes: readonly Descendant[]): string {
  return nodes
    .map((node) =>
      'children' in node ? node.children.map((child) => child.text).join('') : node.text,
    )
    .join('\n');
}
