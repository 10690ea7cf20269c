import type { Lexicon } from '../../lexicon';
import type { Knowledge } from '../knowledge';
import type { Block } from '../layout/blocks';
import type { Annotation } from '../recognize/types';
import type { Span } from '../types';

// Frames compose blocks and their annotations into candidates. A frame reads
// only blocks and annotations (never another frame's candidates), so frames
// run in any order; `decide/` is the one place that weighs them.

export interface SpeakerPhrase {
  /** "张三 · 某某科技 架构师", "Jane Doe (Acme)": a person and what the text says of them */
  text: string;
  /** source offset where the phrase is written */
  offset: number;
  /**
   * the name as the frame read it, when the text alone does not look like one: a handle linked to its profile
   * ("@jdoe"), a one-word name a repeated layout puts in the speaker's place ("Moonfish")
   */
  name?: string;
  /** the phrase is a community handle or nickname (@勾三股四, a linked nickname), not a name of the usual look */
  handle?: boolean;
  /** a label ("演讲者：", "Speaker:") says it is a speaker: a handle or nickname there is a person too */
  labeled?: boolean;
}

export interface TalkCandidate {
  title: string;
  titleSpan: Span;
  speakers: SpeakerPhrase[];
  /** the talk's own text (its title, abstract, section): technologies there are what it is about */
  bodies: Span[];
  /** the block the candidate is anchored on (its title's) */
  block: number;
  frame: string;
  /** 0–1: the frame's own belief */
  score: number;
  /** layout signature: candidates of one programme share it, so repetition can vouch for them */
  shape: string;
  /** event key when the frame saw it under a section that names another event */
  event?: string | null;
  /** people the candidate's document names who give no talk (an episode's hosts and crew) */
  people?: SpeakerPhrase[];
}

export interface FrameEnv {
  blocks: readonly Block[];
  /** annotations per block, sorted by start */
  anns: readonly (readonly Annotation[])[];
  lex: Lexicon;
  kn: Knowledge;
  /** label words (lower case) → key, from the lexicon */
  labels: ReadonlyMap<string, string>;
  /** the document's own title (a heading equal to it is no talk) */
  documentTitle: string | null;
  /** source offset of the document's title where the text writes it (front matter), if it does */
  documentTitleAt?: number | null;
}

export interface Frame {
  name: string;
  run(env: FrameEnv): TalkCandidate[];
}
