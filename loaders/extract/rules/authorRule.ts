import { normalizeName } from '../../../src/model/ids';
import { looksLikeOrg } from '../eventParts';
import type { Rule } from '../harness';

// The document's author is a person who writes about the event (GUIDE.md: every named human who writes): the
// front matter's `author:` / `authors:` (read by parse/ into meta.author, several joined by ", "), or the
// "Key: value" header a static-site page opens with ("Title: …", "Date: …", "Author: jdoe"). An author that
// is an organization, a community or a mail address is no person.

const HEADER_LINE = /^([A-Z][A-Za-z]{1,15}):[ \t]*(.*)$/;

export const authorRule: Rule = {
  name: 'authorRule',
  run(ctx) {
    const written = ctx.doc.meta.author ?? headerAuthor(ctx.text, ctx.doc.bodyStart);
    if (!written) return;
    for (const raw of written.split(/\s*[,，、;；]\s*/u)) {
      const name = raw.trim();
      if (name.length < 2 || name.length > 40 || /[@/]|https?:/.test(name) || /\s{2,}/.test(name)) continue;
      if (looksLikeOrg(name, ctx) || ctx.kn.techKeys.has(normalizeName(name))) continue;
      // "Apache Beijing", "GDG Shanghai", "Rust China": a community's city chapter, not a person
      const words = name.split(' ');
      const first = normalizeName(words[0]);
      if (words.length > 1 && (ctx.kn.techKeys.has(first) || ctx.kn.orgKeys.has(first))) continue;
      if (words.length > 1 && ctx.lex.englishCities.has(words[words.length - 1].toLowerCase())) continue;
      if (!/^(?:\p{Script=Han}{2,6}|[\p{L}][\p{L}\d._'-]*(?: [\p{L}][\p{L}\d.'-]*){0,3})$/u.test(name)) continue;
      const at = ctx.text.indexOf(name);
      const span = at >= 0 ? { start: at, end: at + name.length } : { start: 0, end: 0 };
      ctx.person(name, span, 'authorRule');
    }
  },
};

/** "Title: …\nDate: …\nAuthor: jdoe": the author a page's opening header of "Key: value" lines names. */
function headerAuthor(text: string, from: number): string | null {
  let pos = from;
  for (let n = 0; n < 12 && pos < text.length; n++) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const m = text.slice(pos, end).match(HEADER_LINE);
    if (!m) return null;
    if (m[1].toLowerCase() === 'author' || m[1].toLowerCase() === 'authors') return m[2].trim() || null;
    pos = end + 1;
  }
  return null;
}
