import type { Lexicon } from '../lexicon';

// Cities and venues: "北京海淀区新疆大厦" → 北京 / 新疆大厦; "held in Shanghai" → 上海.

export function cityIn(s: string, lex: Lexicon): string | null {
  let best: { city: string; at: number } | null = null;
  for (const c of lex.cities) {
    const at = s.indexOf(c);
    if (at >= 0 && (!best || at < best.at)) best = { city: c, at };
  }
  if (best) return best.city;
  for (const [district, city] of lex.districts) if (s.includes(district)) return city;
  // A place line in English ("Venue: Shanghai Tower, Shanghai"): any city named in it.
  if (/^[\x20-\x7e]+$/.test(s))
    for (const w of s.matchAll(/[A-Z][a-z]+(?: [A-Z][a-z]+)?/g)) {
      const zh = lex.englishCities.get(w[0].toLowerCase()) ?? lex.englishCities.get(w[0].split(' ')[0].toLowerCase());
      if (zh) return zh;
    }
  for (const en of s.matchAll(/\b(?:in|at)\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)/g)) {
    const zh = lex.englishCities.get(en[1].toLowerCase()) ?? lex.englishCities.get(en[1].split(' ')[0].toLowerCase());
    if (zh) return zh;
  }
  return null;
}

/** The venue part of a place phrase: without the city, district and any parenthetical. */
export function venueOf(place: string, city: string | null): string | null {
  if (/^[\x20-\x7e]+$/.test(place)) {
    // "Shanghai Tower, Shanghai": the building, without the city after it.
    const v = place
      .replace(/\([^)]*\)/g, '')
      .split(/\s*,\s*/)[0]
      .trim();
    return v.length >= 2 ? v : null;
  }
  let v = place
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/\s+/g, '')
    .trim();
  if (!v) return null;
  if (city && v.startsWith(city)) {
    const rest = v.slice(city.length).replace(/^市/, '');
    // Keep only the building when a district precedes it ("海淀区新疆大厦" → 新疆大厦).
    const district = rest.match(/^\p{Script=Han}{1,4}?[区县](.+)$/u);
    v = district && district[1].length >= 3 ? district[1] : city + rest;
  }
  return v.length >= 2 && v.length <= 60 ? v : null;
}
