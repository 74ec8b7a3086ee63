/**
 * `npm run bench:sync [-- --json] [-- --members 1000] [-- --workers 4] [-- --only single|redis]`
 *
 * 1,000 simulated members in a few worker processes join a class space on a local sync server
 * and each write 5 annotations to their own layer, while one teacher connection reads every
 * layer. Reported: joining time (apart), the time from the first write until the teacher has all
 * 5,000, p50/p99 latency from a write to the teacher seeing it, the server's peak RSS and CPU,
 * lost updates, and the reconnect storm after a server restart (until every member and the
 * teacher have re-synced). Then the same with two server processes behind one Redis. With
 * --json the last line is one JSON object with every figure. Loopback only; every wait bounded.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { createSpace, membership } from '../../src/sync/space-api';
import { startRedis, type RedisProcess } from '../../tests/integration/support/redis-process';
import {
  startServer,
  tempDataDir,
  type ServerProcess,
} from '../../tests/integration/support/server-process';
import { cpuSeconds, runQueueSeconds, watchPeakRss } from './process-stats';
import type { JoinedMember, WorkerCommand, WorkerReport } from './protocol';
import { Teacher } from './teacher';

const TARGET = { allArriveMs: 30_000, p50Ms: 1000, p99Ms: 2000, rssBytes: 1024 ** 3 };

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    members: { type: 'string', default: '1000' },
    workers: { type: 'string', default: '4' },
    'per-member': { type: 'string', default: '5' },
    spread: { type: 'string', default: '5000' },
    only: { type: 'string' },
    profile: { type: 'string' },
  },
});
const MEMBERS = Number(values.members);
const WORKERS = Number(values.workers);
const PER_MEMBER = Number(values['per-member']);
const SPREAD_MS = Number(values.spread);
const RECONNECT_DELAY = 1000;
/** `--profile DIR`: the servers and workers write V8 CPU profiles there (open them in DevTools). */
const PROFILE_ARGS = values.profile ? ['--cpu-prof', '--cpu-prof-dir', values.profile] : [];

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;

async function until(condition: () => boolean, what: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

class Worker {
  readonly child: ChildProcess;
  private readonly waiting: ((report: WorkerReport) => void)[] = [];

  constructor() {
    this.child = fork(new URL('./member-worker.ts', import.meta.url).pathname, [], {
      execArgv: [...PROFILE_ARGS, '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (report: WorkerReport) => this.waiting.shift()?.(report));
  }

  ask(command: WorkerCommand, timeoutMs: number): Promise<WorkerReport> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`worker timed out on ${command.type}`)),
        timeoutMs,
      );
      this.waiting.push((report) => {
        clearTimeout(timer);
        if (report.type === 'failed') reject(new Error(report.error));
        else resolve(report);
      });
      this.child.send(command);
    });
  }

  /** Asks the worker to exit (so a profile is written), and kills it if it has not within 5 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    if (this.child.connected) this.child.send({ type: 'close' });
    else this.child.kill('SIGKILL');
    const late = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(late);
  }
}

async function scenario(kind: 'single' | 'redis') {
  const redis: RedisProcess | undefined = kind === 'redis' ? await startRedis() : undefined;
  const dataDir = await tempDataDir();
  const startAll = (ports: number[]) =>
    Promise.all(
      ports.map((port) =>
        startServer({ port, dataDir, redisUrl: redis?.url, nodeArgs: PROFILE_ARGS }),
      ),
    );
  let servers: ServerProcess[] = [];
  const workers: Worker[] = [];
  let teacher: Teacher | undefined;
  try {
    servers = await startAll(kind === 'redis' ? [0, 0] : [0]);
    const rss = watchPeakRss(() => servers.map((server) => server.child.pid!));
    const created = await createSpace(servers[0]!.url, {
      name: 'Benchmark class',
      kind: 'class',
      ownerName: 'Teacher',
    });
    teacher = new Teacher(membership(servers[0]!.url, created), RECONNECT_DELAY);

    // Joining, reported apart.
    const joinStart = Date.now();
    const share = Math.ceil(MEMBERS / WORKERS);
    const joined: JoinedMember[] = [];
    const replies = await Promise.all(
      Array.from({ length: WORKERS }, (_, w) => {
        const worker = new Worker();
        workers.push(worker);
        const count = Math.max(0, Math.min(share, MEMBERS - w * share));
        return worker.ask(
          {
            type: 'join',
            serverUrls: servers.map((server) => server.url),
            code: created.codes!.member,
            count,
            firstIndex: w * share,
            reconnectDelay: RECONNECT_DELAY,
          },
          600_000,
        );
      }),
    );
    for (const reply of replies) if (reply.type === 'joined') joined.push(...reply.members);
    const joinMs = Date.now() - joinStart;
    console.log(`  … ${joined.length} members joined in ${(joinMs / 1000).toFixed(1)} s`);
    const openStart = Date.now();
    await teacher.openLayers(joined);
    const teacherOpenMs = Date.now() - openStart;
    console.log(`  … the teacher opened every layer in ${(teacherOpenMs / 1000).toFixed(1)} s`);

    // Writing: from the first write until the teacher has every annotation.
    const cpuBefore = servers.map((server) => cpuSeconds(server.child.pid!));
    // The members' and the teacher's CPU too: a starved client delays arrivals as a busy server does.
    const clientCpu = () =>
      workers.reduce((sum, worker) => sum + cpuSeconds(worker.child.pid!), 0) +
      cpuSeconds(process.pid);
    const clientCpuBefore = clientCpu();
    const pids = () => [...servers, ...workers].map((p) => p.child.pid!).concat(process.pid);
    const waitedBefore = pids().map(runQueueSeconds);
    const writeStart = Date.now();
    const expected = MEMBERS * PER_MEMBER;
    const written = await Promise.all(
      workers.map((worker) =>
        worker.ask({ type: 'write', perMember: PER_MEMBER, spreadMs: SPREAD_MS }, 300_000),
      ),
    );
    const t = teacher;
    await until(() => t.seen.size >= expected, `${expected} annotations at the teacher`, 300_000);
    const writeWallSeconds = (Date.now() - writeStart) / 1000;
    const cpuDuring = servers.map((server, i) => cpuSeconds(server.child.pid!) - cpuBefore[i]!);
    const clientCpuDuring = clientCpu() - clientCpuBefore;
    const waited = pids().map((pid, i) => runQueueSeconds(pid) - waitedBefore[i]!);
    const firstWrite = Math.min(
      ...written.map((reply) => (reply.type === 'written' ? reply.firstWriteAt : Infinity)),
    );
    const allArriveMs = teacher.lastArrival - firstWrite;
    const sorted = [...teacher.latencies].sort((a, b) => a - b);

    console.log(`  … ${t.seen.size} annotations at the teacher; restarting the server`);
    // Reconnect storm: restart every server on its port, until all clients have re-synced.
    const ports = servers.map((server) => server.port);
    await Promise.all(servers.map((server) => server.stop()));
    servers = await startAll(ports);
    const stormStart = Date.now();
    await Promise.all([
      ...workers.map((worker) => worker.ask({ type: 'await-resync' }, 300_000)),
      until(() => t.allResynced(), 'the teacher to re-sync', 300_000),
    ]);
    const reconnectStormMs = Date.now() - stormStart;
    const peaks = rss.stop();

    return {
      servers: servers.length,
      members: MEMBERS,
      annotations: expected,
      join_ms: joinMs,
      teacher_open_ms: teacherOpenMs,
      all_arrive_ms: allArriveMs,
      write_spread_ms: SPREAD_MS,
      latency_p50_ms: percentile(sorted, 50),
      latency_p99_ms: percentile(sorted, 99),
      latency_max_ms: sorted.at(-1) ?? NaN,
      lost_updates: expected - teacher.seen.size,
      server_peak_rss_mb: peaks.map((bytes) => Math.round(bytes / 1024 ** 2)),
      server_cpu_percent_while_writing: cpuDuring.map((s) =>
        Math.round((100 * s) / writeWallSeconds),
      ),
      client_cpu_percent_while_writing: Math.round((100 * clientCpuDuring) / writeWallSeconds),
      /** Per process (servers, workers, teacher): share of the writing time spent waiting for a CPU. */
      cpu_wait_percent_while_writing: waited.map((s) => Math.round((100 * s) / writeWallSeconds)),
      reconnect_storm_ms: reconnectStormMs,
    };
  } finally {
    teacher?.close();
    await Promise.all(workers.map((worker) => worker.stop()));
    await Promise.allSettled(servers.map((server) => server.stop()));
    await redis?.stop();
  }
}

