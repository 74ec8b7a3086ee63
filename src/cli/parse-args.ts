/**
 * Reads the command line into what `run` should do. Hand-rolled rather than a library: the CLI
 * has a few commands and one option, and a usage error must name the bad argument exactly.
 */

export const FORMATS = ['jsonl', 'w3c'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export const EXTRACT_FORMATS = ['jsonl'] as const;

export const AGREE_FORMATS = ['table', 'csv', 'json'] as const;
export type AgreeFormat = (typeof AGREE_FORMATS)[number];

import { FIGURES_FORMATS, type FiguresFormat } from './figures-command';
import { POINTS, type Point } from './operating-point';

export type Invocation =
  | { command: 'help' }
  | { command: 'analyze'; format: OutputFormat; files: string[] }
  | { command: 'agree'; format: AgreeFormat; key: string; files: string[] }
  | { command: 'extract'; files: string[] }
  | { command: 'figures'; format: FiguresFormat; point: Point; files: string[] }
  | { command: 'usage-error'; message: string };

function usageError(message: string): Invocation {
  return { command: 'usage-error', message };
}

/** `a or b`, `a, b or c`. */
function either(values: readonly string[]): string {
  return values.length < 2
    ? values.join('')
    : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1] as string}`;
}

/** `--format a or --format b`, `--format a, b or c`. */
function useFormat(formats: readonly string[]): string {
  return formats.length === 2
    ? formats.map((f) => `--format ${f}`).join(' or ')
    : `--format ${either(formats)}`;
}

type Options<F extends string> =
  { ok: true; format: F; positionals: string[] } | { ok: false; invocation: Invocation };

/** A command's `--format` and positional arguments; `--help` anywhere asks for help. */
function readOptions<F extends string>(
  args: readonly string[],
  formats: readonly F[],
  format: F,
): Options<F> {
  const positionals: string[] = [];
  const isFormat = (value: string): value is F => (formats as readonly string[]).includes(value);
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { ok: false, invocation: { command: 'help' } };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (value === undefined)
        return { ok: false, invocation: usageError(`--format needs a value: ${either(formats)}.`) };
      if (!isFormat(value)) {
        return {
          ok: false,
          invocation: usageError(`unknown format "${value}"; use ${useFormat(formats)}.`),
        };
      }
      format = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, invocation: usageError(`unknown option "${arg}".`) };
    } else {
      positionals.push(arg);
    }
  }
  return { ok: true, format, positionals };
}

function parseAnalyze(args: readonly string[]): Invocation {
  const options = readOptions(args, FORMATS, 'jsonl');
  if (!options.ok) return options.invocation;
  const { format, positionals: files } = options;
  if (files.length === 0) return usageError('analyze needs at least one FILE.');
  return { command: 'analyze', format, files };
}

function parseExtract(args: readonly string[]): Invocation {
  const options = readOptions(args, EXTRACT_FORMATS, 'jsonl');
  if (!options.ok) return options.invocation;
  if (options.positionals.length === 0) return usageError('extract needs at least one FILE.');
  return { command: 'extract', files: options.positionals };
}

function parseAgree(args: readonly string[]): Invocation {
  const options = readOptions(args, AGREE_FORMATS, 'table');
  if (!options.ok) return options.invocation;
  const [key, ...files] = options.positionals;
  if (key === undefined) {
    return usageError('agree needs a KEY (a lesson pack with the answer key) and student FILEs.');
  }
  if (files.length === 0) return usageError('agree needs at least one student FILE after KEY.');
  return { command: 'agree', format: options.format, key, files };
}

/** `--point precise|more` wherever it stands; the other arguments are left in order. */
function takePoint(
  args: readonly string[],
): { ok: true; point: Point; rest: string[] } | { ok: false; invocation: Invocation } {
  const rest: string[] = [];
  let point: Point = 'precise';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg !== '--point' && !arg.startsWith('--point=')) {
      rest.push(arg);
      continue;
    }
    const value = arg === '--point' ? args[++i] : arg.slice('--point='.length);
    if (value === undefined || value === '') {
      return { ok: false, invocation: usageError(`--point needs a value: ${either(POINTS)}.`) };
    }
    if (!(POINTS as readonly string[]).includes(value)) {
      return {
        ok: false,
        invocation: usageError(
          `unknown point "${value}"; use ${POINTS.map((p) => `--point ${p}`).join(' or ')}.`,
        ),
      };
    }
    point = value as Point;
  }
  return { ok: true, point, rest };
}

function parseFigures(args: readonly string[]): Invocation {
  const taken = takePoint(args);
  if (!taken.ok) return taken.invocation;
  const options = readOptions(taken.rest, FIGURES_FORMATS, 'jsonl');
  if (!options.ok) return options.invocation;
  if (options.positionals.length === 0) return usageError('figures needs at least one FILE.');
  return {
    command: 'figures',
    format: options.format,
    point: taken.point,
    files: options.positionals,
  };
}

export function parseArgs(argv: readonly string[]): Invocation {
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('no command given.');
  if (command === '-h' || command === '--help' || command === 'help') return { command: 'help' };
  if (command === 'analyze') return parseAnalyze(rest);
  if (command === 'agree') return parseAgree(rest);
  if (command === 'extract') return parseExtract(rest);
  if (command === 'figures') return parseFigures(rest);
  if (command.startsWith('-')) return usageError(`unknown option "${command}".`);
  return usageError(`unknown command "${command}".`);
}
