import sessionLinks from '../../lexicon/session-links.json';
import type { InlineLink } from '../layout/inline';
import { escapeRe } from '../text';
import { personEndingLineBefore, sentenceAround } from './linkSentence';
import { phrase, span } from './parts';
import { cleanTitle } from './programmeLine';
import type { Frame, SpeakerPhrase, TalkCandidate } from './types';

// A session named by a link to its programme page, in a sentence that says who gives it:
//   "Check out the [Title](https://x.sched.com/event/abc) session led by Jane Roe and John Poe on June 25th."
//   "Jane Roe will speak on [Title](…/sessions/42)."
// The link text is the title; the people named in the same block, outside the link, are its speakers
// when the block links one session only.

const HOST = new RegExp(`^https?://(?:[\\w-]+\\.)*(?:${sessionLinks.hosts.map(escapeRe).join('|')})(?:/|$)`, 'i');
const NOT_HOST = new RegExp(
  `^https?://(?:[\\w-]+\\.)*(?:${sessionLinks.notHosts.map(escapeRe).join('|')})(?:/|$)`,
  'i',
);
const PATH = new RegExp(
  `^https?://[^/]+.*?(?:/(?:${sessionLinks.pathWords.join('|')})/[\\w%,.~-]+/?$|[?&]func=(?:${sessionLinks.pathWords.join('|')})\\b)`,
  'i',
);
const SPEAKER_PAGE = /\/(?:speakers?|people|presenters?|users?)\//i;
const LINK_LABEL = /^(?:video|videos|slides?|ppt|pdf|recording|here|link|视频|幻灯片|回放)$/i;

export function isSessionLink(href: string): boolean {
  const h = href.replace(/&amp;/g, '&');
  return !NOT_HOST.test(h) && (HOST.test(h) || PATH.test(h)) && !/\.(?:pdf|slide|pptx?|key)(?:[#?]|$)/i.test(h);
}

export const sessionLinkFrame: Frame = {
  name: 'sessionLinkFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    for (const b of env.blocks) {
      if (b.kind === 'heading' || b.text.length > 600) continue;
      const links = b.links.filter((l) => isSessionLink(l.href));
      if (links.length === 0) continue;
      const anns = env.anns[b.index];
      const inside = (a: { start: number; end: number }, l: InlineLink) => a.start < l.end && l.start < a.end;
      for (const l of links) {
        const title = cleanTitle(b.text.slice(l.start, l.end));
        if (title.length < 4 || LINK_LABEL.test(title)) continue;
        // a link to a speaker's page names a person, not a session
        if (SPEAKER_PAGE.test(l.href)) continue;
        const sentence = sentenceAround(b.text, l);
        const people =
          links.length === 1
            ? anns.filter(
                (a) =>
                  a.kind === 'person' &&
                  !links.some((x) => inside(a, x)) &&
                  a.start >= sentence.start &&
                  a.end <= sentence.end,
              )
            : [];
        const before =
          people.length === 0 && links.length === 1 && sentence.start === 0 ? personEndingLineBefore(env, b) : null;
        const speakers: SpeakerPhrase[] = people.length
          ? [{ text: people.map((p) => p.value).join(', '), offset: span(b, people[0].start, people[0].end).start }]
          : before
            ? [phrase(env.blocks[b.index - 1], before.start, before.end)]
            : [];
        out.push({
          title,
          titleSpan: span(b, l.start, l.end),
          speakers,
          bodies: [span(b)],
          block: b.index,
          frame: 'sessionLinkFrame',
          score: speakers.length ? 0.7 : 0.6,
          shape: `sessionLink:${b.kind}`,
        });
      }
    }
    return out;
  },
};
