import { Parser } from 'htmlparser2';
import type { DocumentMeta } from '../types';
import { linearStacks, type StackWork } from './html-stack';
import { emptyMeta, list, normalizeDate } from './meta';

// HTML event pages -> the visible text extraction reads. Block elements become
// line breaks; headings and list items keep a Markdown marker ("### ", "- ") so
// the same structure rules (recap headings, agenda lists) apply to HTML pages.

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'select']);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
  'body',
  'caption',
  'tbody',
  'thead',
  'tfoot',
  'details',
  'summary',
]);

export interface HtmlText {
  text: string;
  meta: DocumentMeta;
}

export function looksLikeHtml(text: string, path: string): boolean {
  const head = text.slice(0, 4000).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(head)) return true;
  if (/<(head|body)[\s>]/i.test(head) && /<\/(p|div|title|head)>/i.test(text)) return true;
  // A fragment saved as .html, or a .txt that is mostly block markup.
  const closers = text.slice(0, 20000).match(/<\/(p|div|li|td|h[1-6]|section|span)>/gi)?.length ?? 0;
  if (/\.x?html?$/i.test(path)) return closers >= 1;
  return !/\.(md|markdown|mdx)$/i.test(path) && closers >= 5 && closers * 4 >= text.slice(0, 20000).split('\n').length;
}

export function htmlToText(html: string, work?: StackWork): HtmlText {
  const parts: string[] = [];
  const meta = emptyMeta();
  const heads: Record<string, string> = {};
  let skipDepth = 0;
  let preDepth = 0;
  let inTitle = false;
  let title = '';
  let firstH1: string | null = null;
  let h1Buffer: string | null = null;
  let timeAttr: string | null = null;
  // Table rows come out as Markdown rows ("| a | b |"), a header row (all <th>, or in <thead>) followed by "|---|".
  let cellDepth = 0;
  let theadDepth = 0;
  let row: { cells: number; heads: number } | null = null;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (SKIP.has(name)) skipDepth++;
        if (skipDepth) return;
        if (name === 'title') inTitle = true;
        else if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key && attrs.content && !(key in heads)) heads[key] = attrs.content;
        } else if (name === 'link' && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href)
          heads.canonical = attrs.href;
        else if (name === 'time' && attrs.datetime && !timeAttr) timeAttr = attrs.datetime;
        else if (cellDepth > 0 && /^h[1-6]$/.test(name)) parts.push(' ');
        else if (/^h[1-6]$/.test(name)) {
          parts.push(`\n\n${'#'.repeat(Number(name[1]))} `);
          if (name === 'h1' && firstH1 === null) h1Buffer = '';
        } else if (
          cellDepth > 0 &&
          (name === 'li' || name === 'br' || name === 'td' || name === 'th' || BLOCK.has(name))
        ) {
          parts.push(' '); // a cell stays on its row's line; a nested table flattens into it
          if (name === 'td' || name === 'th') cellDepth++;
        } else if (name === 'li') parts.push('\n- ');
        else if (name === 'br') parts.push('\n');
        else if ((name === 'td' || name === 'th') && row) {
          parts.push(' | ');
          cellDepth++;
          row.cells++;
          if (name === 'th') row.heads++;
        } else if (name === 'td' || name === 'th') parts.push(' ');
        else if (name === 'tr') {
          row = { cells: 0, heads: 0 };
          parts.push('\n');
        } else if (BLOCK.has(name)) parts.push('\n');
        if (name === 'thead') theadDepth++;
        if (name === 'pre') preDepth++;
      },
      ontext(data) {
        if (skipDepth) return;
        if (inTitle) {
          title += data;
          return;
        }
        let t = preDepth ? data : data.replace(/\s+/g, ' ');
        if (cellDepth > 0) t = t.replace(/\|/g, '｜');
        parts.push(t);
        if (h1Buffer !== null) h1Buffer += t;
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth) return;
        if (name === 'title') inTitle = false;
        else if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (name === 'thead') theadDepth = Math.max(0, theadDepth - 1);
        if ((name === 'td' || name === 'th') && cellDepth > 0) {
          cellDepth--;
          return;
        }
        if (cellDepth > 0 && (BLOCK.has(name) || /^h[1-6]$/.test(name))) {
          parts.push(' ');
          return;
        }
        if (name === 'tr' && row) {
          const r = row;
          row = null;
          if (r.cells > 0) parts.push(' |');
          if (r.cells > 0 && (theadDepth > 0 || r.heads === r.cells)) parts.push(`\n|${' --- |'.repeat(r.cells)}`);
          parts.push('\n');
          return;
        }
        if (/^h[1-6]$/.test(name)) {
          parts.push('\n\n');
          if (h1Buffer !== null) {
            firstH1 = h1Buffer.trim() || null;
            h1Buffer = null;
          }
        } else if (BLOCK.has(name)) parts.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  linearStacks(parser, work);
  parser.write(html);
  parser.end();

  const text = parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/^(#{1,6}|-) *\n/gm, '') // markers left on lines with no text
    .replace(/\n{3,}/g, '\n\n')
    .trim();

  // <title> often ends in " | Site name"; og:title and the page's h1 are the document's own title.
  meta.title = clean(heads['og:title']) ?? firstH1 ?? clean(title);
  meta.date = normalizeDate(
    heads['article:published_time'] ??
      heads.date ??
      heads.pubdate ??
      heads.publishdate ??
      heads.datepublished ??
      timeAttr,
  );
  const url = heads.canonical ?? heads['og:url'];
  meta.sourceUrl = url && /^https?:\/\//i.test(url) ? url : null;
  meta.author = clean(heads.author ?? heads['article:author']);
  meta.tags = list(heads.keywords ?? heads['article:tag']);
  return { text, meta };
}

function clean(s: string | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
