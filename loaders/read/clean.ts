// Text-level cleanup after decoding: what is left of bad bytes, odd line
// endings and the junk that copy-paste and scrapers leave before the text.

export interface CleanedText {
  text: string;
  /** U+FFFD characters removed */
  replacementChars: number;
  /** control and invisible format characters removed */
  controlChars: number;
  /** what was cut from the start (beyond whitespace), '' when nothing */
  leadingJunk: string;
}

// C0 controls except tab and newline, DEL, C1 controls, BOM/ZWNBSP and zero-width space.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const STRAY = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufeff\u200b\ufffe]/g;

export function cleanText(decoded: string): CleanedText {
  let replacementChars = 0;
  let controlChars = 0;
  let text = decoded.replace(/\ufffd/g, () => {
    replacementChars++;
    return '';
  });
  // Line ends first, so a lone \r is a newline rather than a stray control.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: vertical tab and form feed are line breaks here
  text = text.replace(/\r\n?|[\u000b\u000c\u2028\u2029]/g, '\n');
  text = text.replace(STRAY, () => {
    controlChars++;
    return '';
  });
  const { rest, junk } = stripLeadingJunk(text);
  return { text: rest, replacementChars, controlChars, leadingJunk: junk };
}

// A junk line is a few characters that are either neither ASCII nor CJK (Í,
// ï»¿: bytes decoded in the wrong encoding) or one or two stray letters (BT).
// Digits and punctuation ({, #, ---, <) start real content, however short.
const JUNK_LINE = /^(?:[^\t -\u007f\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]{1,3}|[A-Za-z]{1,2})$/;

/**
 * Stray bytes before the first sensible character: "Í\n---" or "BT\nx 你的观点…".
 * Drops leading whitespace, then at most three junk lines when real content
 * follows them.
 */
export function stripLeadingJunk(text: string): { rest: string; junk: string } {
  let pos = skipSpace(text, 0);
  let junkEnd = pos;
  for (let lines = 0; lines < 3; lines++) {
    const nl = text.indexOf('\n', pos);
    if (nl < 0) break;
    const line = text.slice(pos, nl).trim();
    if (!JUNK_LINE.test(line)) break;
    const next = skipSpace(text, nl + 1);
    if (next >= text.length || isSetextUnderline(text, nl + 1)) break;
    pos = next;
    junkEnd = next;
  }
  const junk = text.slice(0, junkEnd).trim();
  return { rest: text.slice(junkEnd), junk };
}

/** "Go\n---\n正文" is a heading with its underline; "Í\n---\ndate: …" is junk before front matter. */
function isSetextUnderline(text: string, from: number): boolean {
  const lines = text.slice(from, from + 400).split('\n');
  if (!/^(-{3,}|={3,})[ \t]*$/.test(lines[0] ?? '')) return false;
  const after = lines.slice(1).find((l) => l.trim() !== '') ?? '';
  return !/^["']?[\w\u4e00-\u9fff .-]+["']?\s*:(\s|$)/.test(after);
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}
