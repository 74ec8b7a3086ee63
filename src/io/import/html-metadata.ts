/**
 * A saved page's metadata: JSON-LD first (the most exact), then Open Graph and `article:` meta
 * tags, then other common meta names, the canonical link and `<html lang>`. Every value is
 * stripped of markup and checked (`metadata-values.ts`), since the page wrote it.
 */
import type { IsoDate } from '../../domain/types';
import { textOfMarkup, type HtmlEnvironment } from './html-environment';
import { findJsonLdArticle } from './json-ld';
import { cleanValue, firstOf, httpUrl, isoDate, languageTag, personName } from './metadata-values';

export interface HtmlMetadata {
  title?: string;
  author?: string;
  publishedAt?: IsoDate;
  url?: string;
  siteName?: string;
  language?: string;
}

function metaContent(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const meta of Array.from(doc.querySelectorAll('meta'))) {
      const name = meta.getAttribute('property') ?? meta.getAttribute('name') ?? '';
      const content = meta.getAttribute('content');
      if (name.trim().toLowerCase() === key && content?.trim()) return content;
    }
  }
  return undefined;
}

function canonicalLink(doc: Document): string | undefined {
  const link = Array.from(doc.querySelectorAll('link[rel]')).find((el) =>
    (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  return link?.getAttribute('href') ?? undefined;
}

export function readHtmlMetadata(doc: Document, env: HtmlEnvironment): HtmlMetadata {
  const plain = (value: string | undefined): string | undefined =>
    value === undefined ? undefined : cleanValue(textOfMarkup(value, env));
  const jsonLd = findJsonLdArticle(doc);
  const jsonLdAuthors = (jsonLd?.authors ?? [])
    .map((name) => personName(plain(name)))
    .filter((name): name is string => name !== undefined);

  const metadata: HtmlMetadata = {
    title: firstOf(
      plain(jsonLd?.headline),
      plain(metaContent(doc, 'og:title', 'twitter:title', 'dc.title')),
    ),
    author: firstOf(
      jsonLdAuthors.length > 0 ? jsonLdAuthors.join(', ') : undefined,
      ...['author', 'article:author', 'byl', 'dc.creator', 'parsely-author'].map((key) =>
        personName(plain(metaContent(doc, key))),
      ),
    ),
    publishedAt: firstOf(
      isoDate(jsonLd?.datePublished),
      ...[
        'article:published_time',
        'date',
        'pubdate',
        'publishdate',
        'dc.date.issued',
        'dc.date',
      ].map((key) => isoDate(metaContent(doc, key))),
    ),
    url: firstOf(
      httpUrl(jsonLd?.url),
      httpUrl(canonicalLink(doc)),
      httpUrl(metaContent(doc, 'og:url')),
    ),
    siteName: firstOf(
      plain(metaContent(doc, 'og:site_name')),
      plain(jsonLd?.publisher),
      plain(metaContent(doc, 'application-name')),
    ),
    language: firstOf(
      languageTag(doc.documentElement.getAttribute('lang')),
      languageTag(metaContent(doc, 'og:locale')),
      languageTag(jsonLd?.language),
    ),
  };
  return Object.fromEntries(
    Object.entries(metadata).filter(([, value]) => value !== undefined),
  ) as HtmlMetadata;
}
