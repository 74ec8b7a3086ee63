/**
 * A file's articles with their content hash recomputed from their text. Slant finds an article
 * imported twice, and matches a lesson pack's or a backup's articles to the library's, by that
 * hash; one that does not match its text (a file edited by hand or damaged) would make Slant
 * take one article for another, so the file's hash is never trusted: each wrong one is replaced,
 * and listed so the user is told, naming the field.
 */
import { contentHash } from '../../domain/content-hash';

export interface HashRepair {
  where: string;
  message: string;
  repaired: true;
}

interface Hashed {
  title: string;
  text: string;
  contentHash: string;
}

export async function withTrueHashes<D extends Hashed>(
  documents: readonly D[],
  table = 'documents',
): Promise<{ documents: D[]; repairs: HashRepair[] }> {
  const repairs: HashRepair[] = [];
  const checked = await Promise.all(
    documents.map(async (document, index) => {
      const hash = await contentHash(document.text);
      if (hash === document.contentHash) return document;
      repairs.push({
        where: `${table}[${index}].contentHash`,
        message: `does not match the text of “${document.title}”; Slant recomputed it from the text`,
        repaired: true,
      });
      return { ...document, contentHash: hash };
    }),
  );
  return { documents: checked, repairs };
}
