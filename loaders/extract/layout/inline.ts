// Inline markup read once: Markdown links (inline and reference) and images, Go present links
// ([[url][label]]), HTML anchors (<a href="url">label</a>), emphasis, code spans, inline HTML tags and escapes. The
// result is the plain text a reader sees plus, for every character of it, the
// offset in the source, so a span found in the plain text maps back to the
// document for evidence.

export interface Range {
  start: number;
  end: number;
}

export interface InlineLink extends Range {
  href: string;
}

export interface InlineText {
  text: string;
  /** source offset of each character of `text`, plus one for its end */
  offsets: number[];
  /** link texts, as ranges of `text` */
  links: InlineLink[];
  /** ranges of `text` written in bold */
  strong: Range[];
  /** alt texts of images: not part of the text, but "李坤 | PingCAP" under a heading names the speaker */
  imageAlts: string[];
}

// One alternative per kind of markup; a sticky regex tried only where a markup
// character stands keeps the scan one left-to-right pass, linear in the line.
// A link's URL may hold one level of parentheses ("…/Talk%20(Oct%202019).pdf"); a Chinese writer's
// input method may close it with a full-width ）.
const TOKEN =
  /!\[([^\]\n]{0,300})\]\([^)\n]{0,800}\)|\[\[([^\]\n]{1,800})\]\[([^\]\n]{0,300})\]\]|\[\[([^\]\n]{1,800})\]\]|\[([^\]\n]{1,300})\]\(((?:[^()\s]|\([^()\s]{0,200}\)){0,800})(?:\s+"[^"\n]{0,200}")?[)）]|\[([^\]\n]{1,300})\]\[([^\]\n]{0,100})\]|<\/?[a-zA-Z][^<>\n]{0,300}>|\*\*|__|~~|`|\\(?=[\\`*_{}[\]()#+\-.!~|<>])|&(?:nbsp|amp|lt|gt|quot|#39|#160);/y;
const MARKUP = new Set([...'![<*_~`\\&']);
/** HTML entities that raw HTML in Markdown leaves ("主题发言&nbsp;标题"): the character they stand for */
const ENTITY: Record<string, string> = { nbsp: ' ', '#160': ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

export function readInline(source: string, base: number): InlineText {
  const out: InlineText = { text: '', offsets: [], links: [], strong: [], imageAlts: [] };
  scan(source, base, out);
  out.offsets.push(base + source.length);
  return out;
}

/** `<a … href="url" …>`: the opening tag of an HTML anchor, and where it points */
const ANCHOR_OPEN = /^<a\s[^<>]{0,300}?\bhref\s*=\s*["']([^"'<>]{0,800})["']/i;

function scan(source: string, base: number, out: InlineText): void {
  let boldOpen = -1;
  // an HTML anchor's text is a link, as a Markdown link's is (blog posts and digests keep raw HTML)
  let anchor: { start: number; href: string } | null = null;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    // "<<标题>>": a title in doubled angle brackets, as some writers quote one, is text, not a tag
    if (c === '<' && source[i + 1] === '<') {
      out.text += '<<';
      out.offsets.push(base + i, base + i + 1);
      i += 2;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = MARKUP.has(c) ? TOKEN.exec(source) : null;
    if (!m) {
      out.text += c;
      out.offsets.push(base + i);
      i++;
      continue;
    }
    const tok = m[0];
    if (m[1] !== undefined) out.imageAlts.push(m[1].trim());
    else if (m[2] !== undefined || m[4] !== undefined) {
      const start = out.text.length;
      if (m[3]) scan(m[3], base + i + 2 + m[2].length + 2, out);
      else scan(m[2] ?? m[4], base + i + 2, out);
      out.links.push({ start, end: out.text.length, href: m[2] ?? m[4] });
    } else if (m[5] !== undefined) {
      const start = out.text.length;
      scan(m[5], base + i + 1, out);
      out.links.push({ start, end: out.text.length, href: m[6] ?? '' });
    } else if (m[7] !== undefined) {
      // a reference link, "[text][ref]": its text is text; where it points is defined elsewhere
      const start = out.text.length;
      scan(m[7], base + i + 1, out);
      out.links.push({ start, end: out.text.length, href: `#ref:${m[8] || m[7]}` });
    } else if (tok === '**' || tok === '__') {
      // snake_case__names are words, not emphasis
      if (tok === '__' && /\w/.test(source[i - 1] ?? '') && /\w/.test(source[i + 2] ?? '')) {
        out.text += tok;
        out.offsets.push(base + i, base + i + 1);
      } else if (boldOpen < 0) boldOpen = out.text.length;
      else {
        if (out.text.length > boldOpen) out.strong.push({ start: boldOpen, end: out.text.length });
        boldOpen = -1;
      }
    } else if (tok[0] === '&') {
      out.text += ENTITY[tok.slice(1, -1)];
      out.offsets.push(base + i);
    } else if (tok[0] === '<' && ANCHOR_OPEN.test(tok)) {
      anchor = { start: out.text.length, href: (tok.match(ANCHOR_OPEN) as RegExpMatchArray)[1] };
    } else if (/^<\/a\s*>$/i.test(tok)) {
      if (anchor && out.text.length > anchor.start) out.links.push({ ...anchor, end: out.text.length });
      anchor = null;
    } else if (/^<br\b/i.test(tok)) {
      out.text += ' ';
      out.offsets.push(base + i);
    }
    // ~~, `, other tags and escapes vanish
    i += tok.length;
  }
}

/**
 * Go present writes spaces in emphasis as underscores: "_by_Kathy_Spardlin_" → " by Kathy Spardlin ", also as a
 * link's label ("[[url][_Jane_Doe_]]"). Same length.
 */
export function presentUnderscores(s: string): string {
  return s.replace(
    /(^|[\s[\]])_([^_\s][^\s]*?)_(?=[\s[\],.;:]|$)/g,
    (_m, lead: string, inner: string) => `${lead} ${inner.replace(/_/g, ' ')} `,
  );
}
