/**
 * The class-wide agreement figures of the Class view. Every word token of every document is a
 * unit (see token-marks.ts); for each tag, each rater gives each token a binary rating, marked or
 * not. The caller decides who the raters are: the students alone, or the students and the key.
 *
 * - Per tag: Krippendorff's alpha (nominal) over the tokens, and Fleiss' kappa on the same data
 *   when every rater rated every document (otherwise kappa is null, 'unequal-raters').
 * - Overall: the same coefficients over all (token, tag) pairs pooled as units, so a tag that is
 *   used more (or more disputed) weighs more, and a tag no one used adds only agreement.
 *
 * A rater who did not do some documents lists the ones they did in `documentIds`; their ratings
 * for the others are missing, not "unmarked". Without `documentIds` a rater rated every document
 * in `texts`. Spans on documents not in `texts` or not among the rater's `documentIds`, and
 * tags not in `tagIds`, are ignored.
 */
import { tokenize, type Token } from '../text/tokenize';
import type { AgreementFigure } from './agreement-figure';
import { FleissTally } from './fleiss-kappa';
import { NominalAlphaTally } from './krippendorff-alpha';
import type { LabelledSpan } from './labelled-span';
import { mergeByTagAndDocument } from './merge-by-tag';
import { addMarkedTokens } from './token-marks';
import { keyedRecord } from '../../domain/keyed-record';

export interface Rater {
  name: string;
  spans: readonly LabelledSpan[];
  /** The documents this rater worked on; absent means all of them. */
  documentIds?: readonly string[];
}

export interface AgreementFigures {
  alpha: AgreementFigure;
  fleissKappa: AgreementFigure;
}

export interface ClassAgreement {
  overall: AgreementFigures;
  byTag: Record<string, AgreementFigures>;
  /** Word tokens over all documents: the units of each tag. */
  tokens: number;
  raters: number;
}

class Tallies {
  readonly alpha = new NominalAlphaTally();
  readonly fleiss = new FleissTally();
  add(unit: readonly number[]): void {
    this.alpha.addUnit(unit);
    this.fleiss.addSubject(unit);
  }
  figures(): AgreementFigures {
    return { alpha: this.alpha.result(), fleissKappa: this.fleiss.result() };
  }
}

export function classAgreement(
  texts: ReadonlyMap<string, string>,
  raters: readonly Rater[],
  tagIds: readonly string[],
): ClassAgreement {
  const tokensByDocument = new Map<string, Token[]>();
  for (const [documentId, text] of texts) tokensByDocument.set(documentId, tokenize(text));
  const ratersWithSpans = raters.map((rater) => ({
    documents: rater.documentIds ? new Set(rater.documentIds) : null,
    spans: mergeByTagAndDocument(rater.spans, tagIds),
  }));

  const overall = new Tallies();
  const byTag = keyedRecord<AgreementFigures>();
  // Reused for every unit: [marked, not marked]. The tallies read it and keep nothing.
  const unit = [0, 0];
  for (const tagId of new Set(tagIds)) {
    const tag = new Tallies();
    for (const [documentId, tokens] of tokensByDocument) {
      const marked = new Int32Array(tokens.length);
      let ratings = 0;
      for (const rater of ratersWithSpans) {
        if (rater.documents && !rater.documents.has(documentId)) continue;
        ratings += 1;
        addMarkedTokens(tokens, rater.spans.get(tagId)?.get(documentId) ?? [], marked);
      }
      // A document no rater did says nothing about agreement.
      if (ratings === 0) continue;
      for (const count of marked) {
        unit[0] = count;
        unit[1] = ratings - count;
        tag.add(unit);
        overall.add(unit);
      }
    }
    byTag[tagId] = tag.figures();
  }
  let tokens = 0;
  for (const list of tokensByDocument.values()) tokens += list.length;
  return { overall: overall.figures(), byTag, tokens, raters: raters.length };
}
