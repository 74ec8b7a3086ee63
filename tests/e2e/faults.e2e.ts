import { describe, expect, it } from 'vitest';
import { runTrials } from '../../bench/faults/run-trials';
import { SCENARIOS } from '../../bench/faults/scenarios';
import { baseUrl, chromiumPath } from './browser';

/**
 * The fault scenarios of `npm run faults` (bench/faults), one or two trials each, with the fault
 * 0.6 s after the last edit: nothing acknowledged may be lost, come back or be damaged.
 */
describe('faults: nothing the user was told is saved is lost', () => {
  for (const scenario of SCENARIOS) {
    const trials = scenario.e2eTrials ?? 1;
    it(scenario.name, { timeout: 180_000, retry: 0 }, async () => {
      const totals = await runTrials(scenario, {
        baseUrl: baseUrl(),
        chromiumPath: chromiumPath(),
        trials: trials,
        delayFor: () => 600,
      });
      expect(totals.trials).toBe(trials);
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
      if (scenario.mustTell) {
        const told = Object.values(totals.messages).reduce((sum, n) => sum + n, 0);
        expect(told, JSON.stringify(totals.messages)).toBeGreaterThanOrEqual(trials);
      }
    });
  }
});
