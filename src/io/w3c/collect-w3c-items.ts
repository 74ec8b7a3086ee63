/**
 * Finds the annotations in a file from another tool, whatever wraps them: one Annotation, an
 * array, an AnnotationCollection with its first page embedded, an AnnotationPage, several of
 * these in one array (a collection and its further pages, as `toW3CPages` writes them),
 * Hypothesis's client export (`{ annotations: [...] }`) or an API search result (`{ rows }`).
 * Pages are followed through `next`, embedded or by IRI; a page named by IRI that is not in the
 * input is reported by the caller, since its annotations cannot be imported.
 */
import { asList, hasType, idOf, isObject, theFile, type JsonObject } from '../shared';

interface FoundItem {
  value: unknown;
  where: string;
}

type Collected =
  { ok: true; items: FoundItem[]; missingPages: FoundItem[] } | { ok: false; error: string };

function isContainer(value: unknown): boolean {
  return hasType(value, 'AnnotationCollection') || hasType(value, 'AnnotationPage');
}

function looksLikeAnnotation(value: JsonObject): boolean {
  return hasType(value, 'Annotation') || hasType(value, 'oa:Annotation') || 'target' in value;
}

/**
 * A collection holds its annotations in its pages, starting at `first` (Web Annotation Data
 * Model §5.1); one with neither `first` nor items of its own gives nothing to import.
 */
function withoutFirst(
  containers: readonly { node: JsonObject; where: string }[],
  fileName?: string,
): string | undefined {
  const empty = containers.find(
    ({ node }) =>
      hasType(node, 'AnnotationCollection') &&
      (node.first === undefined || node.first === null) &&
      asList(node.items).length === 0 &&
      // An export of no annotations says so, and has no page to begin at.
      node.total !== 0,
  );
  if (!empty) return undefined;
  const total = typeof empty.node.total === 'number' ? empty.node.total : undefined;
  const holds = total ? `, although it says it holds ${total} annotations` : '';
  return (
    `${theFile(fileName)} is an AnnotationCollection without “first”, the page where a ` +
    `collection’s annotations begin${holds}, so there is nothing to import. Export the ` +
    'collection again with its pages, or import its page files.'
  );
}

function collectPages(
  containers: readonly { node: JsonObject; where: string }[],
  fileName?: string,
): Collected {
  const missingFirst = withoutFirst(containers, fileName);
  if (missingFirst) return { ok: false, error: missingFirst };
  const items: FoundItem[] = [];
  const missingPages: FoundItem[] = [];
  const pagesById = new Map<string, JsonObject>();
  for (const { node } of containers) {
    for (const page of [node, node.first]) {
      const id = idOf(page);
      if (hasType(page, 'AnnotationPage') && isObject(page) && id) pagesById.set(id, page);
    }
  }
  const visited = new Set<JsonObject>();
  const follow = (start: unknown, where: string) => {
    let reference = start;
    for (let number = 1; reference !== undefined && reference !== null; number += 1) {
      const page = isObject(reference) ? reference : pagesById.get(idOf(reference) ?? '');
      const label = number === 1 ? where : `page ${number}`;
      if (!page) {
        missingPages.push({ value: idOf(reference), where: label });
        return;
      }
      if (visited.has(page)) return;
      visited.add(page);
      asList(page.items).forEach((value, index) =>
        items.push({ value, where: `${label}.items[${index}]` }),
      );
      reference = page.next;
    }
  };
  for (const { node, where } of containers) {
    if (!hasType(node, 'AnnotationCollection')) continue;
    follow(node.first, `${where}first`);
    asList(node.items).forEach((value, index) =>
      items.push({ value, where: `${where}items[${index}]` }),
    );
  }
  // Pages no collection led to: a page file on its own, or a set without its collection.
  for (const { node, where } of containers) {
    if (hasType(node, 'AnnotationPage') && !visited.has(node)) follow(node, where || 'page 1');
  }
  return { ok: true, items, missingPages };
}

export function collectW3CItems(json: unknown, fileName?: string): Collected {
  const file = theFile(fileName);
  if (Array.isArray(json)) {
    if (json.some(isContainer)) {
      const containers = json.flatMap((node: unknown, index) =>
        isObject(node) && isContainer(node) ? [{ node, where: `[${index}].` }] : [],
      );
      const collected = collectPages(containers, fileName);
      if (!collected.ok) return collected;
      json.forEach((value, index) => {
        if (!isContainer(value)) collected.items.push({ value, where: `[${index}]` });
      });
      return collected;
    }
    return {
      ok: true,
      items: json.map((value, index) => ({ value, where: `[${index}]` })),
      missingPages: [],
    };
  }
  if (!isObject(json)) {
    return { ok: false, error: `${file} holds no annotations: it is not a JSON object or array.` };
  }
  if (json.format === 'slant-backup') {
    return {
      ok: false,
      error: `${file} is a Slant backup, not a file of W3C annotations: restore it as a backup.`,
    };
  }
  if (isContainer(json)) return collectPages([{ node: json, where: '' }], fileName);
  for (const key of ['annotations', 'rows']) {
    const list = json[key];
    if (Array.isArray(list)) {
      return {
        ok: true,
        items: list.map((value, index) => ({ value, where: `${key}[${index}]` })),
        missingPages: [],
      };
    }
  }
  if (looksLikeAnnotation(json)) {
    return { ok: true, items: [{ value: json, where: 'the annotation' }], missingPages: [] };
  }
  return {
    ok: false,
    error:
      `${file} holds no annotations that Slant can read: it expected a W3C Web Annotation, an ` +
      'array of them, an AnnotationCollection or AnnotationPage, or a Hypothesis export.',
  };
}
