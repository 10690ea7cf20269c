import * as yaml from 'js-yaml';
import type { Diagnostic } from '../types';

// Front matter: YAML between `---` fences (Jekyll, Hugo, Hexo) or TOML between
// `+++` fences (Hugo). Real files put junk before the fence, break the YAML
// (unquoted titles with a colon), or never close the block; each case gets a
// warning and the document is still used.

export interface FrontMatterResult {
  data: Record<string, unknown> | null;
  /** where the body starts in the text (0 when there is no usable front matter) */
  bodyStart: number;
  diagnostics: Diagnostic[];
}

const CJK = /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const OPEN = /^(.{0,4}?)(---|\+\+\+)[ \t]*$/;
const YAML_LINE = /^(\s*$|\s+\S|-(\s|$)|#|["']?[\w\u4e00-\u9fff .-]+["']?\s*:(\s|$))/;
const TOML_LINE = /^(\s*$|\s+\S|\[.*\]\s*$|#|[\w."-]+\s*=|\]\s*$)/;
const FIRST_KEY = { yaml: /^["']?[\w\u4e00-\u9fff .-]+["']?\s*:(\s|$)/, toml: /^(\[[^\]]+\]|[\w."-]+\s*=)/ };

const isJunk = (s: string): boolean => s.trim().length <= 3 && !CJK.test(s);

export function parseFrontMatter(text: string, path: string): FrontMatterResult {
  const none: FrontMatterResult = { data: null, bodyStart: 0, diagnostics: [] };
  const lines = splitLines(text, 4000);
  // The opening fence: the first non-blank line, or after at most three short junk lines.
  let open = -1;
  for (let i = 0; i < Math.min(lines.length, 6); i++) {
    const line = lines[i].text;
    const m = OPEN.exec(line);
    if (m && isJunk(m[1])) {
      open = i;
      break;
    }
    if (line.trim() !== '' && !isJunk(line)) return none;
  }
  if (open < 0) return none;
  const kind = OPEN.exec(lines[open].text)![2] === '+++' ? 'toml' : 'yaml';
  const fence = kind === 'toml' ? /^\+\+\+[ \t]*$/ : /^(---|\.\.\.)[ \t]*$/;
  const lineOk = kind === 'toml' ? TOML_LINE : YAML_LINE;

  // Only a block whose first line is a key is front matter; `---` alone may be a rule or a setext underline.
  const first = lines.slice(open + 1).find((l) => l.text.trim() !== '');
  if (!first || !(FIRST_KEY[kind].test(first.text) || fence.test(first.text))) return none;

  // The closing fence, unless prose comes first: then the block was never closed
  // (a few odd lines are tolerated: YAML strings wrapped without indentation).
  let close = -1;
  let stop = lines.length;
  let prose = 0;
  for (let i = open + 1; i < Math.min(lines.length, open + 400); i++) {
    if (fence.test(lines[i].text)) {
      close = i;
      break;
    }
    if (!lineOk.test(lines[i].text)) {
      if (prose === 0) stop = i;
      if (++prose > 3) break;
    }
  }
  if (close < 0 && stop === lines.length && lines.length > open + 400) stop = open + 400;
  const from = lines[open].end;
  if (close < 0) {
    const upTo = stop < lines.length ? lines[stop].start : text.length;
    const data = kind === 'toml' ? lenientToml(text.slice(from, upTo)) : lenientYaml(text.slice(from, upTo));
    return {
      data: Object.keys(data).length ? data : null,
      bodyStart: 0,
      diagnostics: [
        {
          severity: 'warning',
          code: 'front-matter',
          message: `${path}: front matter opened with ${kind === 'toml' ? '+++' : '---'} is never closed; read as body`,
          offset: lines[open].start,
        },
      ],
    };
  }
  const source = text.slice(from, lines[close].start);
  const bodyStart = lines[close].end;
  if (kind === 'toml') return { data: lenientToml(source), bodyStart, diagnostics: [] };
  try {
    // CORE_SCHEMA keeps dates as the strings written, so "2021-04-12T01:00:00+08:00" stays on its own day.
    const data = yaml.load(source, { schema: yaml.CORE_SCHEMA, json: true });
    if (data === null || data === undefined) return { data: null, bodyStart, diagnostics: [] };
    if (typeof data === 'object' && !Array.isArray(data)) {
      return { data: data as Record<string, unknown>, bodyStart, diagnostics: [] };
    }
    throw new Error('front matter is not a mapping of keys to values');
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return {
      data: lenientYaml(source),
      bodyStart,
      diagnostics: [
        {
          severity: 'warning',
          code: 'front-matter',
          message: `${path}: front matter is not valid YAML (${reason}); read its simple keys only`,
          offset: lines[open].start,
        },
      ],
    };
  }
}

interface Line {
  text: string;
  start: number;
  /** offset just past the line's newline */
  end: number;
}

function splitLines(text: string, max: number): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start < text.length && out.length < max) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    out.push({ text: text.slice(start, nl < 0 ? text.length : nl), start, end });
    start = end;
  }
  return out;
}

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

function flowList(v: string): string[] | null {
  const t = v.trim();
  // A missing closing bracket is a common way front matter breaks; read the items anyway.
  if (!t.startsWith('[')) return null;
  return t
    .slice(1, t.endsWith(']') ? -1 : undefined)
    .split(',')
    .map(unquote)
    .filter((s) => s !== '');
}

/** Top-level `key: value`, `key:` + `- item` lists and one level of `  sub: value`: enough for meta. */
export function lenientYaml(source: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  let current: string | null = null;
  for (const line of source.split('\n')) {
    const top = /^([^\s:#-][^:]*?)\s*:(?:\s+(.*))?$/.exec(line);
    if (top) {
      current = unquote(top[1]);
      const value = (top[2] ?? '').trim();
      data[current] = value === '' ? null : (flowList(value) ?? unquote(value));
      continue;
    }
    if (current === null) continue;
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item) {
      const list = Array.isArray(data[current]) ? (data[current] as unknown[]) : [];
      list.push(unquote(item[1]));
      data[current] = list;
      continue;
    }
    const sub = /^\s+([\w-]+)\s*:\s*(.*)$/.exec(line);
    if (sub) {
      const prev = data[current];
      const obj = prev && typeof prev === 'object' && !Array.isArray(prev) ? (prev as Record<string, unknown>) : {};
      obj[sub[1]] = unquote(sub[2]);
      data[current] = obj;
    }
  }
  return data;
}

/** `key = value`, `[table]` and one-line arrays: Hugo's TOML front matter rarely needs more. */
export function lenientToml(source: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  let table: Record<string, unknown> = data;
  for (const line of source.split('\n')) {
    const section = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (section) {
      table = {};
      data[unquote(section[1])] = table;
      continue;
    }
    const kv = /^\s*([\w."-]+)\s*=\s*(.*)$/.exec(line);
    if (!kv) continue;
    const raw = kv[2].replace(/\s+#[^"']*$/, '').trim();
    const value = flowList(raw) ?? (/^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : unquote(raw));
    table[unquote(kv[1])] = value === 'true' ? true : value === 'false' ? false : value;
  }
  return data;
}
