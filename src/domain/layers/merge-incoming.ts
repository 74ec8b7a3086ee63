/**
 * The one merge rule for everything imported into existing work (a W3C or Hypothesis file, a
 * backup merged in, a student's work replaced): an incoming copy never overwrites a local record
 * that was modified later, never brings back a record deleted here, and the plan counts exactly
 * what will happen before anything is written, so the user confirms the real outcome.
 */
import type { IsoDate } from '../types';

/** A record that can be merged: found by id, compared by when it was last changed. */
export interface Versioned {
  id: string;
  updatedAt?: IsoDate;
}

export interface MergePlan<T extends Versioned> {
  /** Not here yet: will be added. */
  added: T[];
  /** Here, but the file's copy is newer: will replace ours. */
  updated: T[];
  /** Here and changed later than the file's copy: ours is kept. */
  kept: T[];
  /** Deleted here: not restored. */
  notRestored: T[];
  /** Here already, the same. */
  unchanged: T[];
}

export type MergeCounts = { [K in keyof MergePlan<Versioned>]: number };

const time = (date: IsoDate | undefined) => (date ? Date.parse(date) : Number.NaN);

/**
 * Plans the merge of `incoming` into `local` (by id), `deleted` holding the ids of records
 * deleted here. `same` says whether two copies hold the same content (times aside). A copy
 * with no date, or the same date but other content, never replaces ours: only a later change does.
 */
export function planMerge<T extends Versioned>(
  incoming: readonly T[],
  local: (id: string) => T | undefined,
  deleted: (id: string) => boolean,
  same: (mine: T, theirs: T) => boolean,
): MergePlan<T> {
  const plan: MergePlan<T> = { added: [], updated: [], kept: [], notRestored: [], unchanged: [] };
  const seen = new Set<string>();
  for (const record of incoming) {
    // A file that lists a record twice: the first copy counts.
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    const mine = local(record.id);
    if (!mine) {
      (deleted(record.id) ? plan.notRestored : plan.added).push(record);
      continue;
    }
    if (same(mine, record)) plan.unchanged.push(record);
    else if (time(record.updatedAt) > time(mine.updatedAt)) plan.updated.push(record);
    else plan.kept.push(record);
  }
  return plan;
}

export function mergeCounts(plan: MergePlan<Versioned>): MergeCounts {
  return {
    added: plan.added.length,
    updated: plan.updated.length,
    kept: plan.kept.length,
    notRestored: plan.notRestored.length,
    unchanged: plan.unchanged.length,
  };
}

/**
 * The summary shown before confirming and after importing, e.g. "3 new, 1 updated (the file's
 * copy is newer), 2 kept (yours is newer), 1 not restored (you deleted it), 4 unchanged".
 * Parts that are zero are left out; nothing at all reads "nothing".
 */
export function describeMerge(counts: MergeCounts): string {
  const parts = [
    counts.added > 0 && `${counts.added} new`,
    counts.updated > 0 && `${counts.updated} updated (the file’s copy is newer)`,
    counts.kept > 0 && `${counts.kept} kept (yours is newer)`,
    counts.notRestored > 0 &&
      `${counts.notRestored} not restored (you deleted ${counts.notRestored === 1 ? 'it' : 'them'})`,
    counts.unchanged > 0 && `${counts.unchanged} unchanged`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

/** The records a merge writes: the new ones and those whose file copy is newer. */
export const mergeWrites = <T extends Versioned>(plan: MergePlan<T>): T[] => [
  ...plan.added,
  ...plan.updated,
];
