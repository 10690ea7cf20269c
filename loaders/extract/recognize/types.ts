import type { Lexicon } from '../../lexicon';
import type { Knowledge, OrgRef, TechRef } from '../knowledge';
import type { Block } from '../layout/blocks';
import type { Hit } from '../matcher';

// What a recognizer says about a stretch of one block's plain text. Recognizers
// never read each other's output: each looks at the text alone, so they can
// run in any order (tested by shuffling them).

export type AnnotationKind = 'time' | 'person' | 'handle' | 'organization' | 'role' | 'title' | 'technology' | 'label';

export interface Annotation {
  kind: AnnotationKind;
  block: number;
  /** range of the block's plain text */
  start: number;
  end: number;
  /** the words as they stand, or a normalized value (a person's name, a label's key) */
  value: string;
  recognizer: string;
  /** 0–1: how sure the recognizer is on its own */
  confidence: number;
}

export interface RecognizeEnv {
  lex: Lexicon;
  kn: Knowledge;
  /** label words (lower case) → key (speaker, topic, abstract, bio, time, place, host, organization) */
  labels: Map<string, string>;
  /**
   * The catalogs' names found once in the whole document text (source offsets, by start), which
   * the catalog recognizers map onto each block instead of scanning it again; absent, they scan the block.
   */
  catalogHits?: { technology: readonly Hit<TechRef>[]; organization: readonly Hit<OrgRef>[] };
}

export interface Recognizer {
  name: string;
  kind: AnnotationKind;
  run(block: Block, env: RecognizeEnv): Annotation[];
}
