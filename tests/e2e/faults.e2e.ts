import { describe, expect, it } from 'vitest';
import { runTrials } from '../../bench/faults/run-trials';
import { SCENARIOS } from '../../bench/faults/scenarios';
import { baseUrl, chromiumPath } from './browser';

/**
 * The fault scenarios of `npm run faults` (bench/faults), a few trials each, with the fault
 * 0.6 s after the last edit: nothing acknowledged may be lost, come back or be damaged.
 */
const TRIALS = 2;

describe('faults: nothing the user was told is saved is lost', () => {
  for (const scenario of SCENARIOS) {
    it(scenario.name, { timeout: 180_000, retry: 0 }, async () => {
      const totals = await runTrials(scenario, {
        baseUrl: baseUrl(),
        chromiumPath: chromiumPath(),
        trials: TRIALS,
        delayFor: () => 600,
      });
      expect(totals.trials).toBe(TRIALS);
      expect(totals.acknowledged).toBeGreaterThan(0);
      expect(
        {
          lost: totals.lost,
          resurrected: totals.resurrected,
          corrupted: totals.corrupted,
          duplicated: totals.duplicated,
        },
        JSON.stringify(totals),
      ).toEqual({ lost: 0, resurrected: 0, corrupted: 0, duplicated: 0 });
    });
  }
});
