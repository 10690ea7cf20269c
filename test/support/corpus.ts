import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The corpora the end-to-end tests ingest, with what a reader finds in each.
// The demo corpus (we wrote it, made-up people) is always in the repository,
// so a fresh clone runs every test; the real seed corpus beside the project
// (../shared/corpus) is added when it is there, and CI must have it.

export interface Corpus {
  name: 'demo' | 'seed';
  dir: string;
  documents: number;
  /** people who spoke about Docker (among others) */
  dockerSpeakers: string[];
  /** people who spoke about containers, counting narrower technologies like Docker */
  containerSpeakers: string[];
  /** someone who spoke about Raft */
  raftSpeaker: string;
  /** two people a path joins, in at most 4 hops */
  path: [string, string];
  /** Docker talks across all years, at least */
  dockerTalks: number;
  /** one document and a person it names */
  sample: { file: string; person: string };
}

const ROOT = resolve(__dirname, '..', '..', '..');

export const DEMO: Corpus = {
  name: 'demo',
  dir: join(ROOT, 'demo', 'corpus'),
  documents: 8,
  dockerSpeakers: ['周雨桐'],
  containerSpeakers: ['周雨桐', '林书恒'],
  raftSpeaker: '赵明远',
  path: ['陈昊然', '邵晨'],
  dockerTalks: 2,
  sample: { file: '2018-07-container-day-shenzhen-recap.md', person: '马晓川' },
};

export const SEED: Corpus = {
  name: 'seed',
  dir: resolve(ROOT, '..', 'shared', 'corpus'),
  documents: 5,
  dockerSpeakers: ['刘永峰', '徐立'],
  containerSpeakers: ['刘永峰', '徐立'],
  raftSpeaker: '刘奇',
  path: ['刘奇', '许式伟'],
  dockerTalks: 3,
  sample: { file: '003_bdf7a59790851195.txt', person: '刘永峰' },
};

export const hasSeedCorpus = existsSync(SEED.dir);
if (process.env.CI && !hasSeedCorpus) throw new Error(`CI runs the seed-corpus tests too, but ${SEED.dir} is missing`);

/** Every corpus present: tests over real documents run on each. */
export const CORPORA: readonly Corpus[] = hasSeedCorpus ? [DEMO, SEED] : [DEMO];
/** The one corpus a slow test (a browser) uses: the richer seed corpus when present. */
export const RICHEST: Corpus = hasSeedCorpus ? SEED : DEMO;
