import type { Rule } from '../harness';
import { readSpeakers, startsWithSpeaker } from '../speakers';
import { labeledLine } from '../text';

// Programme entries written as labeled lines in any order:
//   嘉宾：钟子期            讲师：叶知秋
//   职位：七牛云 架构师      演讲主题：《Rust 异步运行时》
//   演讲主题：Rust 异步运行时 简介：…
// Each speaker line pairs with the nearest topic line (within six lines) that no
// other speaker line is nearer to.

const SPEAKER = ['嘉宾', '讲师', '分享嘉宾', '演讲嘉宾', '分享人', '演讲者', '主讲人', 'Speaker'];
const TOPIC = ['主题', '议题', '演讲主题', '分享主题', '演讲题目', '题目', 'Topic', 'Title'];
const POSITION = ['职位', '公司', '单位', '公司职位', '头衔', '任职'];

export const labelBlockRule: Rule = {
  name: 'labelBlockRule',
  run(ctx) {
    const labels = [...SPEAKER, ...TOPIC, ...POSITION];
    const found = ctx.lines
      .map((line, i) => ({ i, l: labeledLine(line, labels) }))
      .filter((x): x is { i: number; l: NonNullable<ReturnType<typeof labeledLine>> } => x.l !== null);
    const speakers = found.filter((f) => SPEAKER.some((s) => s.toLowerCase() === f.l.label.toLowerCase()));
    const topics = found.filter((f) => TOPIC.some((s) => s.toLowerCase() === f.l.label.toLowerCase()));
    const positions = found.filter((f) => POSITION.includes(f.l.label));
    const used = new Set<number>();
    for (const sp of speakers) {
      if (!startsWithSpeaker(sp.l.value, ctx)) continue;
      const above = sp.i > 0 ? ctx.lines[sp.i - 1].text.trim() : '';
      const underTitle = above !== '' && !found.some((f) => f.i === sp.i - 1);
      // Nearest first; on a tie the line after the speaker, and a topic another speaker took is taken.
      const nearest = (xs: typeof found) =>
        xs
          .filter((t) => Math.abs(t.i - sp.i) <= 6 && !used.has(t.i))
          // A speaker line right under an unlabeled line (a title: titleBlockRule) pairs
          // only within its own run of lines; a topic across a blank line is another entry's.
          .filter((t) => !underTitle || !between(ctx.lines, sp.i, t.i).some((l) => l.text.trim() === ''))
          .filter((t) => !speakers.some((o) => o !== sp && Math.abs(o.i - t.i) < Math.abs(sp.i - t.i)))
          .sort((a, b) => Math.abs(a.i - sp.i) - Math.abs(b.i - sp.i) || b.i - a.i)[0];
      const topic = nearest(topics);
      if (!topic) continue;
      used.add(topic.i);
      const position = nearest(positions);
      const phrase = position && !/[（(]/.test(sp.l.value) ? `${sp.l.value}（${position.l.value}）` : sp.l.value;
      const names = readSpeakers(ctx, phrase, sp.l.valueStart, 'labelBlockRule');
      if (names.length === 0) continue;
      const title = topic.l.value.replace(/^《|》$/gu, '');
      const span = { start: topic.l.line.start, end: topic.l.line.end };
      ctx.talk({ title, speakers: names, span, bodies: [span], rule: 'labelBlockRule' });
    }
  },
};

function between<T>(xs: T[], a: number, b: number): T[] {
  return xs.slice(Math.min(a, b) + 1, Math.max(a, b));
}
