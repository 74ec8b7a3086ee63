/**
 * One WebSocket per member and server, over which each unit the member opens is a
 * HocuspocusProvider authenticated with the member's token. The server decides per unit whether
 * the member may read it (otherwise `denied` is set and `synced` rejects) and whether they may
 * write it (`readOnly`); the app should offer edits only where `readOnly` is false.
 *
 * In Node pass `WebSocketPolyfill` (the `ws` package); browsers use their own WebSocket.
 */
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { Membership } from './space-api';
import { unitName, type Unit } from './unit-names';

export interface ConnectOptions {
  WebSocketPolyfill?: unknown;
  /** Milliseconds before the first reconnection attempt after a drop (default 1000). */
  reconnectDelay?: number;
  /**
   * Share who is looking at what (Yjs awareness). Off by default: each open unit would otherwise
   * renew its presence every 15 s, which a teacher with a thousand layers open pays for.
   */
  presence?: boolean;
  /**
   * Milliseconds between keep-alive exchanges (default 10 s). The provider closes and reopens a
   * socket that has received nothing for 30 s; with presence off, a member who only reads (or a
   * quiet class) would be disconnected every 30 s, and the writes made then wait for the
   * reconnection (the benchmark's multi-second latencies). One sync round trip on one unit per
   * socket keeps the whole socket alive.
   */
  keepAliveMs?: number;
}

export interface OpenUnit {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  /** Resolves once the unit has synced with the server; rejects if the server refused it. */
  readonly synced: Promise<void>;
  /** True when the server accepts no writes from this member to this unit. */
  readonly readOnly: boolean;
  /** The server's reason when it refused the unit. */
  readonly denied: string | undefined;
  /** How many of this client's updates the server refused (read-only); the app should say so. */
  readonly refusedWrites: number;
  /** Resolves once every local change so far has been acknowledged by the server. */
  flushed(): Promise<void>;
  close(): void;
}

export function syncSocketUrl(serverUrl: string): string {
  const url = new URL('/sync', serverUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

export class SpaceConnection {
  readonly socket: HocuspocusProviderWebsocket;
  private readonly units = new Map<string, OpenUnit>();

  private readonly presence: boolean;
  private readonly keepAlive: ReturnType<typeof setInterval>;

  constructor(
    readonly member: Membership,
    options: ConnectOptions = {},
  ) {
    this.presence = options.presence ?? false;
    const delay = options.reconnectDelay ?? 1000;
    this.socket = new HocuspocusProviderWebsocket({
      url: syncSocketUrl(member.serverUrl),
      WebSocketPolyfill: options.WebSocketPolyfill,
      delay,
      minDelay: Math.min(delay, 1000),
    });
    this.keepAlive = setInterval(() => this.ping(), options.keepAliveMs ?? 10_000);
  }

  /** A sync step 1 on one open unit: the server answers, and the socket counts as alive. */
  private ping(): void {
    if (this.socket.status !== WebSocketStatus.Connected) return;
    for (const unit of this.units.values()) {
      if (!unit.provider.isSynced) continue;
      unit.provider.forceSync();
      return;
    }
  }

  /** Opens (or returns the already open) unit; `doc` lets a caller keep edits made while offline. */
  open(unit: Unit, doc: Y.Doc = new Y.Doc()): OpenUnit {
    const name = unitName(unit);
    const existing = this.units.get(name);
    if (existing) return existing;
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: doc,
      token: this.member.token,
      ...(this.presence ? {} : { awareness: null }),
    });
    let denied: string | undefined;
    const synced = new Promise<void>((resolve, reject) => {
      provider.on('synced', ({ state }: { state: boolean }) => {
        if (state) resolve();
      });
      provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
        denied = reason;
        reject(new Error(`The server refused ${name}: ${reason}`));
      });
    });
    synced.catch(() => undefined);
    let refusedWrites = 0;
    provider.on('message', ({ message }: { message: { data: ArrayBuffer | Uint8Array } }) => {
      if (isRefusal(message.data)) refusedWrites++;
    });
    provider.attach();
    const opened: OpenUnit = {
      name,
      doc,
      provider,
      synced,
      get readOnly() {
        return provider.authorizedScope === 'readonly';
      },
      get denied() {
        return denied;
      },
      get refusedWrites() {
        return refusedWrites;
      },
      flushed: () => whenFlushed(provider),
      close: () => {
        this.units.delete(name);
        provider.destroy();
      },
    };
    this.units.set(name, opened);
    return opened;
  }

  /** Stops syncing (as if offline); edits go on in the open units' docs and sync on `reconnect`. */
  async disconnect(): Promise<void> {
    if (this.socket.status === WebSocketStatus.Disconnected) return;
    const closed = new Promise<void>((resolve) => {
      const onStatus = ({ status }: { status: WebSocketStatus }) => {
        if (status !== WebSocketStatus.Disconnected) return;
        this.socket.off('status', onStatus);
        resolve();
      };
      this.socket.on('status', onStatus);
    });
    this.socket.disconnect();
    await closed;
  }

  reconnect(): void {
    void this.socket.connect();
  }

  close(): void {
    clearInterval(this.keepAlive);
    for (const unit of [...this.units.values()]) unit.close();
    this.socket.destroy();
  }
}

/** Hocuspocus's sync-status message (type 8) with 0: the server did not apply an update. */
function isRefusal(data: ArrayBuffer | Uint8Array): boolean {
  const decoder = decoding.createDecoder(new Uint8Array(data));
  decoding.readVarString(decoder);
  return decoding.readVarUint(decoder) === SYNC_STATUS && decoding.readVarInt(decoder) === 0;
}

const SYNC_STATUS = 8;

function whenFlushed(provider: HocuspocusProvider): Promise<void> {
  if (!provider.hasUnsyncedChanges) return Promise.resolve();
  return new Promise((resolve) => {
    const check = ({ number }: { number: number }) => {
      if (number === 0) {
        provider.off('unsyncedChanges', check);
        resolve();
      }
    };
    provider.on('unsyncedChanges', check);
  });
}
