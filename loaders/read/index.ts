import * as iconv from 'iconv-lite';
import type { DecodedText, Diagnostic } from '../types';
import { cleanText } from './clean';
import { decodeMixed } from './mixed';
import { controlStats, gbkScore, magicKind, sniffUtf16, utf8Stats } from './sniff';

// The read stage: bytes -> text. Pure, and never throws: every problem becomes
// a diagnostic on the document, and only a fatal one means "no usable text".

export const DEFAULT_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  /** documents larger than this are rejected as 'too-large' (default: env TALKGRAPH_MAX_DOCUMENT_BYTES or 20 MB) */
  maxBytes?: number;
}

export function maxDocumentBytes(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.TALKGRAPH_MAX_DOCUMENT_BYTES);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : DEFAULT_MAX_DOCUMENT_BYTES;
}

export function decodeBytes(bytes: Buffer, path: string, options: ReadOptions = {}): DecodedText {
  try {
    return decode(bytes, path, options.maxBytes ?? maxDocumentBytes());
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return rejected(`${path}: could not be decoded (${reason})`, 'read-error', 'unknown');
  }
}

function rejected(message: string, code: string, encoding: string, diagnostics: Diagnostic[] = []): DecodedText {
  return { text: '', encoding, diagnostics: [...diagnostics, { severity: 'fatal', code, message }] };
}

// Past this share of invalid non-ASCII bytes, a file with little valid wide
// UTF-8 is taken for GBK as a whole.
const UTF8_TOLERANCE = 0.1;
const GBK_MIN_SCORE = 0.6;

function decode(bytes: Buffer, path: string, maxBytes: number): DecodedText {
  if (bytes.length === 0) return rejected(`${path}: the file is empty`, 'empty', 'none');
  if (bytes.length > maxBytes) {
    return rejected(
      `${path}: ${bytes.length} bytes is over the ${maxBytes}-byte limit (TALKGRAPH_MAX_DOCUMENT_BYTES)`,
      'too-large',
      'none',
    );
  }
  const diagnostics: Diagnostic[] = [];
  let encoding: string;
  let raw: string;
  let preexistingFffd = 0;

  const bom = detectBom(bytes);
  const utf16 = bom ? null : plausibleUtf16(bytes);
  if (bom) {
    encoding = bom;
    const body = bytes.subarray(bom === 'utf-8' ? 3 : 2);
    raw = decodeWith(body, bom);
    if (bom === 'utf-8') {
      const u8 = utf8Stats(body);
      preexistingFffd = u8.replacementChars;
      if (u8.invalid > 0) diagnostics.push(droppedUtf8(path, u8.invalid));
    }
  } else if (utf16) {
    encoding = utf16;
    raw = decodeWith(bytes, utf16);
  } else {
    const magic = magicKind(bytes);
    if (magic) return rejected(`${path}: binary content, looks like ${magic}`, 'binary', 'none');
    const ctl = controlStats(bytes);
    if (ctl.earlyNul > 0 || ctl.controlRatio > 0.05) {
      const why = ctl.earlyNul > 0 ? 'NUL bytes' : `${Math.round(ctl.controlRatio * 100)}% control bytes`;
      return rejected(`${path}: binary content (${why}), not a text document`, 'binary', 'none');
    }
    const u8 = utf8Stats(bytes);
    const badShare = u8.nonAscii ? u8.invalid / u8.nonAscii : 0;
    // Share of non-ASCII bytes in valid 3-4 byte UTF-8 sequences: ~100% for UTF-8 Chinese, ~4% for GBK.
    const wideShare = u8.nonAscii ? u8.wideValid / u8.nonAscii : 0;
    if (u8.invalid === 0) {
      encoding = 'utf-8';
      preexistingFffd = u8.replacementChars;
      raw = decodeWith(bytes, 'utf-8');
    } else if (badShare > UTF8_TOLERANCE && wideShare < 0.1 && gbkScore(bytes) >= GBK_MIN_SCORE) {
      encoding = 'gbk';
      raw = iconv.decode(bytes, 'gb18030');
      diagnostics.push({ severity: 'warning', code: 'encoding', message: `${path}: not UTF-8, decoded as GBK` });
    } else if (badShare <= 0.5 || wideShare >= 0.1) {
      // UTF-8 with stray bytes, cut characters, or some GBK lines pasted in.
      const mixed = decodeMixed(bytes);
      encoding = mixed.gbkLines ? 'utf-8+gbk' : 'utf-8';
      preexistingFffd = u8.replacementChars;
      raw = mixed.text;
      if (mixed.gbkLines) {
        diagnostics.push({
          severity: 'warning',
          code: 'encoding',
          message: `${path}: UTF-8 with ${mixed.gbkLines} GBK line(s), decoded line by line`,
        });
      }
      if (mixed.droppedBytes) diagnostics.push(droppedUtf8(path, mixed.droppedBytes));
    } else if (u8.nonAscii < bytes.length * 0.3) {
      // Mostly ASCII with a few Latin-1 accents: an old Western file, not junk.
      encoding = 'windows-1252';
      raw = iconv.decode(bytes, 'win1252');
      diagnostics.push({
        severity: 'warning',
        code: 'encoding',
        message: `${path}: neither UTF-8 nor GBK, decoded as Windows-1252`,
      });
    } else {
      return rejected(
        `${path}: unreadable encoding (${u8.invalid} of ${u8.nonAscii} non-ASCII bytes are not UTF-8, and it is not GBK)`,
        'encoding',
        'unknown',
      );
    }
  }

  const cleaned = cleanText(raw);
  // For UTF-8 the invalid bytes were reported above; what remains to say is the
  // U+FFFD that were already in the file. Other decoders only leave U+FFFD for bad bytes.
  const fffd = encoding.startsWith('utf-8') ? preexistingFffd : cleaned.replacementChars;
  if (fffd > 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'encoding',
      message: encoding.startsWith('utf-8')
        ? `${path}: dropped ${fffd} replacement character(s) (U+FFFD) left by an earlier bad decoding`
        : `${path}: dropped ${fffd} character(s) that are not valid ${encoding}`,
    });
  }
  if (cleaned.controlChars > 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'control-chars',
      message: `${path}: dropped ${cleaned.controlChars} stray control or invisible character(s)`,
    });
  }
  if (cleaned.leadingJunk) {
    diagnostics.push({
      severity: 'warning',
      code: 'leading-junk',
      message: `${path}: dropped stray text before the document starts: ${JSON.stringify(cleaned.leadingJunk.slice(0, 40))}`,
      offset: 0,
    });
  }
  if (cleaned.text.trim() === '') {
    return rejected(`${path}: no text left after decoding (${encoding})`, 'empty', encoding, diagnostics);
  }
  return { text: cleaned.text, encoding, diagnostics };
}

function droppedUtf8(path: string, count: number): Diagnostic {
  return {
    severity: 'warning',
    code: 'encoding',
    message: `${path}: dropped ${count} byte(s) that are not valid UTF-8 (cut or stray characters)`,
  };
}

/** UTF-16 without a BOM, when the NUL pattern says so and the decoded text is not mostly controls. */
function plausibleUtf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const guess = sniffUtf16(bytes);
  if (!guess) return null;
  const sample = decodeWith(bytes.subarray(0, 4096), guess);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return controls <= sample.length * 0.02 ? guess : null;
}

function detectBom(bytes: Buffer): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeWith(bytes: Buffer, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string {
  // Non-fatal decoding: invalid sequences become U+FFFD, which cleanText drops and counts.
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes);
}
