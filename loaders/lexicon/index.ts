import cities from './cities.json';
import eventBrands from './event-brands.json';
import eventPlaces from './event-places.json';
import eventWords from './event-words.json';
import genericTerms from './generic-terms.json';
import notNames from './not-names.json';
import orgWords from './org-words.json';
import roles from './roles.json';
import surnames from './surnames.json';

// The extraction rules' word lists, kept as data so they grow without code.
// Each JSON file says in its `_why` what it is for.

export interface Lexicon {
  singleSurnames: Set<string>;
  compoundSurnames: Set<string>;
  givenStopChars: Set<string>;
  notNames: Set<string>;
  roleHeads: string[]; // longest first, so 首席架构师 wins over 架构师
  roleModifiers: string[];
  /** fields of work (架构, 研发) that join a role only when written right against it */
  roleDomains: string[];
  /** single English words of roles (Engineer, Senior) and of organization names (Cloud, Inc.): never in a person's name */
  latinNotNameWords: Set<string>;
  orgSuffixes: string[];
  institutionSuffixes: string[];
  cities: string[]; // longest first
  englishCities: Map<string, string>; // lower-case English or pinyin -> Chinese
  /** lower-case English name -> its spelling in the lexicon ("new york city" -> New York City) */
  englishCityNames: Map<string, string>;
  /** Chinese name -> English name (the first English spelling the lexicon gives) */
  cityEnglish: Map<string, string>;
  /** words that start with a city's name and do not name it (中山大学) */
  cityNamesakes: Map<string, string[]>;
  districts: [string, string][]; // district or park -> its city, longest first
  eventKindWords: string[];
  notEventWords: string[];
  timeLabels: string[];
  placeLabels: string[];
  themeLabels: string[];
  venueWords: string[];
  recapSuffixes: string[];
  /** gatherings named by their month (聚会, 沙龙), and the words before them (周末, 线下) */
  gatheringWords: string[];
  gatheringQualifiers: string[];
  /** words that follow a brand as part of its name (KubeCon China) */
  brandRegions: Set<string>;
  /** capitalized words before a brand that are no part of it (The, Join) */
  brandLeadStopWords: Set<string>;
  /** front matter keys of event pages that give the place / the start date, lower-cased */
  frontMatterPlaceKeys: string[];
  frontMatterDateKeys: string[];
  frontMatterSummaryKeys: string[];
  /** verbs that say an event took place (在深圳圆满收官) */
  heldVerbs: string[];
  /** English words that make "in <City>" the event's city, lower-cased */
  enEventWords: string[];
  /** lower-cased, spaces removed */
  genericTerms: Set<string>;
}

const byLength = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length);

function build(): Lexicon {
  const en = new Map<string, string>();
  for (const [k, v] of Object.entries(cities.en)) en.set(k.toLowerCase(), v);
  for (const [k, v] of Object.entries(cities.pinyin)) en.set(k.toLowerCase(), v);
  const enNames = new Map(Object.keys(cities.en).map((k) => [k.toLowerCase(), k]));
  const toEnglish = new Map<string, string>();
  for (const [k, v] of Object.entries(cities.en)) if (!toEnglish.has(v)) toEnglish.set(v, k);
  return {
    singleSurnames: new Set(surnames.single),
    compoundSurnames: new Set(surnames.compound),
    givenStopChars: new Set(notNames.givenStopChars),
    notNames: new Set(notNames.words),
    roleHeads: byLength(roles.heads),
    roleModifiers: byLength(roles.modifiers),
    roleDomains: byLength(roles.domains),
    latinNotNameWords: new Set(
      [...roles.heads, ...roles.modifiers, ...orgWords.latinWords]
        .flatMap((w) => w.split(' '))
        .filter((w) => /^[A-Z][A-Za-z.-]*$/.test(w)),
    ),
    orgSuffixes: byLength(orgWords.suffixes),
    institutionSuffixes: byLength(orgWords.institutions),
    cities: byLength(cities.zh),
    englishCities: en,
    englishCityNames: enNames,
    cityEnglish: toEnglish,
    cityNamesakes: new Map(Object.entries(cities.namesakes)),
    districts: Object.entries(cities.districts).sort((a, b) => b[0].length - a[0].length),
    eventKindWords: byLength(eventWords.kindWords),
    notEventWords: eventWords.notEvents,
    timeLabels: byLength(eventWords.timeLabels),
    placeLabels: byLength(eventWords.placeLabels),
    themeLabels: byLength(eventWords.themeLabels),
    venueWords: byLength(eventWords.venueWords),
    recapSuffixes: byLength(eventWords.recapSuffixes),
    gatheringWords: byLength(eventWords.gatheringWords),
    gatheringQualifiers: byLength(eventWords.gatheringQualifiers),
    brandRegions: new Set(eventBrands.regions),
    brandLeadStopWords: new Set(eventBrands.leadStopWords),
    frontMatterPlaceKeys: eventPlaces.frontMatterPlaceKeys.map((k) => k.toLowerCase()),
    frontMatterDateKeys: eventPlaces.frontMatterDateKeys.map((k) => k.toLowerCase()),
    frontMatterSummaryKeys: eventPlaces.frontMatterSummaryKeys.map((k) => k.toLowerCase()),
    heldVerbs: byLength(eventPlaces.zhHeldVerbs),
    enEventWords: eventPlaces.enEventWords.map((w) => w.toLowerCase()),
    genericTerms: new Set(genericTerms.terms.map((t) => t.toLowerCase().replace(/\s+/g, ''))),
  };
}

export const lexicon: Lexicon = build();
