import type { Annotation, Recognizer } from './types';

// "讲师：张三", "**议题**：…", "【嘉宾】", "Speaker: …", "Topic 1: …": a field label
// at the start of a block. The value is the label's key from the lexicon.
const LEAD = /^\s*[【[]?\s*([^:：】\]\n]{1,24}?)\s*(?:\d{1,2}|[一二三四五六七八九十])?\s*(?:[:：】\]]|\s[-—–]\s)\s*/u;

export const labelRecognizer: Recognizer = {
  name: 'label',
  kind: 'label',
  run(block, env) {
    const m = block.text.match(LEAD);
    if (!m) return [];
    const word = m[1].trim().replace(/\s*\d+$/, '');
    const key = env.labels.get(word.toLowerCase());
    if (!key) return [];
    const out: Annotation = {
      kind: 'label',
      block: block.index,
      start: 0,
      end: m[0].length,
      value: key,
      recognizer: 'label',
      confidence: 1,
    };
    return [out];
  },
};
