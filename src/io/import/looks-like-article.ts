/**
 * Whether what Readability extracted is an article or the leftovers of a page that has none (an
 * error page, a home page's list of headlines). Readability nearly always returns something, so
 * Slant asks for enough text outside links. Chinese, Japanese and Korean say in one character
 * what alphabets say in several, so those characters count three times.
 */

/** As Readability's own `isProbablyReaderable`: an article has a paragraph's worth of text. */
const MIN_ARTICLE_WEIGHT = 140;
const MAX_LINK_SHARE = 0.5;
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

function weight(text: string): number {
  const compact = text.replace(/\s+/g, ' ').trim();
  return compact.length + 2 * (compact.match(DENSE_SCRIPT)?.length ?? 0);
}

export function looksLikeArticle(content: Element): boolean {
  const total = weight(content.textContent ?? '');
  const links = Array.from(content.querySelectorAll('a')).reduce(
    (sum, link) => sum + weight(link.textContent ?? ''),
    0,
  );
  return total - links >= MIN_ARTICLE_WEIGHT && links <= total * MAX_LINK_SHARE;
}
