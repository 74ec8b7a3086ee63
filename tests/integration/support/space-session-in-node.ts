/**
 * The app's SpaceSession, loaded for Node: the session opens its socket with the browser's
 * WebSocket, which Node 20 does not have, so the server's Node implementation stands in.
 */
import { NodeWebSocket } from '../../../src/server/node-websocket';

(globalThis as { WebSocket?: unknown }).WebSocket ??= NodeWebSocket;

export const { SpaceSession } = await import('../../../src/state/sync/space-session');
