/** Messages between the benchmark's coordinator (run.ts) and its member workers (member-worker.ts). */
export interface JoinCommand {
  type: 'join';
  /** Member i connects to serverUrls[i % serverUrls.length]. */
  serverUrls: string[];
  code: string;
  count: number;
  firstIndex: number;
  reconnectDelay: number;
}

export interface WriteCommand {
  type: 'write';
  perMember: number;
  /** Each write happens at a random moment in [0, spreadMs) after the command arrives. */
  spreadMs: number;
}

export type WorkerCommand =
  JoinCommand | WriteCommand | { type: 'await-resync' } | { type: 'close' };

export interface JoinedMember {
  memberId: string;
  layerId: string;
}

export type WorkerReport =
  | { type: 'joined'; members: JoinedMember[] }
  | { type: 'written'; firstWriteAt: number; lastWriteAt: number; writes: number }
  | { type: 'resynced' }
  | { type: 'failed'; error: string };

export const LAYER_ID = 'bench-layer';
