/**
 * Krippendorff's alpha for nominal data, the class-wide agreement figure: it allows any number of
 * raters and missing ratings (a student who skipped a document), which kappa does not. Computed
 * from the coincidence matrix as in Krippendorff, "Computing Krippendorff's Alpha-Reliability"
 * (2011): alpha = 1 - (n - 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k, where a unit rated m_u times
 * adds n_uc·n_uk / (m_u - 1) to o_ck, and units rated fewer than twice are left out.
 *
 * The tally takes each unit's counts per category, so the class view can stream hundreds of
 * thousands of (token, tag) units through it without building a units × raters matrix.
 */
import { figure, noFigure, type AgreementFigure } from './agreement-figure';

export class NominalAlphaTally {
  /** n_c: pairable values per category, over all units. */
  private readonly totals: number[] = [];
  /** Σ_{c≠k} o_ck = Σ_u (m_u² - Σ_c n_uc²) / (m_u - 1). */
  private disagreement = 0;

  /** Adds one unit; `counts[c]` is how many raters put it in category c. */
  addUnit(counts: readonly number[]): void {
    let m = 0;
    let squares = 0;
    for (const count of counts) {
      m += count;
      squares += count * count;
    }
    if (m < 2) return;
    counts.forEach((count, c) => {
      this.totals[c] = (this.totals[c] ?? 0) + count;
    });
    this.disagreement += (m * m - squares) / (m - 1);
  }

  result(): AgreementFigure {
    let n = 0;
    let squares = 0;
    for (const total of this.totals) {
      n += total ?? 0;
      squares += (total ?? 0) ** 2;
    }
    if (n < 2) return noFigure('too-few-ratings');
    const expected = n * n - squares;
    if (expected === 0) return noFigure('no-variation');
    return figure(1 - ((n - 1) * this.disagreement) / expected);
  }
}

/**
 * Alpha for a units × raters matrix: `units[u][r]` is rater r's value for unit u, or null where
 * r gave none. Values are compared with `===`, so `1` and `'1'` are different categories.
 */
export function krippendorffAlphaNominal(
  units: readonly (readonly (string | number | null)[])[],
): AgreementFigure {
  const categories = new Map<string | number, number>();
  const tally = new NominalAlphaTally();
  for (const unit of units) {
    const counts: number[] = [];
    for (const value of unit) {
      if (value === null) continue;
      let c = categories.get(value);
      if (c === undefined) {
        c = categories.size;
        categories.set(value, c);
      }
      counts[c] = (counts[c] ?? 0) + 1;
    }
    tally.addUnit(Array.from(counts, (count) => count ?? 0));
  }
  return tally.result();
}
