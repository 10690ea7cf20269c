import type { Annotation, Recognizer } from './types';

// Stretches that look like a title on their own: quoted (《…》「…」“…”), the
// text of a link to slides or a video, or a bold run. Frames decide whether a
// title is a talk's; this only says where titles are written.

const QUOTED =
  /《([^《》\n]{2,120})》|「([^「」\n]{2,120})」|“([^“”\n]{4,160})”|"([^"\n]{4,160})"|<<([^<>\n]{2,120})>>/gu;
const NOT_TITLE =
  /^(?:video|videos?|slides?|slide deck|ppt|pdf|source|code|link|here|视频|ppt下载|幻灯片|链接|下载|回放|直播|点击这里|原文)$/i;

export const titleRecognizer: Recognizer = {
  name: 'title',
  kind: 'title',
  run(block) {
    const out: Annotation[] = [];
    const t = block.text;
    const add = (start: number, end: number, confidence: number, recognizer: string) => {
      const value = t.slice(start, end).trim();
      if (value.length >= 2 && !NOT_TITLE.test(value))
        out.push({ kind: 'title', block: block.index, start, end, value, recognizer, confidence });
    };
    for (const m of t.matchAll(QUOTED)) {
      // "<<标题>>" opens with two characters
      const start = (m.index ?? 0) + (m[5] !== undefined ? 2 : 1);
      add(
        start,
        start + (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]).length,
        /^(?:《|<<)/.test(m[0]) ? 0.95 : 0.6,
        'title.quoted',
      );
    }
    for (const l of block.links) add(l.start, l.end, 0.5, 'title.link');
    for (const s of block.strong) add(s.start, s.end, 0.4, 'title.strong');
    return out;
  },
};
