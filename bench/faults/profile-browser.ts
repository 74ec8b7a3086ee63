import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/**
 * A real Chromium on a persistent profile that can be killed the way a crash kills it: spawned
 * here (so its PID is known), driven over the DevTools protocol, ended by SIGKILL to its process
 * group. Relaunching on the same profile directory is the user restarting the browser.
 */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A session restored after the crash would open pages of its own.
  '--disable-session-crashed-bubble',
  '--hide-crash-restore-bubble',
  '--remote-debugging-port=0',
];

export interface ProfileBrowser {
  readonly pid: number;
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** SIGKILL to the browser and every process it started: no shutdown, no flushing. */
  kill(): Promise<void>;
  /** An orderly close (what the user does when quitting normally). */
  close(): Promise<void>;
}

async function devToolsEndpoint(profile: string, child: ChildProcess): Promise<string> {
  const file = join(profile, 'DevToolsActivePort');
  for (let waited = 0; waited < 30_000; waited += 50) {
    if (child.exitCode !== null) throw new Error(`Chromium exited with ${child.exitCode}`);
    if (existsSync(file)) {
      const [port, path] = readFileSync(file, 'utf8').split('\n');
      if (port && path) return `ws://127.0.0.1:${port}${path}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('Chromium did not open its DevTools port within 30 s');
}

/** Launches; on a loaded machine Chromium's first start can stall, so it is tried twice. */
export async function launchProfile(
  chromiumPath: string,
  profile: string,
  extraArgs: readonly string[] = [],
): Promise<ProfileBrowser> {
  try {
    return await launchOnce(chromiumPath, profile, extraArgs);
  } catch {
    return launchOnce(chromiumPath, profile, extraArgs);
  }
}

async function launchOnce(
  chromiumPath: string,
  profile: string,
  extraArgs: readonly string[],
): Promise<ProfileBrowser> {
  rmSync(join(profile, 'DevToolsActivePort'), { force: true });
  const child = spawn(chromiumPath, [...ARGS, ...extraArgs, `--user-data-dir=${profile}`], {
    detached: true, // its own process group, so the kill reaches every child process
    stdio: 'ignore',
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('Chromium did not start');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killGroup = async () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  };
  try {
    const browser = await chromium.connectOverCDP(await devToolsEndpoint(profile, child), {
      timeout: 60_000,
    });
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium has no default context');
    // tsx (the faults runner) names functions with a helper the page does not have.
    await context.addInitScript('self.__name = (fn) => fn;');
    return {
      pid,
      browser,
      context,
      kill: killGroup,
      close: async () => {
        const session = await browser.newBrowserCDPSession();
        await session.send('Browser.close').catch(() => undefined);
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        await killGroup();
      },
    };
  } catch (error) {
    await killGroup();
    throw error;
  }
}
