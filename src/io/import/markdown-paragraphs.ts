/**
 * A Markdown syntax tree (mdast) reduced to the plain paragraphs of its text: every heading,
 * paragraph, list item, quote, table row and code line becomes a paragraph; emphasis and link
 * markup go and their words stay; images, link definitions and raw HTML go entirely (raw HTML is
 * not rendered, and reading text out of it would need the HTML importer's sanitising).
 */
import type { Nodes, PhrasingContent, RootContent, TableRow } from 'mdast';

interface MarkdownText {
  paragraphs: string[];
  /** The text of the first heading, if any. */
  firstHeading?: string;
  /** How many blocks of raw HTML were left out. */
  skippedHtml: number;
}

function inline(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          // A line break in the source is a space; only a hard break (`break`) ends a line.
          return node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
        case 'break':
          return '\n';
        case 'html':
          return /^<br\s*\/?>$/i.test(node.value) ? '\n' : '';
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
          return '';
        default:
          return 'children' in node ? inline(node.children) : '';
      }
    })
    .join('');
}

function row(node: TableRow): string {
  return node.children
    .map((cell) => inline(cell.children).trim())
    .filter((cell) => cell.length > 0)
    .join(' | ');
}

export function markdownParagraphs(root: Nodes): MarkdownText {
  const result: MarkdownText = { paragraphs: [], skippedHtml: 0 };
  const visit = (node: RootContent): void => {
    switch (node.type) {
      case 'heading': {
        const text = inline(node.children);
        result.firstHeading ??= text;
        result.paragraphs.push(text);
        return;
      }
      case 'paragraph':
        result.paragraphs.push(inline(node.children));
        return;
      case 'code':
        result.paragraphs.push(node.value);
        return;
      case 'table':
        node.children.forEach((tableRow) => result.paragraphs.push(row(tableRow)));
        return;
      case 'html':
        result.skippedHtml += 1;
        return;
      case 'blockquote':
      case 'list':
      case 'listItem':
      case 'footnoteDefinition':
        node.children.forEach(visit);
        return;
      default:
        // yaml (read separately), thematic breaks, link definitions: no text of the article.
        return;
    }
  };
  if ('children' in root) (root.children as RootContent[]).forEach(visit);
  return result;
}
