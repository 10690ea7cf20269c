// Cursors are opaque to clients; inside they are offsets into the sorted,
// filtered list, which both stores compute the same way.
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** The offset after which the next page starts; 0 for no cursor. Throws on a malformed cursor. */
export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^o:(\d+)$/.exec(text);
  if (!m) throw new RangeError(`after: not a cursor this server issued: ${JSON.stringify(cursor)}`);
  return Number(m[1]) + 1;
}
