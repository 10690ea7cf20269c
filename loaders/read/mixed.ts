import * as iconv from 'iconv-lite';
import { gbkScore, utf8Stats } from './sniff';

// Scraped pages glued together from two sources end up UTF-8 with a few GBK
// lines (or the reverse). Newline (0x0A) never occurs inside a UTF-8 or GBK
// character, so such a file can be decoded line by line: valid UTF-8 lines as
// UTF-8, lines that are clearly GBK as GBK, the rest as UTF-8 with the bad
// bytes dropped.

export interface MixedDecoding {
  text: string;
  /** lines decoded as GBK */
  gbkLines: number;
  /** bytes dropped from lines that are neither valid UTF-8 nor GBK */
  droppedBytes: number;
}

export function decodeMixed(bytes: Buffer): MixedDecoding {
  const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  const parts: string[] = [];
  let gbkLines = 0;
  let droppedBytes = 0;
  let start = 0;
  while (start < bytes.length) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl + 1;
    const line = bytes.subarray(start, end);
    const stats = utf8Stats(line);
    if (stats.invalid > 0 && stats.invalid > stats.nonAscii * 0.3 && gbkScore(line) >= 0.6) {
      parts.push(iconv.decode(line, 'gb18030'));
      gbkLines++;
    } else {
      parts.push(utf8.decode(line));
      droppedBytes += stats.invalid;
    }
    start = end;
  }
  return { text: parts.join(''), gbkLines, droppedBytes };
}
