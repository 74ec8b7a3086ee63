/**
 * Starts `src/server/main.ts` as a child process (so a test can `kill -9` it), waits for its
 * `Listening on URL` line, and stops it by PID. Every wait is bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServerProcess {
  url: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM, and wait (at most 60 s) for a clean exit; returns the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: no chance to store anything. */
  kill9(): Promise<void>;
}

export interface StartOptions {
  port?: number;
  dataDir?: string;
  redisUrl?: string;
  extraArgs?: string[];
  /** Options for node itself, e.g. `--cpu-prof` (the benchmark's `--profile`). */
  nodeArgs?: string[];
}

export async function tempDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'slant-sync-'));
}

export async function startServer(options: StartOptions = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? (await tempDataDir());
  const args = [
    ...(options.nodeArgs ?? []),
    '--import',
    'tsx',
    'src/server/main.ts',
    '--port',
    String(options.port ?? 0),
  ];
  args.push('--data', dataDir, ...(options.extraArgs ?? []));
  if (options.redisUrl) args.push('--redis', options.redisUrl);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No server within 30 s:\n${text}`)), 30_000);
    const check = () => {
      const match = /Listening on (\S+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code}) before listening:\n${text}`));
    });
  });
  const stopWith = async (signal: NodeJS.Signals): Promise<number | null> => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    process.kill(child.pid!, signal);
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(resolve, 60_000, 'timeout'));
    const result = await Promise.race([exited, timeout]);
    if (result === 'timeout') {
      process.kill(child.pid!, 'SIGKILL');
      throw new Error(`The server did not stop on ${signal} within 60 s`);
    }
    return result;
  };
  return {
    url,
    port: Number(new URL(url).port),
    dataDir,
    child,
    output: () => text,
    stop: () => stopWith('SIGTERM'),
    kill9: async () => {
      await stopWith('SIGKILL');
    },
  };
}
