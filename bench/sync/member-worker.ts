/**
 * One benchmark worker process: simulates a share of the members. Each joins the space over
 * HTTP, registers its layer, opens it over its own WebSocket, and on command writes annotations
 * into it, stamped with the wall-clock time of the write (the coordinator on the same machine
 * measures latency against it).
 */
import { NodeWebSocket } from '../../src/server/node-websocket';
import { joinSpace, membership, SpaceApi } from '../../src/sync/space-api';
import { SpaceConnection, type OpenUnit } from '../../src/sync/space-connection';
import { writeRecord } from '../../src/sync/record-map';
import { ANNOTATION_SHAPE, layerRecords } from '../../src/sync/unit-docs';
import { LAYER_ID, type JoinCommand, type WorkerCommand, type WorkerReport } from './protocol';

const units: OpenUnit[] = [];
const connections: SpaceConnection[] = [];
const syncedCount = new Map<OpenUnit, number>();

function report(message: WorkerReport): void {
  process.send!(message);
}

async function join(command: JoinCommand): Promise<void> {
  const members = [];
  // A few at a time, as people arrive in a classroom.
  const batch = 10;
  for (let start = 0; start < command.count; start += batch) {
    const group = Array.from({ length: Math.min(batch, command.count - start) }, (_, k) => {
      const index = command.firstIndex + start + k;
      return { index, url: command.serverUrls[index % command.serverUrls.length]! };
    });
    members.push(
      ...(await Promise.all(
        group.map(async ({ index, url }) => {
          const joined = await joinSpace(url, command.code, `Student ${index}`);
          const member = membership(url, joined);
          await new SpaceApi(member).registerLayer(LAYER_ID);
          const connection = new SpaceConnection(member, {
            WebSocketPolyfill: NodeWebSocket,
            reconnectDelay: command.reconnectDelay,
          });
          connections.push(connection);
          const unit = connection.open({
            kind: 'layer',
            spaceId: member.spaceId,
            memberId: member.memberId,
            layerId: LAYER_ID,
          });
          syncedCount.set(unit, 0);
          unit.provider.on('synced', ({ state }: { state: boolean }) => {
            if (state) syncedCount.set(unit, (syncedCount.get(unit) ?? 0) + 1);
          });
          await unit.synced;
          units.push(unit);
          return { memberId: member.memberId, layerId: LAYER_ID };
        }),
      )),
    );
  }
  report({ type: 'joined', members });
}

async function write(perMember: number, spreadMs: number): Promise<void> {
  let first = Infinity;
  let last = 0;
  let writes = 0;
  await Promise.all(
    units.flatMap((unit, u) =>
      Array.from(
        { length: perMember },
        (_, k) =>
          new Promise<void>((resolve) => {
            setTimeout(() => {
              const writtenAt = Date.now();
              first = Math.min(first, writtenAt);
              last = Math.max(last, writtenAt);
              writeRecord(
                layerRecords(unit.doc, 'annotations'),
                {
                  id: `${process.pid}-${u}-${k}`,
                  documentId: 'doc-1',
                  tagIds: ['loaded-language'],
                  target: {
                    start: k * 10,
                    end: k * 10 + 5,
                    exact: 'words',
                    prefix: '',
                    suffix: '',
                  },
                  note: `annotation ${k}`,
                  writtenAt,
                },
                ANNOTATION_SHAPE,
              );
              writes++;
              resolve();
            }, Math.random() * spreadMs);
          }),
      ),
    ),
  );
  report({ type: 'written', firstWriteAt: first, lastWriteAt: last, writes });
}

async function awaitResync(): Promise<void> {
  while (![...syncedCount.values()].every((count) => count >= 2)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  report({ type: 'resynced' });
}

process.on('message', (command: WorkerCommand) => {
  const run = async () => {
    if (command.type === 'join') await join(command);
    else if (command.type === 'write') await write(command.perMember, command.spreadMs);
    else if (command.type === 'await-resync') await awaitResync();
    else {
      for (const connection of connections) connection.close();
      process.exit(0);
    }
  };
  run().catch((error: unknown) => report({ type: 'failed', error: String(error) }));
});
