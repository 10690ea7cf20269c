import type { Annotation, Recognizer } from './types';

// "@勾三股四 的「…」", "「…」 by @goroutine": a community handle written with @ in running text. The value is the
// handle without its @. An @ right after a letter or digit is an e-mail address, not a handle.

const HANDLE =
  /(?<![\p{L}\p{N}_.@/])[@＠]([\p{Script=Han}]{1,8}|[A-Za-z][\w.-]{0,30}[\w]|[A-Za-z])(?![\p{L}\p{N}_@])/gu;

export const handleRecognizer: Recognizer = {
  name: 'handle',
  kind: 'handle',
  run(block) {
    const out: Annotation[] = [];
    for (const m of block.text.matchAll(HANDLE)) {
      const start = m.index ?? 0;
      out.push({
        kind: 'handle',
        block: block.index,
        start,
        end: start + m[0].length,
        value: m[1],
        recognizer: 'handle',
        confidence: 0.7,
      });
    }
    return out;
  },
};
