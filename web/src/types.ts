// The slice of the GraphQL API (see /graphql) that the browser reads. Kept by
// hand rather than generated: the UI only needs these few shapes.

export const KINDS = ['Person', 'Organization', 'Technology', 'Event', 'Talk', 'Document'] as const;
export type Kind = (typeof KINDS)[number];

export interface DocumentRef {
  id: string;
  title: string | null;
  path: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
}

export interface Evidence {
  snippet: string;
  start: number;
  end: number;
  document: DocumentRef | null;
}

export interface GraphNode {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
}

export interface GraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  role: string | null;
  evidence: Evidence[];
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface GraphPath {
  length: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface SearchHit {
  score: number;
  kind: string;
  id: string;
  name: string;
  matched: string;
  node: GraphNode;
}

export interface TrendPoint {
  year: number;
  talks: number;
  events: number;
  people: number;
  /** all talks of that year, about anything */
  yearTalks?: number;
  /** talks / yearTalks; null for a year without any talks */
  share?: number | null;
  /** the talks counted (the server sends at most 50) */
  talkList?: TalkSummary[];
}

export interface TrendSeries {
  /** the name as asked for */
  query: string;
  technology: { id: string; name: string };
  points: TrendPoint[];
}

export interface TechnologyMovement {
  technology: { id: string; name: string };
  firstSeenYear: number | null;
  earlierTalks: number;
  laterTalks: number;
  change: number;
  growth: number;
  direction: string;
}

/** Kind-specific facts for the side panel; every field optional since kinds differ. */
export interface EntityDetails {
  id: string;
  name?: string;
  title?: string;
  aliases?: string[];
  category?: string | null;
  type?: string | null;
  series?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  city?: string | null;
  venue?: string | null;
  year?: number | null;
  path?: string | null;
  sourceUrl?: string | null;
  publishedAt?: string | null;
  affiliations?: { role: string | null; organization: { id: string; name: string } }[];
  organizers?: { id: string; name: string }[];
  people?: { id: string; name: string }[];
  organizedEvents?: { id: string; name: string }[];
  broader?: { id: string; name: string }[];
  narrower?: { id: string; name: string }[];
  speakers?: { id: string; name: string }[];
  technologies?: { id: string; name: string }[];
  event?: { id: string; name: string } | null;
  talks?: TalkSummary[];
  evidence?: Evidence[];
}

export interface TalkSummary {
  id: string;
  title: string;
  year: number | null;
  event: { id: string; name: string } | null;
  speakers: { id: string; name: string }[];
}

export function asKind(kind: string): Kind | null {
  return (KINDS as readonly string[]).includes(kind) ? (kind as Kind) : null;
}
