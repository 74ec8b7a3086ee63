/**
 * Node clients for the integration tests: the real client API (src/sync) over the `ws` package,
 * and a bounded wait for conditions that become true over the network.
 */
import { NodeWebSocket } from '../../../src/server/node-websocket';
import { SpaceConnection } from '../../../src/sync/space-connection';
import { membership, type Membership } from '../../../src/sync/space-api';
import type { Joined } from '../../../src/sync/api-types';

export function connect(member: Membership): SpaceConnection {
  return new SpaceConnection(member, { WebSocketPolyfill: NodeWebSocket, reconnectDelay: 100 });
}

export function memberOf(url: string, joined: Joined): Membership {
  return membership(url, joined);
}

/** Polls `condition` every 20 ms until it holds; fails after `timeoutMs` with `what`. */
export async function until(
  condition: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The connections a test file opens, closed together when it ends. */
export class Devices {
  private readonly opened: SpaceConnection[] = [];

  connect(member: Membership): SpaceConnection {
    const connection = connect(member);
    this.opened.push(connection);
    return connection;
  }

  closeAll(): void {
    for (const connection of this.opened.splice(0)) connection.close();
  }
}
