import manifest from '../../seeds/manifest.json';
import type { SeedArticle } from '../storage/sample-collection';

/**
 * The seed articles, bundled into the app so the sample collection is there offline from the
 * first start. The files are kept byte for byte; `seeds/manifest.json` says what each one states.
 */
const rawFiles = import.meta.glob<string>('../../seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const SEED_ARTICLES: SeedArticle[] = manifest.articles.map((entry) => {
  const raw = rawFiles[`../../seeds/${entry.file}`];
  if (raw === undefined) throw new Error(`seeds/manifest.json names a missing file: ${entry.file}`);
  return { ...entry, raw };
});
