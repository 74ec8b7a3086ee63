import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyCounts, type Scenario, type TrialCounts } from './scenario';

/** A scenario's trials, summed; each in its own temporary directory, removed afterwards. */
export interface ScenarioTotals extends Omit<TrialCounts, 'messages'> {
  scenario: string;
  trials: number;
  /** Each distinct notice shown, with how many trials showed it. */
  messages: Record<string, number>;
}

export interface TrialOptions {
  baseUrl: string;
  chromiumPath: string;
  trials: number;
  /** The delay before the fault, for trial `i`. */
  delayFor: (scenario: Scenario, i: number) => number;
}

export async function runTrials(
  scenario: Scenario,
  options: TrialOptions,
): Promise<ScenarioTotals> {
  const totals: ScenarioTotals = {
    scenario: scenario.name,
    trials: 0,
    ...emptyCounts(),
    messages: {},
  };
  for (let i = 0; i < options.trials; i += 1) {
    const dir = mkdtempSync(join(tmpdir(), 'slant-faults-'));
    try {
      const counts = await scenario.trial({
        baseUrl: options.baseUrl,
        chromiumPath: options.chromiumPath,
        dir,
        delayMs: options.delayFor(scenario, i),
      });
      totals.trials += 1;
      for (const key of [
        'acknowledged',
        'lost',
        'resurrected',
        'duplicated',
        'corrupted',
        'partial',
      ] as const) {
        totals[key] += counts[key];
      }
      for (const message of new Set(counts.messages)) {
        totals.messages[message] = (totals.messages[message] ?? 0) + 1;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    }
  }
  return totals;
}
