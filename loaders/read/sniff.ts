// Byte-level sniffing: is this text at all, and in which encoding?
// Every function here is a pure scan over the bytes, linear in their length.

/** Signatures of files that are certainly not documents we can read as text. */
const MAGIC: Array<{ bytes: number[]; kind: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'a PDF file (extract its text first)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a ZIP archive (or an Office document)' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: 'a 7z archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'a RAR archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'an executable' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'an old Office document' },
];

export function magicKind(bytes: Buffer): string | null {
  for (const m of MAGIC) {
    if (bytes.length >= m.bytes.length && m.bytes.every((b, i) => bytes[i] === b)) return m.kind;
  }
  return null;
}

/** UTF-16 without a BOM shows up as a NUL in every other byte of ASCII-heavy text. */
export function sniffUtf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (half < 8) return null;
  if (oddNul > half * 0.3 && evenNul < half * 0.02) return 'utf-16le';
  if (evenNul > half * 0.3 && oddNul < half * 0.02) return 'utf-16be';
  return null;
}

export interface ControlStats {
  /** NUL bytes within the first 8000 bytes (git's binary heuristic) */
  earlyNul: number;
  /** share of C0 control bytes other than tab, newlines and form feed */
  controlRatio: number;
}

export function controlStats(bytes: Buffer): ControlStats {
  let earlyNul = 0;
  let control = 0;
  const early = Math.min(bytes.length, 8000);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x20 && b !== 0x7f) continue;
    if (b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c) continue;
    control++;
    if (b === 0 && i < early) earlyNul++;
  }
  return { earlyNul, controlRatio: bytes.length ? control / bytes.length : 0 };
}

export interface Utf8Stats {
  nonAscii: number;
  /** bytes that belong to no valid UTF-8 sequence (dropped when decoding) */
  invalid: number;
  /** U+FFFD already present in the bytes (EF BF BD): someone decoded this badly before us */
  replacementChars: number;
  /** bytes in valid 3- and 4-byte sequences (CJK in UTF-8); GBK rarely forms these by accident */
  wideValid: number;
}

function isCont(b: number | undefined): boolean {
  return b !== undefined && b >= 0x80 && b <= 0xbf;
}

/** Strict UTF-8 validation (no overlongs, no surrogates), counting what a lenient decoder would drop. */
export function utf8Stats(bytes: Buffer): Utf8Stats {
  let nonAscii = 0;
  let invalid = 0;
  let replacementChars = 0;
  let wideValid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    const b1 = bytes[i + 1];
    if (b >= 0xc2 && b <= 0xdf) len = isCont(b1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) {
      const okSecond =
        b1 !== undefined &&
        (b === 0xe0 ? b1 >= 0xa0 && b1 <= 0xbf : b === 0xed ? b1 >= 0x80 && b1 <= 0x9f : isCont(b1));
      len = okSecond && isCont(bytes[i + 2]) ? 3 : 0;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const okSecond =
        b1 !== undefined &&
        (b === 0xf0 ? b1 >= 0x90 && b1 <= 0xbf : b === 0xf4 ? b1 >= 0x80 && b1 <= 0x8f : isCont(b1));
      len = okSecond && isCont(bytes[i + 2]) && isCont(bytes[i + 3]) ? 4 : 0;
    }
    if (len === 0) {
      nonAscii++;
      invalid++;
      i++;
      continue;
    }
    if (len === 3 && b === 0xef && b1 === 0xbf && bytes[i + 2] === 0xbd) replacementChars++;
    nonAscii += len;
    if (len >= 3) wideValid += len;
    i += len;
  }
  return { nonAscii, invalid, replacementChars, wideValid };
}

/**
 * How much the bytes look like GBK Chinese: the share of double-byte characters
 * that fall in GB2312's common hanzi and punctuation rows. Real GBK text scores
 * above 0.9; random high bytes score about 0.15.
 */
export function gbkScore(bytes: Buffer): number {
  let common = 0;
  let total = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    total++;
    const t = bytes[i + 1];
    if (b >= 0x81 && b <= 0xfe && t !== undefined && t >= 0x40 && t <= 0xfe && t !== 0x7f) {
      if (t >= 0xa1 && ((b >= 0xb0 && b <= 0xf7) || (b >= 0xa1 && b <= 0xa9))) common++;
      i += 2;
    } else if (b >= 0x81 && b <= 0xfe && t !== undefined && t >= 0x30 && t <= 0x39) {
      i += 4; // a GB18030 four-byte character: valid, but rare in real text
    } else {
      i++;
    }
  }
  return total ? common / total : 0;
}
