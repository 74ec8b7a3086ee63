/**
 * The names of the sources a sentence cites, as written: "the Syrian Observatory for Human Rights
 * (SOHR) said" gives `Syrian Observatory for Human Rights (SOHR)`, "told the AP" gives `AP`,
 * "Health Minister Ana Ruiz said" gives `Ana Ruiz`. The sentence is read on its own by the
 * article's attribution (attribution/article-attribution.ts), so a pronoun or a description
 * ("he said", "the monitor said") names no one here: in an article it points back to a name.
 */
import { articleAttribution } from '../attribution/article-attribution';

/** Names of the sources `sentence` cites, in order of appearance, each once as written. */
export function sourceNamesIn(sentence: string): string[] {
  const named = articleAttribution(sentence).mentions.filter((m) => m.named);
  return [...new Set(named.sort((a, b) => a.start - b.start).map((m) => m.name))];
}
