/**
 * A server process's resident memory and CPU time, read from /proc (Linux), sampled while the
 * benchmark runs so the peak is caught.
 */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

export function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
}

/** User plus system CPU seconds the process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/**
 * Seconds the process has spent runnable but waiting for a CPU (Linux schedstat, main thread):
 * on a shared machine, the part of a latency that is the machine's queue, not the work.
 */
export function runQueueSeconds(pid: number): number {
  try {
    const [, waitingNs] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ');
    return Number(waitingNs) / 1e9;
  } catch {
    return 0;
  }
}

/**
 * Samples the peak RSS of some processes every `everyMs` until stopped. Peaks are kept per
 * position in the list, so a restarted server's successor counts in its predecessor's slot.
 */
export function watchPeakRss(pids: () => number[], everyMs = 250) {
  const peaks: number[] = [];
  const sample = () => {
    pids().forEach((pid, slot) => {
      try {
        peaks[slot] = Math.max(peaks[slot] ?? 0, rssBytes(pid));
      } catch {
        // The process is restarting; the next sample finds its successor.
      }
    });
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop(): number[] {
      clearInterval(timer);
      sample();
      return peaks;
    },
  };
}
