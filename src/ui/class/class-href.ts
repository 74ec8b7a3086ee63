/** The Class view's addresses. */
export const CLASS_HREF = '#/class';

export const lessonHref = (lessonId: string) => `#/class/${encodeURIComponent(lessonId)}`;

/** An article's address in the editor (as `src/app/routes.ts` reads it). */
export const documentHref = (documentId: string) => `#/doc/${encodeURIComponent(documentId)}`;

/** Opens an address of the app, as following a link would. */
export function goTo(href: string): void {
  window.location.hash = href;
}
