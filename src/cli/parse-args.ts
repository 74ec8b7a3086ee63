/**
 * Reads the command line into what `run` should do. Hand-rolled rather than a library: the CLI
 * has one command and two options, and a usage error must name the bad argument exactly.
 */

export const FORMATS = ['jsonl', 'w3c'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export type Invocation =
  | { command: 'help' }
  | { command: 'analyze'; format: OutputFormat; files: string[] }
  | { command: 'usage-error'; message: string };

function usageError(message: string): Invocation {
  return { command: 'usage-error', message };
}

function isFormat(value: string): value is OutputFormat {
  return (FORMATS as readonly string[]).includes(value);
}

function parseAnalyze(args: readonly string[]): Invocation {
  let format: OutputFormat = 'jsonl';
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { command: 'help' };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (value === undefined) return usageError('--format needs a value: jsonl or w3c.');
      if (!isFormat(value)) {
        return usageError(`unknown format "${value}"; use --format jsonl or --format w3c.`);
      }
      format = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return usageError(`unknown option "${arg}".`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return usageError('analyze needs at least one FILE.');
  return { command: 'analyze', format, files };
}

export function parseArgs(argv: readonly string[]): Invocation {
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('no command given.');
  if (command === '-h' || command === '--help' || command === 'help') return { command: 'help' };
  if (command === 'analyze') return parseAnalyze(rest);
  if (command.startsWith('-')) return usageError(`unknown option "${command}".`);
  return usageError(`unknown command "${command}".`);
}
