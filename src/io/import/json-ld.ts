/**
 * The article a page describes in JSON-LD (schema.org `NewsArticle` and its kin), which news
 * sites publish for search engines and which is usually the most exact metadata on the page.
 * The scripts are read as JSON, never run. Pages nest the article in arrays and `@graph`s and
 * spell values several ways (an author as a string, an object or a list), so this looks through
 * all of them and returns raw values for `html-metadata.ts` to check.
 */

export interface JsonLdArticle {
  headline?: string;
  authors: string[];
  datePublished?: string;
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

function collect(value: unknown, into: Json[], depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) return value.forEach((item) => collect(item, into, depth + 1));
  if (!isObject(value)) return;
  if (rank(value) < Infinity) into.push(value);
  collect(value['@graph'], into, depth + 1);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'string') return [value];
  if (isObject(value)) return names(text(value['name']));
  return [];
}

function idOrSelf(value: unknown): string | undefined {
  return isObject(value) ? text(value['@id'] ?? value['url']) : text(value);
}

function toArticle(node: Json): JsonLdArticle {
  const publisher = node['publisher'];
  const language = node['inLanguage'];
  return {
    headline: text(node['headline'] ?? node['name']),
    authors: names(node['author']),
    datePublished: text(node['datePublished']),
    publisher: isObject(publisher) ? text(publisher['name']) : text(publisher),
    url: text(node['url']) ?? idOrSelf(node['mainEntityOfPage']),
    language: isObject(language) ? text(language['alternateName']) : text(language),
  };
}

export function findJsonLdArticle(doc: Document): JsonLdArticle | undefined {
  const nodes: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      collect(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // A malformed block is the page's problem; the other metadata may still be good.
    }
  }
  const best = nodes.reduce<Json | undefined>(
    (found, node) => (found === undefined || rank(node) < rank(found) ? node : found),
    undefined,
  );
  return best && toArticle(best);
}
