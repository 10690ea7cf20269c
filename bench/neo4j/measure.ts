import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Small measuring helpers the Neo4j benchmarks share.

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** Bytes under a folder (what `du` would count, without block rounding). */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

export const fmt = (x: number, digits = 1) => x.toFixed(digits);
export const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
