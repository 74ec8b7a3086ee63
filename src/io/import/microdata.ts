/**
 * Schema.org microdata on a saved page (`itemprop="author"`, `itemprop="datePublished"`), kept
 * to the article's own properties: a property belongs to the nearest enclosing `itemscope`, and
 * one inside a video's or a comment's item is not the article's (Yahoo's pages give an embedded
 * video's date before the article's).
 */

/**
 * Items with an author or a date of their own. A property in any other item (a Person, an
 * Organization) is taken for the article's: CNET puts the article's date inside its author.
 */
const OTHER_WORK =
  /(?:VideoObject|AudioObject|ImageObject|MediaObject|Clip|Comment|Answer|Question|Review|Product|Offer|Event|Recipe)$/;

function ownerIsArticle(element: Element): boolean {
  const type = element.parentElement?.closest('[itemscope]')?.getAttribute('itemtype');
  return !type?.split(/\s+/).some((t) => OTHER_WORK.test(t.replace(/\/$/, '')));
}

/** The article's elements that carry `itemprop` `name`, in document order. */
export function articleProperties(doc: Document, name: string): Element[] {
  return Array.from(doc.querySelectorAll('[itemprop]')).filter(
    (element) =>
      (element.getAttribute('itemprop') ?? '').split(/\s+/).includes(name) &&
      ownerIsArticle(element),
  );
}

/** A property's value: `content` for meta, `datetime` for time, else its text. */
export function propertyValue(element: Element): string | undefined {
  const value =
    element.getAttribute('content') ??
    (element.tagName.toLowerCase() === 'time' ? element.getAttribute('datetime') : null) ??
    element.textContent;
  return value?.trim() ? value : undefined;
}

/** A person item's name (`itemprop="name"` inside it), or the element's own value. */
export function personValue(element: Element): string | undefined {
  const name = Array.from(element.querySelectorAll('[itemprop]')).find((el) =>
    (el.getAttribute('itemprop') ?? '').split(/\s+/).includes('name'),
  );
  return (name && propertyValue(name)) ?? propertyValue(element);
}
