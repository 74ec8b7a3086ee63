/**
 * A saved page's metadata, read from the standard sources in order of trust: JSON-LD (the most
 * exact), Open Graph and `article:` tags, Dublin Core, Parse.ly and Sailthru tags, the article's
 * microdata and `<time datetime>`, then its byline; the canonical link and `<html lang>`. The
 * headline is the one the page shows (`page-title.ts`). Every value is stripped of markup and
 * checked (`metadata-values.ts`), since the page wrote it.
 */
import type { IsoDate } from '../../domain/types';
import { cleanByline, joinNames } from './byline';
import { textOfMarkup, type HtmlEnvironment } from './html-environment';
import { findJsonLdArticle } from './json-ld';
import { cleanValue, firstOf, httpUrl, isoDate, languageTag } from './metadata-values';
import { articleProperties, propertyValue } from './microdata';
import { pageByline } from './page-byline';
import { metaReader, parselyPage, type MetaReader } from './page-meta';
import { pageHeadline } from './page-title';
import { siteNameOf } from './site-name';

interface HtmlMetadata {
  title?: string;
  author?: string;
  publishedAt?: IsoDate;
  url?: string;
  siteName?: string;
  language?: string;
}

const AUTHOR_METAS = [
  'author',
  'article:author',
  'article:author_name',
  'parsely-author',
  'sailthru.author',
  'byl',
  'dc.creator',
  'dcterms.creator',
  'dcsext.author',
];
const DATE_METAS = [
  'article:published_time',
  'og:article:published_time',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'parsely-pub-date',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'datepublished',
];
/** Sailthru's date is often the last update (Vox's is), so it comes after every other source. */
const LATE_DATE_META = 'sailthru.date';

function canonicalLink(doc: Document): string | undefined {
  const link = Array.from(doc.querySelectorAll('link[rel]')).find((el) =>
    (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  return link?.getAttribute('href') ?? undefined;
}

/** The first `<time datetime>` marked as the publication time, else the first with a date. */
function timeElementDate(doc: Document): IsoDate | undefined {
  const times = Array.from(doc.querySelectorAll('time[datetime]'));
  const marked = times.filter(
    (time) => time.hasAttribute('pubdate') || /publish/i.test(time.className),
  );
  for (const time of [...marked, ...times]) {
    const date = isoDate(time.getAttribute('datetime'));
    if (date !== undefined) return date;
  }
  return undefined;
}

function microdataDate(doc: Document): IsoDate | undefined {
  return firstOf(
    ...articleProperties(doc, 'datePublished').map((element) => isoDate(propertyValue(element))),
  );
}

function metaAuthor(meta: MetaReader, siteName: string | undefined): string | undefined {
  return firstOf(...AUTHOR_METAS.map((key) => cleanByline(meta(key) ?? '', siteName)));
}

export function readHtmlMetadata(doc: Document, env: HtmlEnvironment): HtmlMetadata {
  const plain = (value: string | undefined): string | undefined =>
    value === undefined ? undefined : cleanValue(textOfMarkup(value, env));
  const meta = metaReader(doc);
  const parsely = parselyPage(meta);
  const jsonLd = findJsonLdArticle(doc);

  const siteName = siteNameOf([
    plain(jsonLd?.publisher),
    plain(meta('og:site_name')),
    plain(meta('application-name')),
    plain(meta('apple-mobile-web-app-title')),
  ]);
  const jsonLdAuthors = (jsonLd?.authors ?? [])
    .map((name) => cleanByline(plain(name) ?? '', siteName))
    .filter((name): name is string => name !== undefined);

  const metadata: HtmlMetadata = {
    title: pageHeadline(
      doc,
      [
        plain(jsonLd?.headline),
        plain(meta('og:title')),
        plain(meta('twitter:title')),
        plain(meta('parsely-title') ?? parsely.title),
        plain(meta('sailthru.title')),
        plain(meta('dc.title', 'dcterms.title')),
        plain(meta('title')),
        cleanValue(doc.title),
      ],
      siteName,
    ),
    author: firstOf(
      joinNames(jsonLdAuthors),
      metaAuthor(meta, siteName),
      cleanByline(plain(parsely.author) ?? '', siteName),
      pageByline(doc, siteName),
    ),
    publishedAt: firstOf(
      isoDate(jsonLd?.datePublished),
      ...DATE_METAS.map((key) => isoDate(meta(key))),
      isoDate(parsely.pubDate),
      microdataDate(doc),
      timeElementDate(doc),
      isoDate(meta(LATE_DATE_META)),
      isoDate(jsonLd?.dateCreated),
    ),
    url: firstOf(httpUrl(jsonLd?.url), httpUrl(canonicalLink(doc)), httpUrl(meta('og:url'))),
    siteName,
    language: firstOf(
      languageTag(doc.documentElement.getAttribute('lang')),
      languageTag(meta('og:locale')),
      languageTag(jsonLd?.language),
    ),
  };
  return Object.fromEntries(
    Object.entries(metadata).filter(([, value]) => value !== undefined),
  ) as HtmlMetadata;
}
