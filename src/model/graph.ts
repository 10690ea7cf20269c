// The graph's vocabulary, shared by the loaders (which produce facts) and the
// stores (which keep them). Nothing here does I/O.

export const NODE_KINDS = ['Person', 'Organization', 'Technology', 'Event', 'Talk', 'Document'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const REL_TYPES = [
  'GAVE', // Person -> Talk
  'AT', // Talk -> Event
  'ABOUT', // Talk -> Technology
  'AFFILIATED_WITH', // Person -> Organization (role)
  'ORGANIZED_BY', // Event -> Organization
  'BROADER_THAN', // Technology -> Technology (the broader one points at the narrower one)
  'MENTIONS', // Document -> any entity
] as const;
export type RelType = (typeof REL_TYPES)[number];

export const TECH_CATEGORIES = [
  'language',
  'framework',
  'database',
  'platform',
  'infrastructure',
  'protocol',
  'algorithm',
  'tool',
  'concept',
  'product',
  'standard',
] as const;
export type TechCategory = (typeof TECH_CATEGORIES)[number];

/** Where a fact was read: character offsets into the document's decoded text. */
export interface Evidence {
  documentId: string;
  start: number;
  end: number;
  snippet: string;
}

/**
 * The properties a node may carry. `name` is the display name (a talk's title,
 * a document's title). Kind-specific fields are optional and null when unknown.
 */
export interface NodeProps {
  name: string;
  aliases?: string[];
  // Technology
  category?: string | null;
  /**
   * true when no document names this node: it is in the graph only as the
   * broader term of something they name (Docker -> 容器). Such nodes carry the
   * topic hierarchy but are not listed as technologies the documents discuss.
   */
  implied?: boolean | null;
  // Organization: company, community, university, lab, foundation, media, other
  orgType?: string | null;
  // Event
  series?: string | null;
  startDate?: string | null; // ISO: 2016-01-22, 2016-01 or 2016
  endDate?: string | null;
  city?: string | null;
  venue?: string | null;
  // Talk: the year its event took place, or the document's publication year
  year?: number | null;
  // Document
  path?: string | null;
  sourceUrl?: string | null;
  publishedAt?: string | null;
  contentHash?: string | null;
  format?: string | null;
}

/** What one document asserts about one node. */
export interface NodeFact {
  id: string;
  kind: NodeKind;
  props: NodeProps;
  evidence: Evidence[];
}

export interface RelProps {
  role?: string | null;
}

/** What one document asserts about one relationship. */
export interface RelFact {
  type: RelType;
  from: string;
  to: string;
  props: RelProps;
  evidence: Evidence[];
}

/** Everything one document contributes; writing it replaces that document's earlier facts. */
export interface DocumentFacts {
  documentId: string;
  nodes: NodeFact[]; // includes the Document node itself
  rels: RelFact[];
}

/** A node as stored: the merge of every document's claims about it. */
export interface GraphNode {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
  props: NodeProps;
  sources: string[]; // document ids, sorted
  evidence: Evidence[];
}

export interface GraphRel {
  id: string;
  type: RelType;
  from: string;
  to: string;
  props: RelProps;
  sources: string[];
  evidence: Evidence[];
}