type Result = Awaited<ReturnType<typeof scenario>>;

function verdict(result: Result): string[] {
  const failures: string[] = [];
  if (result.all_arrive_ms > TARGET.allArriveMs) failures.push('all 5,000 within 30 s');
  if (result.latency_p50_ms > TARGET.p50Ms) failures.push('p50 ≤ 1 s');
  if (result.latency_p99_ms > TARGET.p99Ms) failures.push('p99 ≤ 2 s');
  if (result.server_peak_rss_mb.some((mb) => mb * 1024 ** 2 > TARGET.rssBytes)) {
    failures.push('RSS ≤ 1 GB');
  }
  if (result.lost_updates !== 0) failures.push('no lost update');
  return failures;
}

const kinds = values.only ? [values.only as 'single' | 'redis'] : (['single', 'redis'] as const);
const results: Partial<Record<'single' | 'redis', Result & { missed_targets: string[] }>> = {};
for (const kind of kinds) {
  console.log(
    `\n${kind === 'single' ? 'One server process' : 'Two server processes behind Redis'}:`,
  );
  const result = await scenario(kind);
  const missed = verdict(result);
  results[kind] = { ...result, missed_targets: missed };
  console.log(
    [
      `  joining ${result.members} members: ${(result.join_ms / 1000).toFixed(1)} s (teacher opened all layers in ${(result.teacher_open_ms / 1000).toFixed(1)} s)`,
      `  ${result.annotations} annotations written over ${result.write_spread_ms / 1000} s: all at the teacher ${(result.all_arrive_ms / 1000).toFixed(1)} s after the first write (target ≤ 30 s)`,
      `  latency write → teacher: p50 ${result.latency_p50_ms} ms (≤ 1000), p99 ${result.latency_p99_ms} ms (≤ 2000), max ${result.latency_max_ms} ms`,
      `  lost updates: ${result.lost_updates}`,
      `  server peak RSS: ${result.server_peak_rss_mb.join(' + ')} MB (≤ 1024 each); CPU while writing: ${result.server_cpu_percent_while_writing.join(' + ')} % of a core (members and teacher: ${result.client_cpu_percent_while_writing} %)`,
      `  waiting for a CPU while writing (servers, workers, teacher): ${result.cpu_wait_percent_while_writing.join(', ')} % of the time`,
      `  reconnect storm after a restart: everyone re-synced in ${(result.reconnect_storm_ms / 1000).toFixed(1)} s`,
      `  ${missed.length ? `MISSED: ${missed.join(', ')}` : 'all targets met'}`,
    ].join('\n'),
  );
}
if (values.json) console.log(JSON.stringify(results));
process.exit(Object.values(results).some((result) => result.missed_targets.length) ? 1 : 0);
