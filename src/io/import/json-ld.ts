/**
 * The article a page describes in JSON-LD (schema.org `NewsArticle` and its kin), which news
 * sites publish for search engines and which is usually the most exact metadata on the page.
 * The scripts are read as JSON, never run. Pages nest the article in arrays and `@graph`s and
 * spell values several ways (an author as a string, an object or a list), so this looks through
 * all of them and returns raw values for `html-metadata.ts` to check.
 */

interface JsonLdArticle {
  headline?: string;
  authors: string[];
  datePublished?: string;
  /** Less sure than datePublished: some sites set it when the page was generated. */
  dateCreated?: string;
  publisher?: string;
  url?: string;
  language?: string;
}

/** Most specific first: a NewsArticle beats an Article, which beats a blog post. */
const ARTICLE_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
  'Article',
  'Report',
  'BlogPosting',
  'SocialMediaPosting',
];

const MAX_DEPTH = 6;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rank(node: Json): number {
  const types = ([] as unknown[]).concat(node['@type'] ?? []);
  const ranks = types
    .filter((type): type is string => typeof type === 'string')
    .map((type) => ARTICLE_TYPES.indexOf(type.replace(/^.*[/:]/, '')))
    .filter((index) => index >= 0);
  return ranks.length > 0 ? Math.min(...ranks) : Infinity;
}

/** Articles found so far, and every node with an `@id`, which an author may point to. */
interface Found {
  articles: Json[];
  byId: Map<string, Json>;
}

function collect(value: unknown, found: Found, depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) return value.forEach((item) => collect(item, found, depth + 1));
  if (!isObject(value)) return;
  if (rank(value) < Infinity) found.articles.push(value);
  const id = value['@id'];
  if (typeof id === 'string' && !found.byId.has(id)) found.byId.set(id, value);
  collect(value['@graph'], found, depth + 1);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

function names(value: unknown, byId: Map<string, Json>, depth = 0): string[] {
  if (depth > MAX_DEPTH) return [];
  if (Array.isArray(value)) return value.flatMap((item) => names(item, byId, depth + 1));
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (!isObject(value)) return [];
  const name = text(value['name']);
  if (name !== undefined) return names(name, byId, depth + 1);
  // `{"@id": "#author"}`: the person is described elsewhere in the graph.
  const target = typeof value['@id'] === 'string' ? byId.get(value['@id']) : undefined;
  return target && target !== value ? names(target, byId, depth + 1) : [];
}

function idOrSelf(value: unknown): string | undefined {
  return isObject(value) ? text(value['@id'] ?? value['url']) : text(value);
}

function toArticle(node: Json, byId: Map<string, Json>): JsonLdArticle {
  const language = node['inLanguage'];
  return {
    headline: text(node['headline'] ?? node['name']),
    authors: names(node['author'], byId),
    datePublished: text(node['datePublished']),
    dateCreated: text(node['dateCreated']),
    publisher: names(node['publisher'], byId)[0],
    url: text(node['url']) ?? idOrSelf(node['mainEntityOfPage']),
    language: isObject(language) ? text(language['alternateName']) : text(language),
  };
}

/** Some pages wrap the JSON in `<![CDATA[ … ]]>` or an HTML comment, as for old XHTML. */
function unwrap(script: string): string {
  return script
    .trim()
    .replace(/^(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/, '')
    .replace(/(?:\/\/\s*)?(?:\]\]>|-->)$/, '');
}

export function findJsonLdArticle(doc: Document): JsonLdArticle | undefined {
  const found: Found = { articles: [], byId: new Map() };
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      collect(JSON.parse(unwrap(script.textContent ?? '')), found);
    } catch {
      // A malformed block is the page's problem; the other metadata may still be good.
    }
  }
  const best = found.articles.reduce<Json | undefined>(
    (chosen, node) => (chosen === undefined || rank(node) < rank(chosen) ? node : chosen),
    undefined,
  );
  return best && toArticle(best, found.byId);
}
