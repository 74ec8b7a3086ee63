/**
 * The benchmark's teacher: one WebSocket opening every member's layer, noting when each
 * annotation arrives and how long after its write that was, and counting re-syncs after a
 * server restart.
 */
import { NodeWebSocket } from '../../src/server/node-websocket';
import type { Membership } from '../../src/sync/space-api';
import { SpaceConnection, type OpenUnit } from '../../src/sync/space-connection';
import { layerRecords } from '../../src/sync/unit-docs';
import type { JoinedMember } from './protocol';

export class Teacher {
  readonly connection: SpaceConnection;
  readonly latencies: number[] = [];
  readonly seen = new Set<string>();
  lastArrival = 0;
  private readonly units: OpenUnit[] = [];
  private readonly syncs = new Map<OpenUnit, number>();

  constructor(member: Membership, reconnectDelay: number) {
    this.connection = new SpaceConnection(member, {
      WebSocketPolyfill: NodeWebSocket,
      reconnectDelay,
    });
  }

  async openLayers(members: JoinedMember[]): Promise<void> {
    for (const { memberId, layerId } of members) {
      const spaceId = this.connection.member.spaceId;
      const unit = this.connection.open({ kind: 'layer', spaceId, memberId, layerId });
      this.units.push(unit);
      this.syncs.set(unit, 0);
      unit.provider.on('synced', ({ state }: { state: boolean }) => {
        if (state) this.syncs.set(unit, (this.syncs.get(unit) ?? 0) + 1);
      });
      const records = layerRecords(unit.doc, 'annotations');
      records.observe((event) => {
        const now = Date.now();
        for (const key of event.keysChanged) {
          if (this.seen.has(key)) continue;
          this.seen.add(key);
          this.lastArrival = now;
          const writtenAt = records.get(key)?.get('writtenAt');
          if (typeof writtenAt === 'number') this.latencies.push(now - writtenAt);
        }
      });
    }
    await Promise.all(this.units.map((unit) => unit.synced));
  }

  allResynced(): boolean {
    return [...this.syncs.values()].every((count) => count >= 2);
  }

  close(): void {
    this.connection.close();
  }
}
