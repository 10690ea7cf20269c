import type { Annotation, Recognizer } from './types';

// Programme times: "09:00-10:00", "9:10 AM - 9:35 AM", "14:00～14:40", "下午 2:00", "`13:30`".
const CLOCK = String.raw`(?:[01]?\d|2[0-3])\s*[:：]\s*[0-5]\d(?:\s*(?:AM|PM|am|pm|a\.m\.|p\.m\.))?`;
const TIME = new RegExp(
  String.raw`(?:(?:上午|下午|晚上|中午)\s*)?(?<![\d:：.@])${CLOCK}(?:\s*(?:-|–|—|~|～|〜|至|到|to)\s*${CLOCK})?(?![\d])`,
  'g',
);

export const timeRecognizer: Recognizer = {
  name: 'time',
  kind: 'time',
  run(block) {
    const out: Annotation[] = [];
    for (const m of block.text.matchAll(TIME)) {
      const start = m.index ?? 0;
      // "[01:01]", "(12:30)": a timestamp in a recording's notes, not a slot in a programme
      if (/^[\])）]/.test(block.text.slice(start + m[0].length)) && /[[(（]$/.test(block.text.slice(0, start)))
        continue;
      out.push({
        kind: 'time',
        block: block.index,
        start,
        end: start + m[0].length,
        value: m[0],
        recognizer: 'time',
        confidence: /[-–—~～〜至到]|to/.test(m[0]) ? 1 : 0.8,
      });
    }
    return out;
  },
};
