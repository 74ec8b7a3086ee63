/**
 * The last few texts' attributions, kept: the unattributed-claim detector and Compare ask about
 * the same texts, and an answer worked out earlier (kept between visits) may be handed in. Apart
 * from article-attribution.ts, so the suggestion worker can look here without loading the NLP
 * tagger that works an attribution out.
 */
import type { ArticleAttribution } from './article-attribution';

const recent = new Map<string, ArticleAttribution>();
const KEEP = 8;

/** The attribution of `text` worked out or handed in lately, if there is one. */
export function rememberedAttribution(text: string): ArticleAttribution | undefined {
  return recent.get(text);
}

/** Takes an attribution of `text` worked out earlier (kept between visits) as this one's answer. */
export function rememberAttribution(text: string, attribution: ArticleAttribution): void {
  recent.delete(text);
  recent.set(text, attribution);
  if (recent.size > KEEP) recent.delete(recent.keys().next().value!);
}
