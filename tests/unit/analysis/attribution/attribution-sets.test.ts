import { describe, expect, it } from 'vitest';
import { scoreFigureAttribution, scoreSources, scoreUnattributed } from './score-sets';
import { SOURCE_CASES } from './sources-figures-set';
import { CLAIM_CASES } from './unattributed-set';

// The targets of issue 18, on the sets written before the detectors were tuned.
describe('attribution on the hand-written test sets', () => {
  it('has sets big enough to mean something', () => {
    expect(SOURCE_CASES.length).toBeGreaterThanOrEqual(60);
    expect(CLAIM_CASES.length).toBeGreaterThanOrEqual(60);
    const sourced = CLAIM_CASES.filter((c) => !c.unattributed).length;
    expect(sourced * 2).toBeGreaterThanOrEqual(CLAIM_CASES.length);
  });

  it('finds the sources named with precision ≥ 0.85 and recall ≥ 0.75', () => {
    const score = scoreSources(SOURCE_CASES);
    expect(score.misses.length, score.misses.join('\n')).toBeLessThan(SOURCE_CASES.length);
    expect(score.precision, score.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(score.recall, score.misses.join('\n')).toBeGreaterThanOrEqual(0.75);
  });

  it('attributes ≥ 85% of the figures to the source the text gives them, or to none', () => {
    const score = scoreFigureAttribution(SOURCE_CASES);
    expect(score.figures).toBeGreaterThanOrEqual(40);
    expect(score.accuracy, score.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('flags ≥ 75% of unsourced claims and ≤ 10% of sourced ones', () => {
    const score = scoreUnattributed(CLAIM_CASES);
    expect(score.recall, score.misses.join('\n')).toBeGreaterThanOrEqual(0.75);
    expect(score.falseFlagRate, score.misses.join('\n')).toBeLessThanOrEqual(0.1);
  });
});
