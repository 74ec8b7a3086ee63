/** Addresses of the Compare view (parsed by src/app/routes.ts). */
export const compareCollectionHref = (collectionId: string) =>
  `#/compare/collection/${encodeURIComponent(collectionId)}`;

export const compareDocumentsHref = (documentIds: readonly string[]) =>
  `#/compare/docs/${documentIds.map(encodeURIComponent).join(',')}`;
