import { createServer } from 'node:net';

/** A port free on 127.0.0.1 right now: bound by us, then closed again (nothing listens on it after). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}
