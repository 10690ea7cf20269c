import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { parseDocument } from './parse';
import { decodeBytes, maxDocumentBytes } from './read';

// The text a document's evidence offsets point into, read again from its file
// for the source viewer: the same decode and parse as ingest, so
// text.slice(start, end) is the span the fact was read from. `current` says
// whether the file still holds the bytes that were ingested.

export interface SourceText {
  text: string;
  current: boolean;
}

export async function readSourceText(path: string, contentHash: string | null): Promise<SourceText | null> {
  try {
    const st = await stat(path);
    if (!st.isFile() || st.size > maxDocumentBytes()) return null;
    const bytes = await readFile(path);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const decoded = decodeBytes(bytes, path);
    if (decoded.diagnostics.some((d) => d.severity === 'fatal')) return null;
    const parsed = parseDocument({ path, documentId: '', contentHash: hash, decoded });
    return { text: parsed.text, current: contentHash === null || contentHash === hash };
  } catch {
    return null; // moved or deleted since ingest: the viewer says so
  }
}
