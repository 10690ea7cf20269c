import { lexicon } from '../../lexicon';
import enLabels from '../../lexicon/en/labels.json';
import zhLabels from '../../lexicon/zh/labels.json';
import type { Knowledge } from '../knowledge';
import type { Block } from '../layout/blocks';
import { organizationRecognizer, technologyRecognizer } from './catalog';
import { handleRecognizer } from './handle';
import { labelRecognizer } from './label';
import { personRecognizer } from './person';
import { proseNameRecognizer } from './proseName';
import { roleRecognizer } from './role';
import { roleHandleRecognizer } from './roleHandle';
import { timeRecognizer } from './time';
import { titleRecognizer } from './title';
import type { Annotation, RecognizeEnv, Recognizer } from './types';

export type * from './types';

export const specifiedRecognizers: readonly Recognizer[] = [
  timeRecognizer,
  labelRecognizer,
  personRecognizer,
  roleHandleRecognizer,
  proseNameRecognizer,
  roleRecognizer,
  titleRecognizer,
  technologyRecognizer,
  organizationRecognizer,
  handleRecognizer,
];

/** Label words of every language (lower case) → the key frames read. */
export function labelKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const table of [zhLabels, enLabels])
    for (const [key, words] of Object.entries(table)) {
      if (key.startsWith('_') || !Array.isArray(words)) continue;
      for (const w of words) if (!keys.has(w.toLowerCase())) keys.set(w.toLowerCase(), key);
    }
  return keys;
}

const LABELS = labelKeys();

export function recognizeEnv(kn: Knowledge, catalogHits?: RecognizeEnv['catalogHits']): RecognizeEnv {
  return { lex: lexicon, kn, labels: LABELS, catalogHits };
}

/** Every recognizer over every block; annotations per block, sorted by start once. */
export function annotate(
  blocks: readonly Block[],
  env: RecognizeEnv,
  recognizers: readonly Recognizer[] = specifiedRecognizers,
): Annotation[][] {
  return blocks.map((b) => {
    const anns: Annotation[] = [];
    for (const r of recognizers) anns.push(...r.run(b, env));
    return anns.sort((x, y) => x.start - y.start || y.end - x.end || x.kind.localeCompare(y.kind));
  });
}
