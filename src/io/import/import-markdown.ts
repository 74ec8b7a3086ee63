/**
 * Markdown (`.md`, `.markdown`) to an article: parsed with mdast-util-from-markdown (CommonMark
 * plus GitHub's tables, strikethrough and footnotes, and YAML front matter), then reduced to text
 * paragraphs. The title comes from the front matter's `title`, else the first heading; author,
 * date, source URL and site from the front matter when it has them.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { cleanLine, cleanText } from './clean-text';
import { frontMatterValue, parseFrontMatter, type FrontMatter } from './front-matter';
import { titleFromText, withHeadline } from './headline';
import type { ImportedArticle } from './imported-article';
import { requireText, type TextImportOptions } from './import-text';
import { markdownParagraphs } from './markdown-paragraphs';
import { cleanValue, httpUrl, isoDate, languageTag, personName } from './metadata-values';
import { assertPasteSize } from './size-limit';

function parseMarkdown(markdown: string): {
  matter: FrontMatter;
  tree: ReturnType<typeof fromMarkdown>;
} {
  const tree = fromMarkdown(markdown, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
  const yaml = tree.children.find((node) => node.type === 'yaml');
  return { matter: yaml ? parseFrontMatter(yaml.value) : {}, tree };
}

export function importMarkdown(markdown: string, options: TextImportOptions = {}): ImportedArticle {
  const { fileName } = options;
  if (fileName === undefined) assertPasteSize(markdown);
  const { matter, tree } = parseMarkdown(markdown);
  const { paragraphs, firstHeading, skippedHtml } = markdownParagraphs(tree);

  const body = cleanText(paragraphs.join('\n'));
  requireText(body, fileName);
  const matterTitle = cleanValue(frontMatterValue(matter, 'title', 'headline'));
  const heading = firstHeading === undefined ? undefined : cleanLine(firstHeading) || undefined;
  const title = matterTitle ?? heading ?? titleFromText(body, fileName);
  // A title from the front matter is not in the body; the headline leads the text (headline.ts).
  const text =
    matterTitle === undefined ? body : withHeadline(matterTitle, body.split('\n')).join('\n');

  const author = personName(frontMatterValue(matter, 'author', 'authors', 'byline'));
  const publishedAt = isoDate(
    frontMatterValue(matter, 'date', 'published', 'publishedat', 'published_at', 'datepublished'),
  );
  const url = httpUrl(
    frontMatterValue(matter, 'url', 'source', 'canonical', 'link', 'original_url'),
  );
  const siteName = cleanValue(
    frontMatterValue(matter, 'site', 'site_name', 'sitename', 'publisher'),
  );
  const language = languageTag(frontMatterValue(matter, 'lang', 'language'));
  const warnings =
    skippedHtml > 0
      ? [
          `Left out ${skippedHtml} block${skippedHtml === 1 ? '' : 's'} of raw HTML in the Markdown.`,
        ]
      : [];

  return {
    title,
    text,
    ...(author !== undefined && { author }),
    ...(publishedAt !== undefined && { publishedAt }),
    ...(url !== undefined && { url }),
    ...(siteName !== undefined && { siteName }),
    ...(language !== undefined && { language }),
    format: 'markdown',
    ...(fileName !== undefined && { fileName }),
    warnings,
  };
}
