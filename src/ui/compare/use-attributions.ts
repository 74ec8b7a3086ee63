/**
 * Who each compared article cites and where its figures come from, worked out in the suggestion
 * worker (the NLP tagger never loads on the page). Undefined until every article is done.
 */
import { useEffect, useState } from 'react';
import type { ArticleAttribution } from '../../analysis';
import type { SlantDocument } from '../../domain/types';
import { attributeDocument } from '../../state/suggestions/attribute-document';

export function useAttributions(docs: readonly SlantDocument[]) {
  const key = docs.map((d) => `${d.id}|${d.contentHash}`).join(',');
  const [done, setDone] = useState<{
    key: string;
    byDocument?: ReadonlyMap<string, ArticleAttribution>;
    error?: string;
  }>();

  useEffect(() => {
    let current = true;
    Promise.all(docs.map((d) => attributeDocument(d))).then(
      (list) =>
        current && setDone({ key, byDocument: new Map(docs.map((d, i) => [d.id, list[i]!])) }),
      (error: Error) => current && setDone({ key, error: error.message }),
    );
    return () => {
      current = false;
    };
  }, [docs, key]);

  const now = done?.key === key ? done : undefined;
  return { attributions: now?.byDocument, error: now?.error ?? null };
}
