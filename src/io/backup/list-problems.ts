/**
 * Problems in one of Slant's own files (a backup, a lesson pack, a student's work) as a user
 * reads them: zod's issues turned into where (`annotations[12].target.end`) and what is wrong,
 * and the first few listed one per line with a count of the rest.
 */
import type { z } from 'zod';
import type { BackupProblem } from './backup-checks';

/** Problems listed in the message; the rest are counted. */
const SHOWN = 5;

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `“${k}”`).join(', ');
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}`;
  }
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return 'is missing';
  }
  return issue.message.replace(/^Invalid (input|option): /, '');
}

/** zod's issues as problems a user can find in the file: where, and what is wrong. */
export function problemsOf(issues: readonly z.core.$ZodIssue[]): BackupProblem[] {
  return issues.map((issue) => ({ where: pathOf(issue.path), message: messageOf(issue) }));
}

/** The first problems, one per line, and how many more there are. */
export function listProblems(problems: readonly BackupProblem[]): string {
  const lines = problems
    .slice(0, SHOWN)
    .map((p) => (p.where ? `${p.where}: ${p.message}` : p.message));
  const more = problems.length > SHOWN ? `\n… and ${problems.length - SHOWN} more problems.` : '';
  return `${lines.join('\n')}${more}`;
}
