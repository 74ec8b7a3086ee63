import { describe, expect, it } from 'vitest';
import { nextStepChars, revealEnd, STEP_MS } from '../../../src/editor/reveal-plan';

describe('how far a step of rendering a long text reaches', () => {
  it('takes paragraphs until it has the characters asked for, each with its line break', () => {
    // 10 characters and a break each: three paragraphs make 33 characters.
    const lengths = [10, 10, 10, 10, 10];
    expect(revealEnd(lengths, 0, 30)).toBe(3);
    expect(revealEnd(lengths, 0, 33)).toBe(3);
    expect(revealEnd(lengths, 0, 34)).toBe(4);
    expect(revealEnd(lengths, 2, 12)).toBe(4);
  });

  it('always takes at least one paragraph, however long, and stops at the end', () => {
    expect(revealEnd([50_000, 3], 0, 10)).toBe(1);
    expect(revealEnd([5, 5], 1, 1_000)).toBe(2);
    expect(revealEnd([5, 5], 2, 1_000)).toBe(2);
    expect(revealEnd([], 0, 1_000)).toBe(0);
  });

  it('counts empty paragraphs, so a text of blank lines still ends', () => {
    const blank = Array.from({ length: 100 }, () => 0);
    expect(revealEnd(blank, 0, 10)).toBe(10);
  });
});

describe('how large the next step is', () => {
  it('scales the last step to take about the time aimed at', () => {
    expect(nextStepChars(30_000, STEP_MS)).toBe(30_000);
    expect(nextStepChars(30_000, STEP_MS * 3)).toBe(10_000);
    expect(nextStepChars(60_000, STEP_MS * 1.5)).toBe(40_000);
  });

  it('grows at most twofold, and stays within its bounds', () => {
    expect(nextStepChars(30_000, 1)).toBe(60_000);
    expect(nextStepChars(200_000, 1)).toBe(240_000);
    expect(nextStepChars(30_000, 0)).toBe(60_000);
    expect(nextStepChars(12_000, 10_000)).toBe(10_000);
  });
});
