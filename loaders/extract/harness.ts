import { normalizeName } from '../../src/model/ids';
import type { Lexicon } from '../lexicon';
import { affiliationPieces, isOrgName, splitAffiliation } from './affiliation';
import type { DateContext } from './dates';
import type { Knowledge, OrgRef, TechRef } from './knowledge';
import type { Hit } from './matcher';
import { splitNameAndAliases } from './names';
import { withoutNamesakes } from './techNamesakes';
import type {
  AffiliationMention,
  EventMention,
  Extraction,
  Line,
  OrgMention,
  ParsedDocument,
  PersonMention,
  Span,
  TalkMention,
  TechMention,
} from './types';

// What every rule gets: the document, its lines, the word lists and catalog
// matchers, and one place to record what it found (deduplicated by name, so
// two rules seeing the same person add aliases rather than a second person).

export interface Rule {
  name: string;
  run(ctx: RuleContext): void;
}

export class RuleContext {
  readonly text: string;
  readonly lines: Line[];
  readonly out: Extraction;
  private personIx = new Map<string, PersonMention>();
  private orgIx = new Map<string, OrgMention>();
  private talkIx = new Map<string, TalkMention>();

  constructor(
    readonly doc: ParsedDocument,
    readonly lex: Lexicon,
    readonly kn: Knowledge,
    readonly dates: DateContext,
  ) {
    this.text = doc.text;
    this.lines = splitLines(doc.text, doc.bodyStart);
    this.out = {
      documentId: doc.documentId,
      people: [],
      organizations: [],
      technologies: [],
      affiliations: [],
      talks: [],
      events: [],
      mainEvent: null,
    };
  }

  private orgHitsCache: Hit<OrgRef>[] | null = null;
  private techHitsCache: Hit<TechRef>[] | null = null;

  /** Catalog technologies written anywhere in the text, found once per document and shared by every stage. */
  techHits(): Hit<TechRef>[] {
    this.techHitsCache ??= withoutNamesakes(this.text, this.kn.techs.scan(this.text));
    return this.techHitsCache;
  }

  /** Catalog organizations written anywhere in the text, found once per document. */
  orgHits(): Hit<OrgRef>[] {
    this.orgHitsCache ??= this.kn.orgs.scan(this.text);
    return this.orgHitsCache;
  }

  findPerson(name: string): PersonMention | undefined {
    const k = normalizeName(name);
    return this.personIx.get(k) ?? this.out.people.find((p) => p.aliases.some((a) => normalizeName(a) === k));
  }

  person(name: string, span: Span, rule: string, aliases: string[] = []): PersonMention {
    const existing = this.findPerson(name);
    if (existing) {
      for (const a of aliases) if (!existing.aliases.includes(a) && a !== existing.name) existing.aliases.push(a);
      return existing;
    }
    // "Zoom Quiet" met first as a comment signature, then "周琦(Zoom.Quiet)": one person, named properly.
    const handleOf = this.out.people.find((p) => aliases.some((a) => normalizeName(a) === normalizeName(p.name)));
    if (handleOf) {
      this.personIx.delete(normalizeName(handleOf.name));
      handleOf.aliases = [...new Set([handleOf.name, ...handleOf.aliases, ...aliases])].filter((a) => a !== name);
      handleOf.name = name;
      this.personIx.set(normalizeName(name), handleOf);
      return handleOf;
    }
    const p: PersonMention = { name, aliases: aliases.filter((a) => a !== name), span, rule };
    this.personIx.set(normalizeName(name), p);
    this.out.people.push(p);
    return p;
  }

  /** "刘奇 @goroutine", "李迎辉(Limodou)", "Guido van Rossum": a person, or null when it is not a name. */
  personFromPhrase(raw: string, span: Span, rule: string): PersonMention | null {
    const parsed = splitNameAndAliases(raw, this.lex);
    return parsed ? this.person(parsed.name, span, rule, parsed.aliases) : null;
  }

  /** "北京偶数科技", "杭州某某科技": a city before a catalog organization says where it sits; the name is the catalog's. */
  private withoutCity(name: string): string {
    if (this.kn.orgKeys.has(normalizeName(name))) return name;
    const city = this.lex.cities.find((c) => name.startsWith(c));
    const rest = city ? name.slice(city.length).trim() : '';
    return rest.length >= 2 && this.kn.orgKeys.has(normalizeName(rest)) ? rest : name;
  }

