/**
 * The `slant` command as a function: arguments and output writers in, exit code out. `main.ts`
 * binds it to the process; tests call it directly. Each command's module is imported when that
 * command runs, so `slant --help` or a usage error never loads the detectors, jsdom or the model.
 */
import type { CliIo } from './analyze-command';
import { HELP } from './help';
import type { WriteText } from './learn-command';
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
      return (await import('./analyze-command')).analyzeCommand(invocation, io);
    case 'agree':
      return (await import('./agree-command')).agreeCommand(invocation, io);
    case 'extract':
      return (await import('./extract-command')).extractCommand(invocation, io);
    case 'figures':
      return (await import('./figures-command')).figuresCommand(invocation, io);
    case 'learn':
      return (await import('./learn-command')).learnCommand(invocation, io);
  }
}
