/**
 * Who each compared article cites and where its figures come from, worked out in the suggestion
 * worker (the NLP tagger never loads on the page). Undefined until every article is done.
 */
import { useEffect, useState } from 'react';
import type { ArticleAttribution } from '../../analysis';
import type { SlantDocument } from '../../domain/types';
import { attributeDocument } from '../../state/suggestions/attribute-document';

/** Runs `work` when the page is idle (within two seconds), or at once where it cannot tell. */
function whenIdle(work: () => void): { cancel: () => void } {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, 0);
    return { cancel: () => clearTimeout(timer) };
  }
  const handle = requestIdleCallback(work, { timeout: 2000 });
  return { cancel: () => cancelIdleCallback(handle) };
}

/** `drawn`: once the articles are drawn; until then nothing is asked. */
export function useAttributions(docs: readonly SlantDocument[], drawn = true) {
  const key = docs.map((d) => `${d.id}|${d.contentHash}`).join(',');
  const [done, setDone] = useState<{
    key: string;
    byDocument?: ReadonlyMap<string, ArticleAttribution>;
    error?: string;
  }>();

  useEffect(() => {
    if (!drawn) return;
    let current = true;
    // The articles are drawn first: the worker's start and the tagging wait for an idle moment.
    const start = () =>
      Promise.all(docs.map((d) => attributeDocument(d))).then(
        (list) =>
          current && setDone({ key, byDocument: new Map(docs.map((d, i) => [d.id, list[i]!])) }),
        (error: Error) => current && setDone({ key, error: error.message }),
      );
    const idle = whenIdle(start);
    return () => {
      current = false;
      idle.cancel();
    };
  }, [docs, key, drawn]);

  const now = done?.key === key ? done : undefined;
  return { attributions: now?.byDocument, error: now?.error ?? null };
}
