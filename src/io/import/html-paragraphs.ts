/**
 * The text of an article's DOM, as paragraphs: each block element (paragraph, heading, list item,
 * quote, caption) starts a new one, `<br>` breaks a line, a table row becomes its cells joined by
 * ` | `, and runs of white space collapse as a browser shows them. Links keep their words;
 * images, scripts, forms' controls and anything hidden are left out.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const BLOCKS = new Set(
  (
    'address article aside blockquote caption dd details dialog div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p ' +
    'section summary table tbody tfoot thead ul legend center'
  ).split(' '),
);

const SKIPPED = new Set(
  (
    'script style noscript template iframe object embed svg math canvas img picture video ' +
    'audio button select textarea input option datalist head title meta link'
  ).split(' '),
);

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

function rowText(row: Element): string {
  return Array.from(row.children)
    .filter((cell) => cell.localName === 'td' || cell.localName === 'th')
    .map((cell) => htmlParagraphs(cell).join(' '))
    .filter((cell) => cell.length > 0)
    .join(' | ');
}

export function htmlParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let line = '';
  const flush = (): void => {
    const text = line.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (text.length > 0) paragraphs.push(text);
    line = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.localName;
    if (SKIPPED.has(tag) || isHidden(el)) return;
    if (tag === 'br') return flush();
    if (tag === 'pre') {
      flush();
      (el.textContent ?? '').split('\n').forEach((codeLine) => {
        line = codeLine;
        flush();
      });
      return;
    }
    if (tag === 'tr') {
      flush();
      line = rowText(el);
      return flush();
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    el.childNodes.forEach(visit);
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs;
}
