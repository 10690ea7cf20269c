// Finds catalog names in running text in one pass: a character trie over the
// names and aliases, folded to lower case with spaces ignored, so "ETCD",
// "Service Mesh" / "ServiceMesh" and "API 网关" / "API网关" all hit one entry, and
// traditional characters fold to simplified ones (開源 hits 开源).
// Linear in the text (each start walks only as far as the trie goes).

import traditional from '../lexicon/zh/traditional.json';

/** Traditional Chinese code unit → simplified (開 → 开): 開源 and 开源 are one name. */
const SIMPLIFIED = new Map<number, number>();
for (let i = 0; i + 1 < traditional.pairs.length; i += 2)
  SIMPLIFIED.set(traditional.pairs.charCodeAt(i), traditional.pairs.charCodeAt(i + 1));

export interface MatchEntry<T> {
  value: T;
  /** the alias as written in the catalog, spaces removed (for case checks) */
  exact: string;
  matchCase: boolean;
}

interface Node<T> {
  /** keyed by folded UTF-16 code unit: no one-character strings made per position scanned */
  next: Map<number, Node<T>>;
  entries: MatchEntry<T>[];
}

export interface Hit<T> {
  value: T;
  start: number;
  end: number;
  written: string;
}

const isWordCode = (k: number): boolean =>
  (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || k === 95;
const isUpperCode = (k: number) => k >= 65 && k <= 90;
const isLowerCode = (k: number) => k >= 97 && k <= 122;
const isSpaceCode = (k: number) => k === 32 || k === 9 || k === 0xa0 || k === 0x3000;
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\u3000';
/** charCodeAt, with NaN (outside the text) as -1 */
const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** Full-width ASCII to half-width, then lower case: the fold used on both sides. */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  if (code >= 0x2e80) {
    const simple = SIMPLIFIED.get(code);
    return simple === undefined ? c : String.fromCharCode(simple);
  }
  return c.toLowerCase();
}

const foldCache = new Map<number, number>();
/** foldChar on one code unit, as a code unit (a fold that would change the length leaves it as it is). */
function foldCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  if (code >= 0x2e80 && !(code >= 0xff01 && code <= 0xff5e)) return SIMPLIFIED.get(code) ?? code;
  let f = foldCache.get(code);
  if (f === undefined) {
    const s = foldChar(String.fromCharCode(code));
    f = s.length === 1 ? s.charCodeAt(0) : code;
    foldCache.set(code, f);
  }
  return f;
}

export class NameMatcher<T> {
  private root: Node<T> = { next: new Map(), entries: [] };

