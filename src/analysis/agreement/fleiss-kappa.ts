/**
 * Fleiss' kappa, the familiar figure for many raters who all rate every subject (Fleiss 1971).
 * Shown beside alpha when the whole class did every document; with missing ratings it does not
 * apply and the result says so. kappa = (P̄ - P_e) / (1 - P_e), where P̄ is the mean share of
 * agreeing rater pairs per subject and P_e = Σ_j p_j² the agreement expected by chance.
 */
import { figure, noFigure, type AgreementFigure } from './agreement-figure';

export class FleissTally {
  private raters: number | undefined;
  private unequal = false;
  private subjects = 0;
  /** Σ_i Σ_j n_ij². */
  private squares = 0;
  /** Ratings per category over all subjects. */
  private readonly totals: number[] = [];

  /** Adds one subject; `counts[j]` is how many raters put it in category j. */
  addSubject(counts: readonly number[]): void {
    let n = 0;
    counts.forEach((count, j) => {
      n += count;
      this.squares += count * count;
      this.totals[j] = (this.totals[j] ?? 0) + count;
    });
    if (this.raters === undefined) this.raters = n;
    else if (n !== this.raters) this.unequal = true;
    this.subjects += 1;
  }

  result(): AgreementFigure {
    const n = this.raters ?? 0;
    if (this.unequal) return noFigure('unequal-raters');
    if (this.subjects === 0 || n < 2) return noFigure('too-few-ratings');
    const ratings = this.subjects * n;
    let totalSquares = 0;
    for (const total of this.totals) totalSquares += (total ?? 0) ** 2;
    // All ratings in one category: P_e = 1 and kappa is 0/0.
    if (totalSquares === ratings * ratings) return noFigure('no-variation');
    const observed = (this.squares - ratings) / (ratings * (n - 1));
    const chance = totalSquares / (ratings * ratings);
    return figure((observed - chance) / (1 - chance));
  }
}

/** Kappa for a subjects × categories matrix of counts; every row must sum to the same n. */
export function fleissKappa(counts: readonly (readonly number[])[]): AgreementFigure {
  const tally = new FleissTally();
  for (const row of counts) tally.addSubject(row);
  return tally.result();
}
