/**
 * Claims Compare offers ready-made from the figures the articles report: "Death toll" with each
 * outlet's figure, its wording (the sentence) and whom the article attributes it to, for the
 * reader to confirm or edit before it becomes a claim. One claim per kind of event that at
 * least two of the articles give a figure for. An article's figure is the first one of that
 * kind it attributes to a source, or else its first one.
 */
import type { ArticleAttribution } from '../attribution/article-attribution';
import type { ReportedFigure } from '../attribution/reported-figures';

export interface SuggestedClaimCell {
  documentId: string;
  /** Null when the article reports no figure of this kind. */
  figure: ReportedFigure | null;
  /** The figure's sentence, as a passage of the document's text. */
  passage: { start: number; end: number } | null;
  wording: string;
}

export interface SuggestedClaim {
  /** The kind of event: `killed`, `injured`, ... (reported-figures.ts). */
  what: string;
  /** The claim's suggested name, e.g. "Death toll". */
  name: string;
  /** One per document, in the order given. */
  cells: SuggestedClaimCell[];
}

const NAMES: [string, string][] = [
  ['killed', 'Death toll'],
  ['injured', 'Injured'],
  ['displaced', 'Displaced'],
  ['arrested', 'Arrests'],
  ['missing', 'Missing'],
  ['kidnapped', 'Kidnapped'],
];

function pick(figures: readonly ReportedFigure[], what: string): ReportedFigure | null {
  const kind = figures.filter((f) => f.what === what);
  return kind.find((f) => f.attributedTo !== null) ?? kind[0] ?? null;
}

export function suggestedClaims(
  documents: readonly { id: string; text: string }[],
  attributions: ReadonlyMap<string, ArticleAttribution>,
): SuggestedClaim[] {
  const claims: SuggestedClaim[] = [];
  for (const [what, name] of NAMES) {
    const cells = documents.map((document): SuggestedClaimCell => {
      const attribution = attributions.get(document.id);
      const figure = attribution ? pick(attribution.figures, what) : null;
      const sentence = figure ? attribution?.sentences[figure.sentence] : undefined;
      return {
        documentId: document.id,
        figure,
        passage: sentence ? { start: sentence.start, end: sentence.end } : null,
        wording: sentence ? document.text.slice(sentence.start, sentence.end) : '',
      };
    });
    if (cells.filter((c) => c.figure).length >= 2) claims.push({ what, name, cells });
  }
  return claims;
}
