/**
 * The `slant` command as a function: arguments and output writers in, exit code out. `main.ts`
 * binds it to the process; tests call it directly.
 */
import { agreeCommand } from './agree-command';
import { analyzeCommand, type CliIo } from './analyze-command';
import { extractCommand } from './extract-command';
import { figuresCommand } from './figures-command';
import { HELP } from './help';
import { learnCommand, type WriteText } from './learn-command';
import { parseArgs } from './parse-args';

export type { CliIo } from './analyze-command';

export const EXIT_OK = 0;
export const EXIT_FILE_ERROR = 1;
export const EXIT_USAGE = 2;

export async function run(
  argv: readonly string[],
  io: CliIo & { writeText?: WriteText },
): Promise<number> {
  const invocation = parseArgs(argv);
  switch (invocation.command) {
    case 'help':
      io.stdout(HELP);
      return EXIT_OK;
    case 'usage-error':
      io.stderr(`slant: ${invocation.message}\nRun "slant --help" for usage.\n`);
      return EXIT_USAGE;
    case 'analyze':
      return analyzeCommand(invocation, io);
    case 'agree':
      return agreeCommand(invocation, io);
    case 'extract':
      return extractCommand(invocation, io);
    case 'figures':
      return figuresCommand(invocation, io);
    case 'learn':
      return learnCommand(invocation, io);
  }
}
