import { normalizeName } from '../../src/model/ids';
import type { Lexicon } from '../lexicon';

// Recognizing event brands ("ECUG Con", "ArchSummit", "PyCon", "Techparty")
// and composing an edition name the way the field writes it.

export interface BrandHit {
  brand: string;
  year: number | null;
  start: number;
  end: number;
}

// Brands end like conferences (QCon, ArchSummit, GopherChina, DevOpsDays, Techparty), or are
// acronyms written with their year ("DTCC 2019", "GIAC2018").
// A brand may be several capitalized words before its kind word ("Acme Users Beijing Meetup",
// "Apache Widget™ Beijing Meetup"); a region after it is part of it ("KubeCon China").
const BRAND =
  /(?<![A-Za-z0-9])([A-Z][A-Za-z0-9]*?(?:Con|Summit|Conf|Meetup|[Pp]arty|Camp|Fest|China|Days?)|(?:[A-Z][A-Za-z0-9]*[™®]? ){1,3}(?:Con|Summit|Conf|Meetup|Day)|[A-Z]{3,8}(?= ?(?:19|20)\d\d(?!\d)))(?![a-z])(?:\s*((?:19|20)\d\d)(?!\d))?/g;
const REGION_AFTER = /^ ([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)(?![A-Za-z])(?:\s*((?:19|20)\d\d)(?!\d))?/;

export function findBrands(text: string, lex: Lexicon, from = 0, to = text.length): BrandHit[] {
  const hits: BrandHit[] = [];
  const slice = text.slice(from, to);
  BRAND.lastIndex = 0;
  for (let m = BRAND.exec(slice); m; m = BRAND.exec(slice)) {
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (lex.notEventWords.some((w) => after.includes(w))) continue;
    let brand = m[1];
    let start = m.index;
    let end = m.index + m[0].length;
    let year = m[2] ? +m[2] : null;
    // "The Go Meetup", "Join Go Meetup": a sentence's first word is no part of the brand.
    for (let w = brand.match(/^(\S+) /); w && lex.brandLeadStopWords.has(w[1]); w = brand.match(/^(\S+) /)) {
      brand = brand.slice(w[0].length);
      start += w[0].length;
    }
    if (year === null) {
      const region = slice.slice(m.index + m[1].length).match(REGION_AFTER);
      const word = region && (lex.brandRegions.has(region[1]) ? region[1] : region[1].split(' ')[0]);
      if (region && word && lex.brandRegions.has(word)) {
        brand = `${brand} ${word}`;
        const yr = word === region[1] ? region[2] : undefined;
        year = yr ? +yr : null;
        end = m.index + m[1].length + (yr ? region[0].length : 1 + word.length);
      }
    }
    hits.push({ brand, year, start: from + start, end: from + end });
  }
  return hits;
}

/** The brand written most often (spacing variants counted together), with its most common spelling. */
export function dominantBrand(hits: BrandHit[], boost: Set<string>): string | null {
  const counts = new Map<string, { n: number; spellings: Map<string, number> }>();
  for (const h of hits) {
    const k = normalizeName(h.brand);
    const c = counts.get(k) ?? { n: 0, spellings: new Map() };
    c.n += boost.has(k) ? 3 : 1;
    c.spellings.set(h.brand, (c.spellings.get(h.brand) ?? 0) + 1);
    counts.set(k, c);
  }
  let best: { n: number; spellings: Map<string, number> } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  if (!best || best.n < 2) return null;
  // Prefer the spaced spelling ("ECUG Con" over "ECUGCon") when both occur.
  return [...best.spellings.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
}

/** Does s name a kind of event (沙龙, 大会, Meetup …)? Latin kind words only as whole words. */
export function hasKindWord(s: string, lex: Lexicon): boolean {
  return lex.eventKindWords.some((w) =>
    /^[A-Za-z]/.test(w) ? new RegExp(`(?<![A-Za-z])${w}(?![A-Za-z])`).test(s) : s.includes(w),
  );
}
