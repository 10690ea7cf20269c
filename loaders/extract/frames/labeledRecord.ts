import type { Block } from '../layout/blocks';
import { blocksSpan, phrase, span } from './parts';
import { cleanTitle } from './programmeLine';
import type { Frame, FrameEnv, SpeakerPhrase, TalkCandidate } from './types';

// A programme written as labeled fields, one per line, in any order:
//   **讲师**：张三，某某科技架构师      Topic: Title
//   **议题**：标题                    Speaker: Jane Doe (Acme)
//   **简介**：…                       Abstract: …
// A record ends where a label it already has comes again, or at a heading.

interface Record {
  topic?: { block: Block; start: number };
  speakers: SpeakerPhrase[];
  from: number;
  to: number;
}

export const labeledRecordFrame: Frame = {
  name: 'labeledRecordFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    let rec: Record | null = null;
    const close = () => {
      if (rec?.topic && rec.speakers.length) out.push(toCandidate(rec, env));
      rec = null;
    };
    for (const b of env.blocks) {
      if (b.kind === 'heading') {
        close();
        continue;
      }
      const label = env.anns[b.index].find((a) => a.kind === 'label' && a.start === 0);
      if (!label) {
        if (rec) (rec as Record).to = b.index + 1;
        continue;
      }
      const value = b.text.slice(label.end).trim();
      if (label.value !== 'topic' && label.value !== 'speaker') {
        if (rec) (rec as Record).to = b.index + 1;
        continue;
      }
      const r: Record | null = rec;
      if (!r || (label.value === 'topic' && r.topic) || (label.value === 'speaker' && r.speakers.length && r.topic)) {
        close();
        rec = { speakers: [], from: b.index, to: b.index + 1 };
      }
      const cur = rec as unknown as Record;
      cur.to = b.index + 1;
      if (!value) continue;
      if (label.value === 'topic') cur.topic = { block: b, start: label.end };
      // labeled: a one-word name or a nickname ("主讲人：Arch") is a person too, as the label says
      else cur.speakers.push({ ...phrase(b, label.end, b.text.length), labeled: true });
    }
    close();
    return out;
  },
};

function toCandidate(rec: Record, env: FrameEnv): TalkCandidate {
  const t = rec.topic as { block: Block; start: number };
  const body = blocksSpan(env.blocks, rec.from, rec.to);
  return {
    title: cleanTitle(t.block.text.slice(t.start)),
    titleSpan: span(t.block, t.start),
    speakers: rec.speakers,
    bodies: body ? [body] : [span(t.block)],
    block: t.block.index,
    frame: 'labeledRecordFrame',
    score: 0.9,
    shape: 'record',
  };
}
