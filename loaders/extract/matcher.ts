// Finds catalog names in running text in one pass: a character trie over the
// names and aliases, folded to lower case with spaces ignored, so "ETCD",
// "Service Mesh" / "ServiceMesh" and "API 网关" / "API网关" all hit one entry.
// Linear in the text (each start walks only as far as the trie goes).

export interface MatchEntry<T> {
  value: T;
  /** the alias as written in the catalog, spaces removed (for case checks) */
  exact: string;
  matchCase: boolean;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  entries: MatchEntry<T>[];
}

export interface Hit<T> {
  value: T;
  start: number;
  end: number;
  written: string;
}

const isWordChar = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  return (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || k === 95;
};
const isUpper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\u3000';

/** Full-width ASCII to half-width, then lower case: the fold used on both sides. */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  return code < 0x2e80 ? c.toLowerCase() : c;
}

export class NameMatcher<T> {
  private root: Node<T> = { next: new Map(), entries: [] };

  add(alias: string, value: T, matchCase = false): void {
    const exact = [...alias].filter((c) => !isSpace(c)).join('');
    if (!exact) return;
    // Short Latin names (Go, C, R, TAO) are ordinary words in other cases.
    const shortLatin = /^[A-Za-z0-9.+#-]{1,3}$/.test(exact);
    let node = this.root;
    for (const c of exact) {
      const k = foldChar(c);
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
    let i = from;
    while (i < to) {
      const c = text[i];
      // A name starts at a word start, or where a capital follows a lower-case letter
      // ("web.pyBottleFlask": words whose separators an HTML export lost).
      const prev = text[i - 1];
      const camelStart = isUpper(c) && isLower(prev);
      if (isSpace(c) || c === '\n' || (isWordChar(c) && isWordChar(prev) && !camelStart)) {
        i++;
        continue;
      }
      const best = this.longestAt(text, i, to, true);
      if (best) {
        hits.push(best);
        i = best.end;
        continue;
      }
      // "Djangopyramid", "Pythongeventgreenlet": a run of letters that is nothing but
      // known names glued together splits into them; any other run is left alone.
      if (isWordChar(c) && !isWordChar(prev)) {
        let end = i;
        while (end < to && /[A-Za-z0-9._+#-]/.test(text[end])) end++;
        while (end > i && /[._-]/.test(text[end - 1])) end--;
        const parts = end - i >= 6 ? this.segment(text, i, end) : null;
        if (parts) {
          hits.push(...parts);
          i = end;
          continue;
        }
      }
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
      let raw = '';
      for (let j = p; j < end; j++) {
        node = node.next.get(foldChar(text[j]));
        if (!node) break;
        raw += text[j];
        const entry = raw.length >= 4 ? node.entries.find((e) => !e.matchCase || e.exact === raw) : undefined;
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
      const c = text[j];
      if (isSpace(c)) {
        if (j === start) break;
        spaced = true;
        continue;
      }
      node = node.next.get(foldChar(c));
      if (!node) break;
      if (node.entries.length === 0) continue;
      // the text as written, spaces left out (built only where a name ends: this runs at every position)
      const written = text.slice(start, j + 1);
      const raw = spaced ? [...written].filter((x) => !isSpace(x)).join('') : written;
      // A Latin name must not run into more letters/digits on either side.
      const after = text[j + 1];
      const gluedCamel = camel && raw.length >= 4 && isLower(c) && isUpper(after);
      if (isWordChar(c) && isWordChar(after) && !gluedCamel) continue;
      const entry = node.entries.find((e) => !e.matchCase || e.exact === raw) ?? null;
      if (entry) best = { value: entry.value, start, end: j + 1, written };
    }
    return best;
  }
}
