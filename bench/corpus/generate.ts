import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Random } from './random';

// A deterministic corpus of the genre for the benchmark: meetup agendas with
// repeat speakers (a few speak often, most once), recurring event series over
// the years, technologies from our catalogs whose popularity drifts by year,
// and speakers with a stable employer and role. Every person and company is
// made up (bench/corpus/pools.json). Documents are produced one at a time, so
// 100k of them never sit in memory together.

interface Brand {
  name: string;
  organizer: string;
}

interface Pools {
  surnames: string[];
  given: string[];
  nameSuffixes: string[];
  companies: string[];
  roles: string[];
  brands: Brand[];
  cities: string[];
  venues: string[];
  titles: string[];
  abstracts: string[];
  technologies: string[];
}

export interface CorpusOptions {
  /** how many documents */
  documents: number;
  /** same seed, same corpus; default 1 */
  seed?: number;
  /** first and last year events take place in; default 2010–2024 */
  fromYear?: number;
  toYear?: number;
}

export interface GeneratedDocument {
  /** a relative path, e.g. `2014/000123-码岛-gopher-meetup-第-3-期.md` */
  path: string;
  text: string;
}

interface Person {
  name: string;
  company: string;
  role: string;
}

const POOLS_FILE = resolve(__dirname, '..', '..', '..', 'bench', 'corpus', 'pools.json');

let pools: Pools | null = null;
/** The name pools; read once (knowledge lives in the data file, not here). */
export function corpusPools(): Pools {
  pools ??= JSON.parse(readFileSync(POOLS_FILE, 'utf8')) as Pools;
  return pools;
}

/** The i-th made-up person: distinct names for i below surnames × given × (suffixes + 1). */
function personName(p: Pools, i: number): string {
  const s = p.surnames.length;
  const g = p.given.length;
  // (i % s, (i + i / s) % g) walks every surname-given pair once before any repeats
  const base = p.surnames[i % s] + p.given[(i + Math.floor(i / s)) % g];
  const round = Math.floor(i / (s * g));
  return round === 0 ? base : base + p.nameSuffixes[(round - 1) % p.nameSuffixes.length];
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The documents of a corpus of `documents` agendas, in order. The people pool
 * grows with the corpus (about one person per 1.5 talks), so speakers recur at
 * every size the way they do in a real archive.
 */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedDocument> {
  const p = corpusPools();
  const random = new Random(options.seed ?? 1);
  const fromYear = options.fromYear ?? 2010;
  const toYear = options.toYear ?? 2024;
  const years = toYear - fromYear + 1;
  const peopleCount = Math.max(20, Math.round(options.documents * 3));
  const people = new Map<number, Person>();
  const person = (i: number): Person => {
    let found = people.get(i);
    if (!found) {
      // each person's employer and role are drawn from their own seed: stable across documents
      const own = new Random((options.seed ?? 1) * 7919 + i);
      found = { name: personName(p, i), company: own.pick(p.companies), role: own.pick(p.roles) };
      people.set(i, found);
    }
    return found;
  };
  const editions = new Map<string, number>();
  for (let d = 0; d < options.documents; d++) {
    const year = fromYear + Math.floor((d * years) / Math.max(1, options.documents));
    const brand = p.brands[random.skewed(p.brands.length)];
    const city = p.cities[random.skewed(p.cities.length)];
    const edition = (editions.get(brand.name) ?? 0) + 1;
    editions.set(brand.name, edition);
    const month = 1 + random.int(12);
    const day = 1 + random.int(28);
    const date = `${year}-${pad(month, 2)}-${pad(day, 2)}`;
    const eventName = `${brand.name} 第 ${edition} 期`;
    const talks = 3 + random.int(4);
    // technologies drift: each year favours a different stretch of the list
    const techAt = () => p.technologies[(random.skewed(p.technologies.length) + year * 3) % p.technologies.length];
    const lines: string[] = [];
    lines.push('---', `title: "${eventName}：${city}站"`, `date: ${date}T10:00:00+08:00`);
    lines.push(`source: "https://example.org/bench/${d}"`, `author: ${brand.organizer}`, '---', '');
    lines.push(`${eventName}将于 ${year} 年 ${month} 月 ${day} 日在${city}举办，${talks} 位讲师带来一线实践经验。`, '');
    lines.push(`时间：${year} 年 ${month} 月 ${day} 日 13:30-17:30\\`);
    lines.push(`地点：${city}${random.pick(p.venues)}\\`, `主办：${brand.organizer}`, '', '## 议程', '');
    lines.push('13:30-14:00 签到', '');
    for (let t = 0; t < talks; t++) {
      const speaker = person(random.skewed(peopleCount));
      const tech = techAt();
      let tech2 = techAt();
      if (tech2 === tech) tech2 = p.technologies[(p.technologies.indexOf(tech) + 1) % p.technologies.length];
      const values = { tech, tech2, company: speaker.company, year: String(year) };
      const start = 14 * 60 + t * 50;
      const slot = `${pad(Math.floor(start / 60), 2)}:${pad(start % 60, 2)}-${pad(Math.floor((start + 45) / 60), 2)}:${pad((start + 45) % 60, 2)}`;
      lines.push(
        `${slot} ${fill(random.pick(p.titles), values)}——${speaker.name}（${speaker.company} ${speaker.role}）\\`,
      );
      lines.push(fill(random.pick(p.abstracts), values), '');
    }
    lines.push(`## 关于${brand.organizer}`, '', `${brand.organizer}是${city}本地的开发者社区，定期举办线下活动。`, '');
    const slug = `${brand.name}-${edition}`.replace(/\s+/g, '-');
    yield { path: join(String(year), `${pad(d, 6)}-${slug}.md`), text: lines.join('\n') };
  }
}
