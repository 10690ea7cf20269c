import type { DocumentFacts } from '../src/model/graph';

// The loader pipeline, stage by stage (each stage is pure; only ingest.ts does I/O):
//   read    bytes -> DecodedText        (loaders/read/)
//   parse   DecodedText -> ParsedDocument (loaders/parse/)
//   extract ParsedDocument -> Extraction  (loaders/extract/)
//   resolve Extraction -> DocumentFacts   (loaders/resolve/)
//   write   DocumentFacts -> store        (loaders/ingest.ts, through the store port)
// Problems are recorded as diagnostics on the document, like vfile messages;
// only a fatal one stops that document, never the batch.

export type Severity = 'warning' | 'fatal';

export interface Diagnostic {
  severity: Severity;
  /** short machine-readable reason, e.g. 'binary', 'encoding', 'front-matter', 'too-large', 'empty' */
  code: string;
  message: string;
  /** character offset in the decoded text, when the problem has a place */
  offset?: number;
}

export interface DecodedText {
  /** decoded text with stray bytes dropped and line endings normalized to \n */
  text: string;
  /** 'utf-8', 'gbk', 'utf-16le' … */
  encoding: string;
  diagnostics: Diagnostic[];
}

export type DocumentFormat = 'markdown' | 'html' | 'text';

export interface DocumentMeta {
  title: string | null;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) the document was published */
  date: string | null;
  sourceUrl: string | null;
  author: string | null;
  tags: string[];
  categories: string[];
}

export interface ParsedDocument {
  path: string;
  documentId: string;
  contentHash: string;
  format: DocumentFormat;
  /**
   * The text extraction reads. For Markdown and plain text it is the decoded
   * text; for HTML, the visible text with block breaks as newlines. Evidence
   * offsets point into it.
   */
  text: string;
  /** where the body starts in `text` (after any front matter) */
  bodyStart: number;
  frontMatter: Record<string, unknown> | null;
  meta: DocumentMeta;
  diagnostics: Diagnostic[];
}

/** 'skipped': not a talk document, or not a regular file; reported, not stored, and not an error */
export type LoadStatus = 'stored' | 'stored-with-warnings' | 'rejected' | 'unchanged' | 'skipped';

/** What extraction found in one document, for the ingest report. */
export interface FoundCounts {
  events: number;
  talks: number;
  people: number;
  organizations: number;
  technologies: number;
}

export interface LoadResult {
  path: string;
  documentId: string;
  status: LoadStatus;
  diagnostics: Diagnostic[];
  facts: DocumentFacts | null;
  /** set once the document was extracted (also when it is skipped as not a talk document) */
  found?: FoundCounts;
}
