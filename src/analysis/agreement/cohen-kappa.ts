/**
 * Cohen's kappa for two raters, e.g. one student against the key on the same tokens (Cohen 1960):
 * kappa = (p_o - p_e) / (1 - p_e), with p_o the share of items they label alike and p_e the share
 * expected by chance from each rater's own label frequencies.
 */
import { figure, noFigure, type AgreementFigure } from './agreement-figure';

export function cohenKappa(
  first: readonly (string | number)[],
  second: readonly (string | number)[],
): AgreementFigure {
  if (first.length !== second.length) {
    throw new RangeError(`cohenKappa: ${first.length} labels against ${second.length}`);
  }
  const n = first.length;
  if (n === 0) return noFigure('too-few-ratings');
  const firstCounts = new Map<string | number, number>();
  const secondCounts = new Map<string | number, number>();
  let alike = 0;
  first.forEach((label, i) => {
    const other = second[i] as string | number;
    if (label === other) alike += 1;
    firstCounts.set(label, (firstCounts.get(label) ?? 0) + 1);
    secondCounts.set(other, (secondCounts.get(other) ?? 0) + 1);
  });
  let chanceProducts = 0;
  for (const [label, count] of firstCounts)
    chanceProducts += count * (secondCounts.get(label) ?? 0);
  // Both raters used one and the same label throughout: p_e = 1 and kappa is 0/0.
  if (chanceProducts === n * n) return noFigure('no-variation');
  const observed = alike / n;
  const chance = chanceProducts / (n * n);
  return figure((observed - chance) / (1 - chance));
}
