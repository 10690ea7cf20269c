import { createHash } from 'node:crypto';
import { resolve as resolvePath } from 'node:path';
import { documentId } from '../src/model/ids';
import type { Catalogs } from './catalogs';
import { extract } from './extract';
import { parseDocument } from './parse';
import { decodeBytes, type ReadOptions } from './read';
import { resolve } from './resolve';
import type { Diagnostic, LoadResult } from './types';

// One document through every pure stage: read → parse → extract → resolve.
// A fatal diagnostic (binary, undecodable, too large …) rejects the document
// with its reason; anything thrown by a stage is caught and reported the same
// way, so one bad document never stops a batch.

export function loadDocument(path: string, bytes: Buffer, catalogs: Catalogs, read: ReadOptions = {}): LoadResult {
  const id = documentId(resolvePath(path));
  const diagnostics: Diagnostic[] = [];
  const result = (status: LoadResult['status'], facts: LoadResult['facts']): LoadResult => ({
    path,
    documentId: id,
    status,
    diagnostics,
    facts,
  });
  try {
    const contentHash = createHash('sha256').update(bytes).digest('hex');
    const decoded = decodeBytes(bytes, path, read);
    diagnostics.push(...decoded.diagnostics);
    if (decoded.diagnostics.some((d) => d.severity === 'fatal')) return result('rejected', null);
    const parsed = parseDocument({ path, documentId: id, contentHash, decoded });
    for (const d of parsed.diagnostics) if (!diagnostics.includes(d)) diagnostics.push(d);
    if (parsed.diagnostics.some((d) => d.severity === 'fatal')) return result('rejected', null);
    const facts = resolve(extract(parsed, catalogs), parsed, catalogs);
    return result(diagnostics.length > 0 ? 'stored-with-warnings' : 'stored', facts);
  } catch (e) {
    diagnostics.push({
      severity: 'fatal',
      code: 'internal',
      message: `${path}: extraction failed: ${e instanceof Error ? e.message : String(e)}`,
    });
    return result('rejected', null);
  }
}
