// neo4j-driver 6 leaves Nagle's algorithm on for its sockets (the Python and
// Rust drivers turn it off). A Bolt message that spans more than one TCP
// segment then waits for the server's delayed ACK, about 40 ms: measured here,
// a list query took 61 ms instead of 2.4 ms and a document write 230 ms instead
// of 120 ms. This turns TCP_NODELAY on for the driver's own sockets only, by
// wrapping its channel's write (neo4j-driver-bolt-connection, pinned with the
// driver). Best effort: if that internal moves, nothing breaks, it is just slower.

interface ChannelPrototype {
  write(this: { _conn?: { setNoDelay?(on: boolean): unknown } }, buffer: unknown): unknown;
  talkgraphNoDelay?: boolean;
}

let done = false;

export function disableNagleForNeo4jDriver(): void {
  if (done) return;
  done = true;
  try {
    const mod = require('neo4j-driver-bolt-connection/lib/channel/node/node-channel.js') as {
      default?: { prototype: ChannelPrototype };
    };
    const proto = mod.default?.prototype;
    if (!proto || typeof proto.write !== 'function' || proto.talkgraphNoDelay) return;
    const write = proto.write;
    proto.write = function (buffer) {
      // Node remembers the setting (and applies it once connected), so repeating it is free.
      this._conn?.setNoDelay?.(true);
      return write.call(this, buffer);
    };
    proto.talkgraphNoDelay = true;
  } catch {
    // a different driver layout: keep the driver's defaults
  }
}
