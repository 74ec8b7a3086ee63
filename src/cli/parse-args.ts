/**
 * Reads the command line into what `run` should do. Hand-rolled rather than a library: the CLI
 * has a few commands and options, and a usage error must name the bad argument exactly. Options
 * may stand before or after the FILEs.
 */

export const FORMATS = ['jsonl', 'w3c'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export const AGREE_FORMATS = ['table', 'csv', 'json'] as const;
export type AgreeFormat = (typeof AGREE_FORMATS)[number];

export const EXTRACT_FORMATS = ['jsonl'] as const;

export const FIGURES_FORMATS = ['jsonl', 'csv'] as const;
export type FiguresFormat = (typeof FIGURES_FORMATS)[number];

import { POINTS, type Point } from './operating-point';

export type { Point } from './operating-point';

export type Invocation =
  | { command: 'help' }
  | {
      command: 'analyze';
      format: OutputFormat;
      point: Point;
      model?: string;
      files: string[];
    }
  | { command: 'agree'; format: AgreeFormat; key: string; files: string[]; bom: boolean }
  | { command: 'extract'; files: string[] }
  | { command: 'figures'; format: FiguresFormat; point: Point; files: string[]; bom: boolean }
  | { command: 'extract'; files: string[] }
  | { command: 'learn'; from: string; tag?: string; out: string; files: string[] }
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
function useOption(name: string, values: readonly string[]): string {
  return values.length === 2
    ? values.map((v) => `--${name} ${v}`).join(' or ')
    : `--${name} ${either(values)}`;
}

/**
 * A command's options: for one that takes a value, the values allowed, or `null` for any (a
 * path); `'flag'` for one that is on or off (`--bom`), which reads as the value `on`.
 */
type OptionSpecs = Record<string, readonly string[] | null | 'flag'>;

type Options =
  | { ok: true; values: Record<string, string>; positionals: string[] }
  | { ok: false; invocation: Invocation };

/** A command's `--name value` (or `--name=value`) options and positional arguments; `--help`
 *  anywhere asks for help. */
function readOptions(args: readonly string[], specs: OptionSpecs): Options {
  const positionals: string[] = [];
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { ok: false, invocation: { command: 'help' } };
    const name = /^--([a-z]+)(?:=|$)/.exec(arg)?.[1];
    if (name !== undefined && specs[name] === 'flag' && arg === `--${name}`) {
      values[name] = 'on';
    } else if (name !== undefined && Object.hasOwn(specs, name) && specs[name] !== 'flag') {
      const allowed = (specs[name] as readonly string[] | null | undefined) ?? null;
      const value = arg === `--${name}` ? args[++i] : arg.slice(name.length + 3);
      if (value === undefined || value === '') {
        const what = allowed ? either(allowed) : 'a file';
        return { ok: false, invocation: usageError(`--${name} needs a value: ${what}.`) };
      }
      if (allowed && !allowed.includes(value)) {
        return {
          ok: false,
          invocation: usageError(`unknown ${name} "${value}"; use ${useOption(name, allowed)}.`),
        };
      }
      values[name] = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, invocation: usageError(`unknown option "${arg}".`) };
    } else {
      positionals.push(arg);
    }
  }
  return { ok: true, values, positionals };
}

function parseAnalyze(args: readonly string[]): Invocation {
  const options = readOptions(args, { format: FORMATS, point: POINTS, model: null });
  if (!options.ok) return options.invocation;
  const { values, positionals: files } = options;
  if (files.length === 0) return usageError('analyze needs at least one FILE.');
  return {
    command: 'analyze',
    format: (values.format ?? 'jsonl') as OutputFormat,
    point: (values.point ?? 'precise') as Point,
    ...(values.model !== undefined && { model: values.model }),
    files,
  };
}

function parseAgree(args: readonly string[]): Invocation {
  const options = readOptions(args, { format: AGREE_FORMATS, bom: 'flag' });
  if (!options.ok) return options.invocation;
  const format = (options.values.format ?? 'table') as AgreeFormat;
  const bom = options.values.bom === 'on';
  if (bom && format !== 'csv') return usageError('--bom goes with --format csv.');
  const [key, ...files] = options.positionals;
  if (key === undefined) {
    return usageError('agree needs a KEY (a lesson pack with the answer key) and student FILEs.');
  }
  if (files.length === 0) return usageError('agree needs at least one student FILE after KEY.');
  return { command: 'agree', format, key, files, bom };
}

function parseExtract(args: readonly string[]): Invocation {
  const options = readOptions(args, { format: EXTRACT_FORMATS });
  if (!options.ok) return options.invocation;
  if (options.positionals.length === 0) return usageError('extract needs at least one FILE.');
  return { command: 'extract', files: options.positionals };
}

function parseFigures(args: readonly string[]): Invocation {
  const options = readOptions(args, { format: FIGURES_FORMATS, point: POINTS, bom: 'flag' });
  if (!options.ok) return options.invocation;
  if (options.positionals.length === 0) return usageError('figures needs at least one FILE.');
  const format = (options.values.format ?? 'jsonl') as FiguresFormat;
  const bom = options.values.bom === 'on';
  if (bom && format !== 'csv') return usageError('--bom goes with --format csv.');
  return {
    command: 'figures',
    format,
    point: (options.values.point ?? 'precise') as Point,
    files: options.positionals,
    bom,
  };
}

function parseLearn(args: readonly string[]): Invocation {
  const options = readOptions(args, { from: null, tag: null, out: null });
  if (!options.ok) return options.invocation;
  const { values, positionals: files } = options;
  if (values.from === undefined) return usageError('learn needs --from ANNOTATIONS.jsonl.');
  if (values.out === undefined) return usageError('learn needs --out MODEL.json.');
  if (files.length === 0) return usageError('learn needs at least one FILE (the texts).');
  return {
    command: 'learn',
    from: values.from,
    ...(values.tag !== undefined && { tag: values.tag }),
    out: values.out,
    files,
  };
}

export function parseArgs(argv: readonly string[]): Invocation {
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('no command given.');
  if (command === '-h' || command === '--help' || command === 'help') return { command: 'help' };
  if (command === 'analyze') return parseAnalyze(rest);
  if (command === 'agree') return parseAgree(rest);
  if (command === 'extract') return parseExtract(rest);
  if (command === 'extract') return parseExtract(rest);
  if (command === 'figures') return parseFigures(rest);
  if (command === 'learn') return parseLearn(rest);
  if (command.startsWith('-')) return usageError(`unknown option "${command}".`);
  return usageError(`unknown command "${command}".`);
}
