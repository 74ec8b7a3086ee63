/**
 * What a fault scenario is and what one trial of it counts. The same scenarios run a few trials
 * each in `npm test` (tests/e2e/faults.e2e.ts) and many in `npm run faults` (bench/faults/run.ts).
 */
export interface FaultEnv {
  baseUrl: string;
  chromiumPath: string;
  /** A fresh directory for this trial's browser profiles; removed afterwards. */
  dir: string;
  /** Milliseconds between the last edit and the fault (a kill, a reload, an upgrade). */
  delayMs: number;
}

export interface TrialCounts {
  /** Edits the user could count on: saved, or made more than 0.5 s before the fault. */
  acknowledged: number;
  /** Acknowledged edits missing afterwards. */
  lost: number;
  /** Deleted records that came back. */
  resurrected: number;
  /** Records found twice. */
  duplicated: number;
  /** Records whose content is neither what was typed nor an earlier state of it. */
  corrupted: number;
  /** Records holding some but not all of the edits made (allowed for edits under 0.5 s old). */
  partial: number;
  /** What the user was told, one entry per notice (empty when nothing needed saying). */
  messages: string[];
}

export interface Scenario {
  name: string;
  /** Whether a trial's delay is drawn at random (0–700 ms) by the runner; otherwise fixed. */
  randomDelay: boolean;
  /** Trials in `npm test` (default 1): a browser crash is worth two. */
  e2eTrials?: number;
  /** Whether every trial must tell the user something (a deletion elsewhere, a merge). */
  mustTell?: boolean;
  trial(env: FaultEnv): Promise<TrialCounts>;
}

export const ACKNOWLEDGED_AFTER_MS = 500;

export const emptyCounts = (): TrialCounts => ({
  acknowledged: 0,
  lost: 0,
  resurrected: 0,
  duplicated: 0,
  corrupted: 0,
  partial: 0,
  messages: [],
});

/** Counts for a text typed key by key, against what was stored afterwards. */
export function countTyped(
  typed: string,
  keyTimes: readonly number[],
  faultAt: number,
  stored: string | undefined,
): Pick<TrialCounts, 'acknowledged' | 'lost' | 'corrupted' | 'partial'> {
  const acknowledged = keyTimes.filter((t) => t <= faultAt - ACKNOWLEDGED_AFTER_MS).length;
  if (stored === undefined) return { acknowledged, lost: acknowledged, corrupted: 0, partial: 0 };
  if (!typed.startsWith(stored)) {
    return { acknowledged, lost: acknowledged, corrupted: 1, partial: 0 };
  }
  return {
    acknowledged,
    lost: Math.max(0, acknowledged - stored.length),
    corrupted: 0,
    partial: stored.length < typed.length ? 1 : 0,
  };
}