  add(alias: string, value: T, matchCase = false): void {
    const exact = [...alias].filter((c) => !isSpace(c)).join('');
    if (!exact) return;
    // Short Latin names (Go, C, R, TAO) are ordinary words in other cases.
    const shortLatin = /^[A-Za-z0-9.+#-]{1,3}$/.test(exact);
    let node = this.root;
    for (let i = 0; i < exact.length; i++) {
      const k = foldCode(exact.charCodeAt(i));
      let n = node.next.get(k);
      if (!n) {
        n = { next: new Map(), entries: [] };
        node.next.set(k, n);
      }
      node = n;
    }
    node.entries.push({ value, exact, matchCase: matchCase || shortLatin });
  }

  /** Leftmost-longest, non-overlapping hits in text[from, to). */
  scan(text: string, from = 0, to = text.length): Hit<T>[] {
    const hits: Hit<T>[] = [];
    const first = this.root.next;
    let i = from;
    let prev = codeAt(text, i - 1);
    while (i < to) {
      const c = text.charCodeAt(i);
      // A name starts at a word start, or where a capital follows a lower-case letter right
      // after another name ("web.pyBottleFlask": words whose separators an HTML export lost).
      const wordChar = isWordCode(c);
      // (Only right after a name: "ShiningRay", "OpenRaft" are one word, not Ray or Raft.)
      const glued = isUpperCode(c) && isLowerCode(prev) && hits.length > 0 && hits[hits.length - 1].end === i;
      if (isSpaceCode(c) || c === 10 || (wordChar && isWordCode(prev) && !glued)) {
        prev = c;
        i++;
        continue;
      }
      const best = first.has(foldCode(c)) ? this.longestAt(text, i, to, true) : null;
      if (best) {
        hits.push(best);
        i = best.end;
        prev = codeAt(text, i - 1);
        continue;
      }
      // "Djangopyramid", "Pythongeventgreenlet": a run of letters that is nothing but
      // known names glued together splits into them; any other run is left alone.
      if (wordChar && !isWordCode(prev)) {
        let end = i;
        while (end < to && /[A-Za-z0-9._+#-]/.test(text[end])) end++;
        while (end > i && /[._-]/.test(text[end - 1])) end--;
        const parts = end - i >= 6 ? this.segment(text, i, end) : null;
        if (parts) {
          hits.push(...parts);
          i = end;
          prev = codeAt(text, i - 1);
          continue;
        }
      }
      prev = c;
      i++;
    }
    return hits;
  }

  /** Splits text[start, end) into known names of four or more characters, or null. */
  private segment(text: string, start: number, end: number): Hit<T>[] | null {
    const memo = new Map<number, Hit<T>[] | null>();
    const from = (p: number): Hit<T>[] | null => {
      if (p === end) return [];
      if (memo.has(p)) return memo.get(p) ?? null;
      memo.set(p, null);
      // Every way a name can end here, longest first.
      const ends: Hit<T>[] = [];
      let node: Node<T> | undefined = this.root;
      for (let j = p; j < end; j++) {
        node = node.next.get(foldCode(text.charCodeAt(j)));
        if (!node) break;
        if (j + 1 - p < 4 || node.entries.length === 0) continue;
        const raw = text.slice(p, j + 1);
        const entry = node.entries.find((e) => !e.matchCase || e.exact === raw);
        if (entry) ends.push({ value: entry.value, start: p, end: j + 1, written: raw });
      }
      for (const h of ends.reverse()) {
        const rest = from(h.end);
        if (rest) {
          const path = [h, ...rest];
          memo.set(p, path);
          return path;
        }
      }
      return null;
    };
    const parts = from(start);
    return parts && parts.length >= 2 ? parts : null;
  }

  /**
   * The longest name `text` starts with. `camel` also accepts a name glued to
   * a capitalized word ("ThoughtWorksLead Consultant"), for affiliation phrases.
   */
  prefix(text: string, camel = false): Hit<T> | null {
    return this.longestAt(text, 0, text.length, camel);
  }

  private longestAt(text: string, start: number, to: number, camel = false): Hit<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: Hit<T> | null = null;
    let spaced = false;
    for (let j = start; j < to; j++) {
      const c = text.charCodeAt(j);
      if (isSpaceCode(c)) {
        if (j === start) break;
        spaced = true;
        continue;
      }
      node = node.next.get(foldCode(c));
      if (!node) break;
      if (node.entries.length === 0) continue;
      // A Latin name must not run into more letters/digits on either side.
      const after = codeAt(text, j + 1);
      const gluedCamel = camel && isLowerCode(c) && isUpperCode(after);
      if (isWordCode(c) && isWordCode(after) && !(gluedCamel && rawLength(text, start, j, spaced) >= 4)) continue;
      // the text as written, spaces left out (built only where a name ends: this runs at every position)
      const written = text.slice(start, j + 1);
      const raw = spaced ? [...written].filter((x) => !isSpace(x)).join('') : written;
      const entry = node.entries.find((e) => !e.matchCase || e.exact === raw) ?? null;
      if (entry) best = { value: entry.value, start, end: j + 1, written };
    }
    return best;
  }
}

/** Length of text[start, j] without its spaces. */
function rawLength(text: string, start: number, j: number, spaced: boolean): number {
  if (!spaced) return j + 1 - start;
  let n = 0;
  for (let k = start; k <= j; k++) if (!isSpaceCode(text.charCodeAt(k))) n++;
  return n;
}
