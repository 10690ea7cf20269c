import cities from './cities.json';
import eventBrands from './event-brands.json';
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
  districts: [string, string][]; // district or park -> its city, longest first
  eventKindWords: string[];
  notEventWords: string[];
  timeLabels: string[];
  placeLabels: string[];
  themeLabels: string[];
  venueWords: string[];
  recapSuffixes: string[];
  /** words that follow a brand as part of its name (KubeCon China) */
  brandRegions: Set<string>;
  /** capitalized words before a brand that are no part of it (The, Join) */
  brandLeadStopWords: Set<string>;
  /** lower-cased, spaces removed */
  genericTerms: Set<string>;
}

const byLength = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length);

function build(): Lexicon {
  const en = new Map<string, string>();
  for (const [k, v] of Object.entries(cities.en)) en.set(k.toLowerCase(), v);
  for (const [k, v] of Object.entries(cities.pinyin)) en.set(k.toLowerCase(), v);
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
    districts: Object.entries(cities.districts).sort((a, b) => b[0].length - a[0].length),
    eventKindWords: byLength(eventWords.kindWords),
    notEventWords: eventWords.notEvents,
    timeLabels: byLength(eventWords.timeLabels),
    placeLabels: byLength(eventWords.placeLabels),
    themeLabels: byLength(eventWords.themeLabels),
    venueWords: byLength(eventWords.venueWords),
    recapSuffixes: byLength(eventWords.recapSuffixes),
    brandRegions: new Set(eventBrands.regions),
    brandLeadStopWords: new Set(eventBrands.leadStopWords),
    genericTerms: new Set(genericTerms.terms.map((t) => t.toLowerCase().replace(/\s+/g, ''))),
  };
}

export const lexicon: Lexicon = build();
