import type {
  BreakdownCounts,
  BreakdownKey,
  Cooccurrence,
  TechnologyKeyHit,
  TechnologyRow,
  TechnologyYears,
  TrendCounts,
  TrendYear,
} from '../port';
import { buildCatalog, type Catalog, narrowerClosure } from './catalog-index';
import type { MemoryGraph } from './memory-graph';

// The analyses (topic resolution, technologyTrend, trendingTechnologies,
// relatedTechnologies, technologyBreakdown) without walking the graph per
// request: the technology catalog with its name keys and hierarchy, and one
// compact record per talk, built on the first question after a write (the
// graph's version moved) and reused until the next one. A request then
// touches only the technologies and talks it asks about (trendingTechnologies:
// every technology's per-year list, never the talks themselves).

interface TalkInfo {
  year: number | null;
  /** its event; should a talk have two, the greatest id (as TalkRow.eventId) */
  eventId: string | null;
  speakerIds: string[];
  technologyIds: string[];
}

interface Built extends Catalog {
  graph: MemoryGraph;
  version: number;
  talks: Map<string, TalkInfo>;
  /** technology -> talks tagged with it directly */
  talksAbout: Map<string, string[]>;
  /** technology -> its talks with a year, by year then id */
  dated: Map<string, { year: number; talkId: string }[]>;
  yearTalks: { year: number; talks: number }[];
  /** talks about at least one technology */
  taggedTalks: number;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** year, unknown last, then id: the order breakdown and related list talks in */
const yearUnknownLast = (a: { year: number | null; id: string }, b: { year: number | null; id: string }) =>
  (a.year ?? 9999) - (b.year ?? 9999) || byCodeUnits(a.id, b.id);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildTalks(mg: MemoryGraph): Pick<Built, 'talks' | 'talksAbout' | 'dated' | 'yearTalks' | 'taggedTalks'> {
  const g = mg.graph;
  const talks = new Map<string, TalkInfo>();
  const talksAbout = new Map<string, string[]>();
  const dated = new Map<string, { year: number; talkId: string }[]>();
  const perYear = new Map<number, number>();
  let taggedTalks = 0;
  for (const talkId of mg.idsOfKind('Talk')) {
    const info: TalkInfo = {
      year: mg.node(talkId)?.props.year ?? null,
      eventId: null,
      speakerIds: [],
      technologyIds: [],
    };
    g.forEachOutEdge(talkId, (e, _attrs, _from, to) => {
      const type = mg.relType(e);
      if (type === 'AT' && (info.eventId === null || to > info.eventId)) info.eventId = to;
      else if (type === 'ABOUT') info.technologyIds.push(to);
    });
    g.forEachInEdge(talkId, (e, _attrs, from) => {
      if (mg.relType(e) === 'GAVE') info.speakerIds.push(from);
    });
    talks.set(talkId, info);
    if (info.technologyIds.length > 0) taggedTalks++;
    for (const tech of info.technologyIds) {
      push(talksAbout, tech, talkId);
      if (info.year !== null) push(dated, tech, { year: info.year, talkId });
    }
    if (info.year !== null) perYear.set(info.year, (perYear.get(info.year) ?? 0) + 1);
  }
  for (const list of dated.values()) list.sort((a, b) => a.year - b.year || byCodeUnits(a.talkId, b.talkId));
  const yearTalks = [...perYear].map(([year, n]) => ({ year, talks: n })).sort((a, b) => a.year - b.year);
  return { talks, talksAbout, dated, yearTalks, taggedTalks };
}

/** The first index of `list` whose year is at least `year` (list sorted by year). */
function firstAtLeast(list: readonly { year: number }[], year: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].year < year) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class AnalysisIndex {
  private built: Built | null = null;
  /** how many times the maps were built: a test's work counter */
  builds = 0;

  private current(mg: MemoryGraph): Built {
    if (this.built?.graph !== mg || this.built.version !== mg.version) {
      this.built = { graph: mg, version: mg.version, ...buildCatalog(mg), ...buildTalks(mg) };
      this.builds++;
    }
    return this.built;
  }

  /** Every technology with its broader links, by id (the same array until the next write: do not change it). */
  technologyRows(mg: MemoryGraph): TechnologyRow[] {
    return this.current(mg).technologies;
  }

  technologiesByKey(mg: MemoryGraph, keys: readonly string[]): TechnologyKeyHit[] {
    const b = this.current(mg);
    const hits: TechnologyKeyHit[] = [];
    for (const key of new Set(keys))
      for (const { id, rank } of b.byKey.get(key) ?? [])
        hits.push({ key, rank, technology: b.rowOf.get(id)!, closureIds: narrowerClosure(b, [id]) });
    return hits;
  }

  /** The distinct talks about any of the ids. */
  private talksOn(b: Built, technologyIds: readonly string[]): Set<string> {
    const talks = new Set<string>();
    for (const tech of technologyIds) for (const talk of b.talksAbout.get(tech) ?? []) talks.add(talk);
    return talks;
  }

  trendCounts(mg: MemoryGraph, groups: readonly (readonly string[])[]): TrendCounts {
    const b = this.current(mg);
    const series = groups.map((ids) => {
      const years = new Map<number, { talkIds: string[]; events: Set<string>; people: Set<string> }>();
      for (const talkId of this.talksOn(b, ids)) {
        const info = b.talks.get(talkId)!;
        if (info.year === null) continue;
        let y = years.get(info.year);
        if (!y) {
          y = { talkIds: [], events: new Set(), people: new Set() };
          years.set(info.year, y);
        }
        y.talkIds.push(talkId);
        if (info.eventId) y.events.add(info.eventId);
        for (const p of info.speakerIds) y.people.add(p);
      }
      return [...years]
        .map(
          ([year, y]): TrendYear => ({
            year,
            talks: y.talkIds.length,
            events: y.events.size,
            people: y.people.size,
            talkIds: y.talkIds.sort(byCodeUnits),
          }),
        )
        .sort((x, z) => x.year - z.year);
    });
    return { yearTalks: b.yearTalks.map((y) => ({ ...y })), series };
  }

  technologyYears(mg: MemoryGraph, from: number, to: number, talkCap: number): TechnologyYears[] {
    const b = this.current(mg);
    const out: TechnologyYears[] = [];
    for (const [technologyId, list] of b.dated) {
      const start = firstAtLeast(list, from);
      const end = firstAtLeast(list, to + 1);
      if (start >= end) continue;
      const years: { year: number; talks: number }[] = [];
      for (let i = start; i < end; i++) {
        const last = years.at(-1);
        if (last?.year === list[i].year) last.talks++;
        else years.push({ year: list[i].year, talks: 1 });
      }
      out.push({
        technologyId,
        name: b.rowOf.get(technologyId)?.name ?? technologyId,
        firstYear: list[0].year,
        years,
        talkIds: list.slice(start, Math.min(end, start + talkCap)).map((t) => t.talkId),
      });
    }
    return out.sort((a, c) => byCodeUnits(a.technologyId, c.technologyId));
  }

  cooccurrence(mg: MemoryGraph, technologyIds: readonly string[], talkCap: number): Cooccurrence {
    const b = this.current(mg);
    const topic = new Set(technologyIds);
    const topicTalks = this.talksOn(b, technologyIds);
    const shared = new Map<string, { year: number | null; id: string }[]>();
    for (const talkId of topicTalks) {
      const info = b.talks.get(talkId)!;
      for (const tech of new Set(info.technologyIds))
        if (!topic.has(tech)) push(shared, tech, { year: info.year, id: talkId });
    }
    const related = [...shared]
      .map(([technologyId, talks]) => ({
        technologyId,
        name: b.rowOf.get(technologyId)?.name ?? technologyId,
        // one ABOUT per talk and technology (the graph holds no parallel edges)
        talks: b.talksAbout.get(technologyId)!.length,
        sharedTalks: talks.length,
        talkIds: talks
          .sort(yearUnknownLast)
          .slice(0, talkCap)
          .map((t) => t.id),
      }))
      .sort((a, c) => byCodeUnits(a.technologyId, c.technologyId));
    return { talks: b.taggedTalks, topicTalks: topicTalks.size, related };
  }

  breakdownCounts(
    mg: MemoryGraph,
    technologyIds: readonly string[],
    by: BreakdownKey,
    talkCap: number,
  ): BreakdownCounts {
    const b = this.current(mg);
    const talks = this.talksOn(b, technologyIds);
    const groups = new Map<string | null, { year: number | null; id: string }[]>();
    const affiliations = new Map<string, string[]>();
    const organizationsOf = (person: string) => {
      let orgs = affiliations.get(person);
      if (!orgs) {
        orgs = [];
        mg.graph.forEachOutEdge(person, (e, _attrs, _from, to) => {
          if (mg.relType(e) === 'AFFILIATED_WITH') orgs!.push(to);
        });
        affiliations.set(person, orgs);
      }
      return orgs;
    };
    for (const talkId of talks) {
      const info = b.talks.get(talkId)!;
      let keys: string[];
      if (by === 'EVENT') keys = info.eventId ? [info.eventId] : [];
      else if (by === 'CITY') {
        const city = info.eventId ? mg.node(info.eventId)?.props.city : null;
        keys = city ? [city] : [];
      } else keys = [...new Set(info.speakerIds.flatMap(organizationsOf))];
      for (const key of keys.length > 0 ? keys : [null]) push(groups, key, { year: info.year, id: talkId });
    }
    return {
      totalTalks: talks.size,
      groups: [...groups].map(([key, list]) => ({
        key,
        talks: list.length,
        talkIds: list
          .sort(yearUnknownLast)
          .slice(0, talkCap)
          .map((t) => t.id),
      })),
    };
  }
}
