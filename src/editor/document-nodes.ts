import type { Descendant } from 'slate';
import type { ParagraphElement } from './slate-types';

/** A canonical text (paragraphs joined by `\n`) as Slate nodes: one paragraph block per line. */
export function textToNodes(text: string): ParagraphElement[] {
  return text.split('\n').map((line) => ({ type: 'paragraph', children: [{ text: line }] }));
}

/**
 * Each block's text. A block of one text node gives that node's own string, so a block Slate
 * left unchanged gives the very same string as before (compared in O(1)).
 */
export function blockTexts(nodes: readonly Descendant[]): string[] {
  return nodes.map((node) => {
    if (!('children' in node)) return node.text;
    const [only, ...more] = node.children;
    return more.length === 0 ? (only?.text ?? '') : node.children.map((c) => c.text).join('');
  });
}
