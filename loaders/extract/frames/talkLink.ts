import talkLinks from '../../lexicon/talk-links.json';
import type { Block } from '../layout/blocks';
import { escapeRe } from '../text';
import { span } from './parts';
import { cleanTitle } from './programmeLine';
import type { Frame, FrameEnv, TalkCandidate } from './types';

// A talk named by a link's text in show notes or a list of links, as video sites and blogs title one:
//   - [FooCon 2031: Jane Roe - Widgets at Scale (video)](https://video.example/…)
//   - [Jane Roe's talk at FooConf: Widgets at Scale (2031)](https://conf.example/…)
// The link stands alone in its item; the event it names (with the year) is the talk's, so
// rules/linkedEventRule.ts records it after the document's own event is known.

const YEAR = '(?:19|20)\\d\\d';
const MEDIA = new RegExp(`\\s*[(（](?:${talkLinks.mediaTags.map(escapeRe).join('|')})[)）]\\s*$`, 'iu');
const WORDS = [...talkLinks.talkWords]
  .sort((a, b) => b.length - a.length)
  .flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)])
  .map(escapeRe)
  .join('|');
// "FooCon 2031: Jane Roe - Title"
const EVENT_FIRST = new RegExp(
  `^([A-Z\\p{Script=Han}][\\p{L}\\d.&' -]{1,40}?\\s${YEAR}):\\s+([^:\\-–—]{2,40}?)\\s+[-–—|]\\s+(\\S.{2,150})$`,
  'u',
);
// "Jane Roe's talk at FooConf: Title (2031)", "Jane Roe talk at FooConf, Title (2031)"
const SPEAKER_FIRST = new RegExp(
  `^([A-Z][\\p{L}.-]{1,20}(?: [A-Z][\\p{L}.-]{1,20}){0,2}?)(?:['’]s)?\\s+(?:${WORDS})\\s+at\\s+([A-Z][\\p{L}\\d.&' -]{1,40}?)[:,]\\s+(\\S.{2,150}?)\\s*\\((${YEAR})\\)$`,
  'u',
);

export const talkLinkFrame: Frame = {
  name: 'talkLinkFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    for (const b of env.blocks) {
      if (b.kind !== 'listItem' || b.links.length !== 1 || b.text.length > 240) continue;
      const l = b.links[0];
      // the link is the item ("- Jane - [Title](…)" names its speaker otherwise)
      if (b.text.slice(0, l.start).trim() !== '' || b.text.slice(l.end).trim().length > 2) continue;
      const c = read(b, env, l.start, l.end);
      if (c) out.push(c);
    }
    return out;
  },
};

function read(b: Block, env: FrameEnv, start: number, end: number): TalkCandidate | null {
  const text = b.text.slice(start, end).replace(MEDIA, '');
  const a = text.match(EVENT_FIRST);
  const s = a ? null : text.match(SPEAKER_FIRST);
  if (!a && !s) return null;
  const [event, speaker, title] = a ? [a[1], a[2], a[3]] : [`${s?.[2]} ${s?.[4]}`, s?.[1] ?? '', s?.[3] ?? ''];
  const at = start + text.indexOf(speaker);
  // the speaker is a person the recognizers read, or (speaker first) the one word before "'s talk"
  const person = env.anns[b.index].some((x) => x.kind === 'person' && x.start <= at && x.end >= at + speaker.length);
  if (!person && (a || speaker.includes(' '))) return null;
  const t = cleanTitle(title);
  if (t.length < 3) return null;
  const titleAt = start + text.lastIndexOf(title);
  return {
    title: t,
    titleSpan: span(b, titleAt, titleAt + title.length),
    speakers: [{ text: speaker, offset: span(b, at, at + speaker.length).start, ...(person ? {} : { name: speaker }) }],
    bodies: [span(b)],
    block: b.index,
    frame: 'talkLinkFrame',
    score: 0.7,
    shape: `talkLink:${b.level}`,
    event: event.trim(),
  };
}
