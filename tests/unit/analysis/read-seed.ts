// Reads a seed article as the app stores it: canonical text, paragraphs joined by "\n".
import { readFileSync } from 'node:fs';
import { toCanonicalText } from '../../../src/domain/paragraphs';

export const SEED_FILES = [
  '000_da10e5d0690c0007.txt',
  '001_009b48cc48a6c3a5.txt',
  '002_7858cea97ce4f018.txt',
  '003_07581b009b96ef05.txt',
  '004_f9f508b3207d511e.txt',
] as const;

export function readSeed(file: (typeof SEED_FILES)[number]): string {
  return toCanonicalText(readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8'));
}
