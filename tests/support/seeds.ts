import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedArticle } from '../../src/storage/sample-collection';

/** The repo's `seeds/` folder (tests run from the repo root, in Node or jsdom alike). */
export const SEEDS_DIR = join(process.cwd(), 'seeds');

/** The seed articles as the app bundles them: `seeds/manifest.json` plus each file's text. */
export function readSeedArticles(): SeedArticle[] {
  const manifest = JSON.parse(readFileSync(join(SEEDS_DIR, 'manifest.json'), 'utf8')) as {
    articles: Omit<SeedArticle, 'raw'>[];
  };
  return manifest.articles.map((entry) => ({
    ...entry,
    raw: readFileSync(join(SEEDS_DIR, entry.file), 'utf8'),
  }));
}
