import type { DecodedText, Diagnostic, DocumentFormat, ParsedDocument } from '../types';
import { parseFrontMatter } from './front-matter';
import { htmlToText, looksLikeHtml } from './html';
import { looksLikeMarkdown } from './markdown';
import { emptyMeta, metaFromFrontMatter, metaFromText } from './meta';

export { markdownProseView } from './markdown';
export { normalizeDate } from './meta';

export interface ParseInput {
  path: string;
  documentId: string;
  contentHash: string;
  decoded: DecodedText;
}

// The parse stage: decoded text -> ParsedDocument (front matter, meta, format,
// the text extraction reads). Pure, and never throws. Its diagnostics include
// the read stage's, so a caller reports `parsed.diagnostics` alone.

export function parseDocument(input: ParseInput): ParsedDocument {
  const base = {
    path: input.path,
    documentId: input.documentId,
    contentHash: input.contentHash,
  };
  const readDiagnostics = input.decoded?.diagnostics ?? [];
  if (readDiagnostics.some((d) => d.severity === 'fatal')) {
    return { ...base, ...nothing(), diagnostics: [...readDiagnostics] };
  }
  try {
    const parsed = parse(input.decoded.text ?? '', input.path);
    return { ...base, ...parsed, diagnostics: [...readDiagnostics, ...parsed.diagnostics] };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return {
      ...base,
      ...nothing(),
      diagnostics: [
        ...readDiagnostics,
        { severity: 'fatal', code: 'parse-error', message: `${input.path}: could not be parsed (${reason})` },
      ],
    };
  }
}

function nothing() {
  return { format: 'text' as DocumentFormat, text: '', bodyStart: 0, frontMatter: null, meta: emptyMeta() };
}

type Parsed = Omit<ParsedDocument, 'path' | 'documentId' | 'contentHash'>;

function parse(text: string, path: string): Parsed {
  const fm = parseFrontMatter(text, path);
  const diagnostics: Diagnostic[] = [...fm.diagnostics];
  const body = text.slice(fm.bodyStart);
  const fmMeta = fm.data ? metaFromFrontMatter(fm.data) : emptyMeta();

  if (looksLikeHtml(body, path)) {
    const html = htmlToText(body);
    const meta = {
      title: fmMeta.title ?? html.meta.title,
      date: fmMeta.date ?? html.meta.date,
      sourceUrl: fmMeta.sourceUrl ?? html.meta.sourceUrl,
      author: fmMeta.author ?? html.meta.author,
      tags: fmMeta.tags.length ? fmMeta.tags : html.meta.tags,
      categories: fmMeta.categories,
    };
    if (html.text.trim() === '') {
      diagnostics.push({ severity: 'fatal', code: 'empty', message: `${path}: the HTML page has no visible text` });
    }
    return {
      format: 'html',
      text: html.text,
      bodyStart: 0,
      frontMatter: fm.data,
      meta: metaFromText(meta, html.text, true),
      diagnostics,
    };
  }

  const format: DocumentFormat = fm.data || looksLikeMarkdown(body, path) ? 'markdown' : 'text';
  if (body.trim() === '') {
    diagnostics.push({ severity: 'warning', code: 'empty-body', message: `${path}: front matter but no body text` });
  }
  return {
    format,
    text,
    bodyStart: fm.bodyStart,
    frontMatter: fm.data,
    meta: metaFromText(fmMeta, body, format === 'markdown'),
    diagnostics,
  };
}
