import type { Block } from '../layout/blocks';
import type { Annotation } from '../recognize/types';
import { type Field, isAffiliationField, isBreak, isPersonField, phrase, span } from './parts';
import { cellSpeakers } from './speakerCell';
import type { Frame, FrameEnv, TalkCandidate } from './types';

// A programme table (Markdown or HTML): columns for time, room, title,
// speaker, company, in any order. A header row names the columns where it
// can (through the label lexicon); otherwise each column is judged by what
// most of its cells hold: times, people, or the longest free text (titles).

type Column = 'time' | 'speaker' | 'topic' | 'organization' | 'other';

export const tableFrame: Frame = {
  name: 'tableFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    const byTable = new Map<number, Block[]>();
    for (const b of env.blocks)
      if (b.kind === 'tableRow' && b.table !== undefined) {
        const rows = byTable.get(b.table) ?? [];
        rows.push(b);
        byTable.set(b.table, rows);
      }
    for (const [id, rows] of byTable) out.push(...readTable(id, rows, env));
    return out;
  },
};

function readTable(id: number, rows: Block[], env: FrameEnv): TalkCandidate[] {
  const header = rows[0].header ? rows[0] : null;
  const body = header ? rows.slice(1) : rows;
  if (body.length === 0) return [];
  const width = Math.max(...body.map((r) => r.cells?.length ?? 0));
  const columns: Column[] = [];
  for (let c = 0; c < width; c++) columns.push(columnOf(c, header, body, env));
  if (!columns.includes('topic')) {
    // no header said which column is the title: the widest free-text column is
    let best = -1;
    let bestLen = 0;
    // an abstract column (sentences) is wider than the title column beside it: pass it over when another will do
    const prose = (c: number) => {
      const filled = body.map((r) => r.cells?.[c]?.text ?? '').filter((t) => t);
      return filled.filter(isProse).length * 3 >= filled.length;
    };
    const free = [...columns.keys()].filter((c) => columns[c] === 'other');
    const titled = free.filter((c) => !prose(c));
    for (const c of titled.length ? titled : free) {
      const len = average(body.map((r) => r.cells?.[c]?.text.length ?? 0));
      if (len > bestLen) {
        best = c;
        bestLen = len;
      }
    }
    if (best >= 0 && bestLen >= 4) columns[best] = 'topic';
  }
  const out: TalkCandidate[] = [];
  for (const row of body) {
    const cells = row.cells ?? [];
    const anns = env.anns[row.index];
    const topic = columns.indexOf('topic');
    if (topic < 0 || !cells[topic]) continue;
    const titleCell = cells[topic];
    let title = titleCell.text;
    const speakers = [];
    for (let c = 0; c < cells.length; c++) {
      if (columns[c] !== 'speaker' || !cells[c].text) continue;
      const org = columns.indexOf('organization');
      speakers.push(...cellSpeakers(row, cells[c], anns, org >= 0 && cells[org]?.text ? cells[org] : null));
    }
    // one cell holding both: "标题 / 张三 某某科技" or "Title<br>Speaker"
    if (speakers.length === 0) {
      const split = titleAndSpeaker(titleCell, anns, env);
      if (split) {
        title = split.title;
        speakers.push(phrase(row, split.speaker.start, split.speaker.end));
      }
    }
    title = title.replace(/[（(][^)）]*(?:blog form|slides?|video)[^)）]*[)）]\s*$/i, '').trim();
    if (title.length < 2 || (speakers.length === 0 && isBreak(title))) continue;
    out.push({
      title,
      titleSpan: span(row, titleCell.start, titleCell.end),
      speakers,
      bodies: [span(row)],
      block: row.index,
      frame: 'tableFrame',
      score: speakers.length > 0 ? 0.9 : 0.4,
      shape: `table:${id}`,
    });
  }
  return out;
}

function columnOf(c: number, header: Block | null, body: Block[], env: FrameEnv): Column {
  const head = header?.cells?.[c]?.text.trim().toLowerCase().replace(/\*/g, '');
  if (head) {
    const key = env.labels.get(head);
    if (key === 'speaker' || key === 'host') return 'speaker';
    if (key === 'topic') return 'topic';
    if (key === 'time') return 'time';
    if (key === 'organization') return 'organization';
    if (key === 'place' || key === 'abstract' || key === 'bio') return 'other';
  }
  let times = 0;
  let people = 0;
  let filled = 0;
  for (const r of body) {
    const cell = r.cells?.[c];
    if (!cell || !cell.text) continue;
    filled++;
    const anns = env.anns[r.index].filter((a) => a.start >= cell.start && a.end <= cell.end);
    if (anns.some((a) => a.kind === 'time' && a.start <= cell.start + 2)) times++;
    else if (isPersonField(cell, anns)) people++;
  }
  if (filled === 0) return 'other';
  if (times >= filled * 0.6) return 'time';
  if (people >= filled * 0.5) return 'speaker';
  return 'other';
}

function titleAndSpeaker(cell: Field, anns: readonly Annotation[], env: FrameEnv) {
  const inCell = anns.filter((a) => a.start >= cell.start && a.end <= cell.end);
  const people = inCell.filter((a) => a.kind === 'person');
  const last = people[people.length - 1];
  if (!last || last.start <= cell.start + 2) return null;
  const before = cell.text.slice(0, last.start - cell.start).replace(/[\s/|｜\-–—:：]+$/u, '');
  if (before.length < 4) return null;
  const speaker = { start: last.start, end: cell.end, text: cell.text.slice(last.start - cell.start) };
  if (!isPersonField(speaker, inCell) && !isAffiliationField(speaker, inCell, env)) return null;
  return { title: before, speaker };
}

const average = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** A cell written in sentences (an abstract): long, with sentence or clause punctuation inside. */
function isProse(text: string): boolean {
  return [...text].length > 40 && /[。！？；，,]|[.!?](?=\s)/u.test(text.slice(0, -1));
}
