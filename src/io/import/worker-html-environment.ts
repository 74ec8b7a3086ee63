/**
 * The DOM the HTML importer uses where there is no browser DOM: in the import Web Worker (a
 * worker has no DOMParser) and in Node. It is domino, a DOM written in JavaScript whose parser
 * follows the HTML standard's parsing algorithm, as browsers and jsdom do, so that Readability
 * finds the same article in it as in the page (tests/unit/io/import/worker-dom-parity.test.ts
 * holds that over Mozilla's test pages). linkedom, the usual choice in workers, parses with
 * htmlparser2, which builds a different tree from broken markup, and DOMPurify refuses it.
 *
 * Two things are set as a browser would have them: documents are parsed with scripting off,
 * as DOMParser's are (so `<noscript>` holds markup, not text), and querySelectorAll returns a
 * static list, as the standard says (domino answers some selectors with a live collection,
 * which Readability may not iterate while it changes the tree).
 */
import * as domino from '@mixmark-io/domino';
import HTMLParser from '@mixmark-io/domino/lib/HTMLParser';
import type { HtmlEnvironment, HtmlWindow } from './html-environment';

function parseWithoutScripting(html: string): Document {
  const parser = new HTMLParser(undefined, undefined, { scripting_enabled: false });
  parser.parse(html, true);
  return parser.document();
}

type QueryAll = (this: ParentNode, selectors: string) => ArrayLike<Element>;
type Queryable = { querySelectorAll: QueryAll };

/**
 * Gives `target` its own querySelectorAll answering a static array. domino defines the method
 * read-only on Element and Document, so it is shadowed further down the chain: on the element
 * prototypes below it and on each parsed document.
 */
function staticQueryResults(target: Queryable | undefined): void {
  if (!target || Object.hasOwn(target, 'querySelectorAll')) return;
  const live = target.querySelectorAll;
  const staticQuery: QueryAll = function (selectors) {
    return Array.from(live.call(this, selectors));
  };
  Object.defineProperty(target, 'querySelectorAll', { value: staticQuery, writable: true });
}

interface LiveCollection {
  readonly length: number;
  item(index: number): Element | null;
}

const liveViews = new WeakMap<object, LiveCollection>();

/**
 * A browser's collections (`children`, getElementsByTagName) are live when read by index too;
 * domino refreshes its index properties only when `length` or `item()` is called, so Readability,
 * which moves nodes while it walks `children` by index, would read stale entries. The view reads
 * every index through `item()`, and iterates live, by index, as a browser does.
 */
function liveView(collection: LiveCollection): LiveCollection {
  let view = liveViews.get(collection);
  if (!view) {
    view = new Proxy(collection, {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key))
          return target.item(Number(key)) ?? undefined;
        if (key === Symbol.iterator) {
          return function* () {
            for (let index = 0; index < target.length; index++) yield target.item(index)!;
          };
        }
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
    liveViews.set(collection, view);
  }
  return view;
}

const COLLECTION_METHODS = [
  'getElementsByTagName',
  'getElementsByClassName',
  'getElementsByTagNameNS',
];

/** Shadows domino's collection-returning members on `target` with ones answering live views. */
function liveCollections(target: object | undefined, withChildren: boolean): void {
  if (!target || Object.hasOwn(target, 'getElementsByTagName')) return;
  for (const name of COLLECTION_METHODS) {
    const own = (target as Record<string, unknown>)[name] as
      ((this: unknown, ...args: unknown[]) => LiveCollection) | undefined;
    if (!own) continue;
    Object.defineProperty(target, name, {
      value(this: unknown, ...args: unknown[]) {
        return liveView(own.apply(this, args));
      },
      writable: true,
    });
  }
  if (!withChildren) return;
  const children = Object.getOwnPropertyDescriptor(findOwner(target, 'children'), 'children')?.get;
  if (!children) return;
  Object.defineProperty(target, 'children', {
    get(this: unknown) {
      return liveView(children.call(this) as LiveCollection);
    },
  });
}

function findOwner(object: object, key: string): object {
  let owner: object | null = object;
  while (owner && !Object.hasOwn(owner, key)) owner = Object.getPrototypeOf(owner) as object | null;
  return owner ?? object;
}

/**
 * domino keeps an index of ids, and asserts that an id it forgets is in it; moving nodes the
 * way Readability does (renaming tags, re-parenting) can forget an id the index missed, which
 * throws. The index only serves getElementById; a miss there is no reason to fail the import.
 */
function tolerantIdIndex(doc: Document): void {
  const indexed = doc as unknown as {
    byId: Record<string, unknown>;
    delId(id: string, node: Node): void;
  };
  const forget = indexed.delId;
  Object.defineProperty(doc, 'delId', {
    value(this: typeof indexed, id: string, node: Node) {
      if (this.byId[id] !== undefined) forget.call(this, id, node);
    },
  });
}

function parseHtml(html: string): Document {
  const doc = parseWithoutScripting(html);
  staticQueryResults(doc as unknown as Queryable);
  liveCollections(doc, false);
  tolerantIdIndex(doc);
  // As a DOMParser document's; domino leaves baseURI unimplemented (it throws).
  Object.defineProperty(doc, 'baseURI', { value: 'about:blank' });
  return doc;
}

class InertDOMParser {
  parseFromString(html: string): Document {
    return parseWithoutScripting(html);
  }
}

/**
 * What DOMPurify reads through getters it finds on `window.Element.prototype` and
 * `window.Node.prototype` (a guard against clobbered properties in browsers). domino keeps some
 * of them as plain fields on each node, where DOMPurify's lookup finds nothing and reads null.
 */
const READ_THROUGH_GETTERS = [
  'nextSibling',
  'childNodes',
  'parentNode',
  'shadowRoot',
  'attributes',
  'nodeType',
  'nodeName',
  'ownerDocument',
  'namespaceURI',
] as const;

/** A stand-in constructor whose prototype answers those reads with the node's own property. */
function withReadThroughGetters(real: { prototype: object }): { prototype: object } {
  const prototype = Object.create(real.prototype) as object;
  for (const name of READ_THROUGH_GETTERS) {
    Object.defineProperty(prototype, name, {
      get(this: Record<string, unknown>) {
        return this[name];
      },
    });
  }
  const standIn = function () {} as unknown as { prototype: object };
  standIn.prototype = prototype;
  return standIn;
}

let environment: HtmlEnvironment | undefined;

/** One environment per worker (or process): DOMPurify is set up for its window once. */
export function workerHtmlEnvironment(): HtmlEnvironment {
  if (environment) return environment;
  const base = domino.createWindow('<!DOCTYPE html><html><head></head><body></body></html>');
  const implementation = domino.impl as Record<string, { prototype: Queryable } | undefined>;
  for (const name of ['HTMLElement', 'SVGElement']) {
    staticQueryResults(implementation[name]?.prototype);
    liveCollections(implementation[name]?.prototype, true);
  }
  // DOMPurify parses with `new window.DOMParser()`; domino's window has none.
  const window = Object.create(base, {
    DOMParser: { value: InertDOMParser },
    Element: { value: withReadThroughGetters(implementation['Element']!) },
    Node: { value: withReadThroughGetters(implementation['Node']!) },
  }) as HtmlWindow;
  environment = { window, parseHtml };
  return environment;
}
