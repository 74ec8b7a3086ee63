import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real small filesystem for a browser profile: a tmpfs mounted at the directory (only root may
 * mount), which the scenario can fill to the last byte and free again.
 */
export interface SmallDisk {
  path: string;
  /** Writes a filler file until the filesystem is full. */
  fill(): void;
  /** Removes the filler. */
  free(): void;
  unmount(): void;
}

let mountable: boolean | undefined;

/**
 * Whether this process can mount a tmpfs: root on Linux, and allowed to (a container without
 * the capability refuses even root). Tried once, on a scratch directory, and remembered.
 */
export function canMount(): boolean {
  if (mountable !== undefined) return mountable;
  mountable = false;
  if (process.getuid?.() !== 0 || process.platform !== 'linux') return mountable;
  const probe = mkdtempSync(join(tmpdir(), 'slant-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    mountable = true;
  } catch {
    mountable = false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
  return mountable;
}

export function mountSmallDisk(path: string, megabytes: number): SmallDisk {
  mkdirSync(path, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', path]);
  const filler = join(path, 'filler');
  return {
    path,
    fill() {
      const fd = openSync(filler, 'a');
      const chunk = Buffer.alloc(64 * 1024);
      try {
        for (let i = 0; i < 1_000_000; i += 1) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
        // The last small pieces too, so not even a few bytes are left.
        try {
          for (let i = 0; i < 10_000; i += 1) writeSync(fd, Buffer.alloc(512));
        } catch {
          // full
        }
      } finally {
        closeSync(fd);
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
    unmount() {
      execFileSync('umount', ['-l', path]);
    },
  };
}