  org(written: string, span: Span, rule: string, more: string[] = []): OrgMention {
    const name = this.withoutCity(written);
    const aliases = name === written ? more : [written, ...more];
    const k = normalizeName(name);
    const existing = this.orgIx.get(k);
    if (existing) {
      for (const a of aliases) if (!existing.aliases.includes(a)) existing.aliases.push(a);
      return existing;
    }
    const o: OrgMention = { name, aliases, span, rule };
    this.orgIx.set(k, o);
    this.out.organizations.push(o);
    return o;
  }

  affiliation(person: string, written: string, role: string, span: Span, rule: string): void {
    const organization = this.withoutCity(written);
    const k = normalizeName(organization);
    const same = this.out.affiliations.find((a) => a.person === person && normalizeName(a.organization) === k);
    if (same) {
      if (!same.role && role) same.role = role;
      return;
    }
    const a: AffiliationMention = { person, organization, role, span, rule };
    this.out.affiliations.push(a);
  }

  /** Splits "七牛云 CEO" and records the organization and the person's affiliation with it. */
  affiliate(person: string, phrase: string, span: Span, rule: string, certain = false, role?: string): boolean {
    // "某某基金会董事、Foo Beijing 发起人": several affiliations in one phrase, each on its own.
    const pieces = role === undefined ? affiliationPieces(phrase, this.lex, this.kn) : [];
    if (pieces.length > 1) return pieces.map((p) => this.affiliate(person, p, span, rule, certain)).some(Boolean);
    const split = splitAffiliation(phrase, this.lex, this.kn, certain);
    if (!split?.org) return false;
    // "ArchSummit 联席主席", "在 ArchSummit 深圳站上担任出品人": a role at the event, not an employer.
    const k = normalizeName(split.org);
    const atEvent = this.out.events.some((e) =>
      [e.series, e.name].some((n) => n && normalizeName(n) && k.startsWith(normalizeName(n))),
    );
    if (atEvent) return false;
    if (!isOrgName(split.org, person, this.kn)) return false;
    this.org(split.org, span, rule);
    this.affiliation(person, split.org, role ?? split.role, span, rule);
    return true;
  }

  talk(t: Omit<TalkMention, 'aliases' | 'event' | 'bodies'> & Partial<TalkMention>): TalkMention | null {
    const title = cleanTitle(t.title);
    if (title.length < 2) return null;
    const k = normalizeName(title);
    if (!k) return null;
    const existing = this.talkIx.get(k);
    if (existing) {
      for (const s of t.speakers) if (!existing.speakers.includes(s)) existing.speakers.push(s);
      existing.bodies.push(...(t.bodies ?? []));
      return existing;
    }
    const talk: TalkMention = {
      title,
      aliases: t.aliases ?? [],
      speakers: [...t.speakers],
      span: t.span,
      bodies: t.bodies ?? [],
      event: t.event ?? null,
      rule: t.rule,
    };
    this.talkIx.set(k, talk);
    this.out.talks.push(talk);
    return talk;
  }

  findTalk(title: string): TalkMention | undefined {
    return this.talkIx.get(normalizeName(cleanTitle(title)));
  }

  hasTalk(person: string): boolean {
    return this.out.talks.some((t) => t.speakers.includes(person));
  }

  event(e: EventMention): EventMention {
    const k = normalizeName(e.key);
    const existing = this.out.events.find((x) => normalizeName(x.key) === k);
    if (!existing) {
      this.out.events.push(e);
      return e;
    }
    for (const a of [e.name, ...e.aliases])
      if (a !== existing.name && !existing.aliases.includes(a)) existing.aliases.push(a);
    existing.startDate ??= e.startDate;
    existing.endDate ??= e.endDate;
    existing.city ??= e.city;
    existing.venue ??= e.venue;
    existing.series ??= e.series;
    for (const o of e.organizers) if (!existing.organizers.includes(o)) existing.organizers.push(o);
    return existing;
  }

  tech(m: TechMention): void {
    this.out.technologies.push(m);
  }
}

export function cleanTitle(s: string): string {
  return s
    .replace(/\\\n?/g, ' ')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^(?:<<|[\s《「“"'『【])+|(?:>>|[\s》」”"'』】])+$/gu, '')
    .trim();
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ text: text.slice(start, end), start, end });
    start = end + 1;
  }
  return lines;
}
