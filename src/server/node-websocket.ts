/**
 * The WebSocket that Node clients of the sync server (tests, benchmarks) hand to Hocuspocus's
 * provider: the `ws` package's, always heard on 'error'.
 *
 * When the provider is destroyed while its socket is still connecting, it removes its own
 * listeners and then closes the socket; `ws` answers a tick later with the error "closed before
 * the connection was established", and an EventEmitter error nobody hears is thrown as an
 * uncaught exception. Browsers drop that event; this does the same, and nothing else changes:
 * the provider's own listeners still hear every error while they are attached.
 */
import WebSocket from 'ws';

export class NodeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}
