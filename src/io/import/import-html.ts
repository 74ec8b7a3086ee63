/**
 * A saved web page (`.html`, `.htm`) to an article, treating the page as hostile
 * (ARCHITECTURE.md §8): it is parsed into an inert document, its metadata read as data, its body
 * sanitised by DOMPurify and parsed again into a fresh inert document, where Readability finds
 * the article among the navigation, ads and comments. Only the article's text and paragraph
 * structure come out; no markup, script, handler or URL of the page survives into the document.
 */
import { Readability } from '@mozilla/readability';
import { cleanText } from './clean-text';
import { titleFromText, withHeadline } from './headline';
import type { HtmlEnvironment } from './html-environment';
import { readHtmlMetadata } from './html-metadata';
import { htmlParagraphs } from './html-paragraphs';
import { looksLikeArticle } from './looks-like-article';
import { describeSource, ImportError } from './import-error';
import type { ImportedArticle } from './imported-article';
import type { TextImportOptions } from './import-text';
import { cleanValue, firstOf, isoDate, languageTag } from './metadata-values';
import { sanitizeBody } from './sanitize-html';
import { assertPasteSize } from './size-limit';

const ELEMENT_NODE = 1;

function noArticle(fileName: string | undefined): ImportError {
  return new ImportError(
    'no-article',
    `Slant found no article in ${describeSource(fileName, 'this page')}. ` +
      'It may be a home page, a list of links, an error page, or a page that shows its text only ' +
      'with JavaScript. Open the article itself in your browser and save that page, or copy the ' +
      'article’s text and paste it.',
    fileName,
  );
}

function readableDocument(source: Document, title: string, env: HtmlEnvironment): Document {
  const clean = sanitizeBody(source, env.window);
  const doc = env.parseHtml(
    `<!DOCTYPE html><html><head><title></title></head><body>${clean}</body></html>`,
  );
  // Readability drops a heading that repeats the title; the headline goes back in front later.
  const titleElement = doc.querySelector('title');
  if (titleElement) titleElement.textContent = title;
  return doc;
}

export function importHtml(
  html: string,
  env: HtmlEnvironment,
  options: TextImportOptions = {},
): ImportedArticle {
  const { fileName } = options;
  if (fileName === undefined) assertPasteSize(html);
  const source = env.parseHtml(html);
  const metadata = readHtmlMetadata(source, env);
  const doc = readableDocument(source, metadata.title ?? source.title, env);
  const article = new Readability<Node>(doc, {
    serializer: (node) => node,
    disableJSONLD: true,
  }).parse();

  const content = article?.content;
  if (!content || content.nodeType !== ELEMENT_NODE || !looksLikeArticle(content as Element)) {
    throw noArticle(fileName);
  }
  const body = cleanText(htmlParagraphs(content).join('\n'));

  const title =
    firstOf(metadata.title, cleanValue(article?.title), cleanValue(source.title)) ??
    titleFromText(body, fileName);
  const text = withHeadline(title, body.split('\n')).join('\n');
  const siteName = firstOf(metadata.siteName, cleanValue(article?.siteName));
  const publishedAt = firstOf(metadata.publishedAt, isoDate(article?.publishedTime));
  const language = firstOf(metadata.language, languageTag(article?.lang));

  return {
    title,
    text,
    // Not Readability's byline: it is what `page-byline.ts` reads, with less care.
    ...(metadata.author !== undefined && { author: metadata.author }),
    ...(publishedAt !== undefined && { publishedAt }),
    ...(metadata.url !== undefined && { url: metadata.url }),
    ...(siteName !== undefined && { siteName }),
    ...(language !== undefined && { language }),
    format: 'html',
    ...(fileName !== undefined && { fileName }),
    warnings: [],
  };
}
