import type { Lexicon } from '../lexicon';

// Cities and venues: "北京海淀区新疆大厦" → 北京 / 新疆大厦; "held in Shanghai" → 上海.

export function cityIn(s: string, lex: Lexicon): string | null {
  let best: { city: string; at: number } | null = null;
  for (const c of lex.cities) {
    const namesakes = lex.cityNamesakes.get(c);
    let at = s.indexOf(c);
    // "中山大学" names a university, not the city 中山
    while (at >= 0 && namesakes?.some((n) => s.startsWith(n, at))) at = s.indexOf(c, at + c.length);
    if (at >= 0 && (!best || at < best.at)) best = { city: c, at };
  }
  if (best) return best.city;
  for (const [district, city] of lex.districts) if (s.includes(district)) return city;
  // A place line in English ("Venue: Shanghai Tower, Shanghai"): any city named in it.
  if (/^[\x20-\x7e]+$/.test(s)) {
    const en = englishCityIn(s, lex);
    if (en) return lex.englishCities.get(en.toLowerCase()) ?? null;
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

const CAPITALIZED = /[A-Z][A-Za-z'.]*(?:[ ,]+[A-Z][A-Za-z'.]*){0,3}/g;

/**
 * The first English city name in s, spelled as the lexicon spells it: each run of
 * capitalized words is read longest name first ("New York City" before "New York"),
 * every word a possible start ("Meetup Beijing" → Beijing).
 */
export function englishCityIn(s: string, lex: Lexicon): string | null {
  for (const m of s.matchAll(CAPITALIZED)) {
    const words = m[0].split(/ +/);
    for (let i = 0; i < words.length; i++)
      for (let n = Math.min(3, words.length - i); n >= 1; n--) {
        const name = words
          .slice(i, i + n)
          .join(' ')
          .replace(/[,.]+$/, '');
        const hit =
          lex.englishCityNames.get(name.toLowerCase()) ?? (lex.englishCities.has(name.toLowerCase()) ? name : null);
        if (hit) return hit;
      }
  }
  return null;
}

/** Is the document written in English: few Han characters among its letters? */
export function isEnglishText(text: string, from = 0): boolean {
  let han = 0;
  let latin = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return han * 10 < latin;
}

/** A city in the language of the document: 北京 on a Chinese page, Beijing on an English one. */
export function cityInLanguage(city: string, english: boolean, lex: Lexicon): string {
  const ascii = /^[\x20-\x7e]+$/.test(city);
  if (english)
    return ascii ? (lex.englishCityNames.get(city.toLowerCase()) ?? city) : (lex.cityEnglish.get(city) ?? city);
  return ascii ? (lex.englishCities.get(city.toLowerCase()) ?? city) : city;
}
