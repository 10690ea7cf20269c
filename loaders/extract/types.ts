import type { Lexicon } from '../lexicon';
import type { DocumentMeta, ParsedDocument } from '../types';

// What extraction finds in one document, before names are resolved against
// the catalogs. Every mention keeps the character span (into
// ParsedDocument.text) of the words that support it.

export interface Span {
  start: number;
  end: number;
}

export interface PersonMention {
  name: string;
  aliases: string[];
  span: Span;
  rule: string;
}

export interface OrgMention {
  name: string;
  aliases: string[];
  span: Span;
  rule: string;
}

export interface TechMention {
  /** canonical name when the catalog knows it, else the words as written */
  name: string;
  written: string;
  category: string | null;
  known: boolean;
  span: Span;
  rule: string;
}

export interface AffiliationMention {
  person: string;
  organization: string;
  role: string;
  span: Span;
  rule: string;
}

export interface TalkMention {
  title: string;
  aliases: string[];
  speakers: string[];
  /** where the title (and speaker) are written */
  span: Span;
  /** the talk's own abstract or section: technologies named there are what it is about */
  bodies: Span[];
  /** key of the event it belongs to; null means the document's main event, NO_EVENT none at all */
  event: string | null;
  rule: string;
}

/** TalkMention.event of a talk given at no event (a podcast's episode): not the document's main event either. */
export const NO_EVENT = '\u0000no-event';

export interface EventMention {
  key: string;
  name: string;
  aliases: string[];
  series: string | null;
  startDate: string | null;
  endDate: string | null;
  city: string | null;
  venue: string | null;
  organizers: string[];
  span: Span;
  rule: string;
}

export interface Extraction {
  documentId: string;
  people: PersonMention[];
  organizations: OrgMention[];
  technologies: TechMention[];
  affiliations: AffiliationMention[];
  talks: TalkMention[];
  events: EventMention[];
  /** key of the event the document is about, if any */
  mainEvent: string | null;
}

/** The slice of the catalogs extraction reads (structurally the catalogs module's entries). */
export interface CatalogView {
  technologies: ReadonlyArray<{
    name: string;
    aliases: string[];
    category: string;
    broader?: string[];
    matchCase?: boolean;
    wordBoundary?: boolean;
  }>;
  organizations: ReadonlyArray<{ name: string; aliases: string[]; type: string }>;
}

export interface Line {
  text: string;
  start: number;
  end: number;
}

export type { DocumentMeta, Lexicon, ParsedDocument };
