import { readBio } from '../bio';
import type { Rule } from '../harness';
import { readSpeakers } from '../speakers';
import type { Span } from '../types';

// Programme blocks of meetup announcements:
//   **《SOFA 三周年 ---- 一起做些有趣的事儿吧！》**
//   **嘉宾介绍**
//   黄挺，蚂蚁集团资深技术专家，目前主要负责…
//   **议题简介** …  **听众收获** …
// The talk is about what its title and abstract name, not what the bio names.

const TITLE_LINE =
  /^\s*(?:#{1,6}\s*)?(?:[-*]\s*)?(?:\*\*)?\s*(?:(?:议题|主题|演讲主题|分享主题|演讲题目|题目|Topic|Title)\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(?=\S)(?!.*《)|(?:(?:议题|主题|演讲主题|分享主题|题目|Topic)\s*[:：]\s*)?《(?=.+》))(.+?)》?\s*(?:\*\*)?\s*$/u;
const SPEAKER_LABEL =
  /^\s*(?:[-*]\s*)?(?:\*\*)?\s*(?:嘉宾介绍|讲师介绍|嘉宾简介|讲师简介|讲师|嘉宾|分享嘉宾|演讲嘉宾|分享者|演讲者|主讲人|讲者|个人简介|Speaker|Bio)\s*(?:\*\*)?\s*[:：]?\s*(?:\*\*)?\s*(.*)$/iu;
const SECTION_LABEL =
  /^\s*(?:\*\*.{2,10}\*\*|#{1,6}\s.*|(?:议题简介|演讲简介|内容简介|议题介绍|演讲摘要|话题简介|听众收获|演讲大纲|Abstract)\s*[:：]?.*)\s*$/iu;

const SPEAKER_FIRST =
  /^\s*[▍■●◆▶►]?\s*(?:\*\*)?\s*(?:讲师|嘉宾|分享嘉宾|演讲嘉宾)[一二三四五六七八九十\d]{1,2}\s*(?:\*\*)?\s*[:：]\s*\S/u;
const ABSTRACT_LABEL =
  /^\s*(?:\*\*)?\s*(?:议题简介|演讲简介|内容简介|议题介绍|演讲摘要|话题简介|摘要|Abstract)\s*(?:\*\*)?\s*[:：]/iu;

export const speakerBioRule: Rule = {
  name: 'speakerBioRule',
  run(ctx) {
    const { lines } = ctx;
    const titles: number[] = [];
    lines.forEach((l, i) => {
      // "《程序员》2012年第12期 目录": a bracketed name that only opens the line is no title line.
      const opensOnly = /^[^《]*《[^》]*》(?:\*\*)?\s*[^\s*《][^《]*$/u.test(l.text);
      // "主题：标题  主讲：名字": the speaker is on the line already (listEntryRule).
      const withSpeaker = /\s(?:主讲人?|讲师|分享人)\s*[:：]/u.test(l.text);
      if (TITLE_LINE.test(l.text) && !opensOnly && !withSpeaker && !/》\s*(?:\*\*)?\s*[-–—|｜]/u.test(l.text))
        titles.push(i);
    });
    titles.forEach((ti, n) => {
      // "嘉宾：… / 演讲主题：…": the speaker came first; labelBlockRule pairs those.
      const above = Math.max(n > 0 ? titles[n - 1] + 1 : 0, ti - 4);
      // A speaker label followed by an abstract label closes the block before this one.
      const near = lines.slice(above, ti);
      const lastSpeaker = near.findLastIndex((l) => SPEAKER_LABEL.test(l.text) && /[:：]\s*\S/u.test(l.text));
      if (lastSpeaker >= 0 && !near.slice(lastSpeaker + 1).some((l) => ABSTRACT_LABEL.test(l.text))) return;
      // "▍讲师一：名字 ⏎ bio ⏎ 议题：《…》": a speaker-first block (titleBlockRule).
      if (near.some((l) => SPEAKER_FIRST.test(l.text))) return;
      const endLine = n + 1 < titles.length ? titles[n + 1] : Math.min(lines.length, ti + 60);
      let bioLine = -1;
      let inline = '';
      for (let i = ti + 1; i < endLine; i++) {
        const m = lines[i].text.match(SPEAKER_LABEL);
        if (!m) continue;
        inline = m[1].trim();
        bioLine = i;
        break;
      }
      if (bioLine < 0) return;
      // The bio: the label's own text, or the next non-empty line.
      let bi = bioLine;
      if (!inline) {
        bi = bioLine + 1;
        while (bi < endLine && lines[bi].text.trim() === '') bi++;
        if (bi >= endLine) return;
      }
      let bio = lines[bi];
      let bioText = inline || bio.text;
      // "**张三**" on its own line, the affiliation on the next: read them as one.
      const bare = bioText.replace(/\*\*/g, '').trim();
      if (!inline && /^\p{Script=Han}{2,4}$|^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/u.test(bare) && bi + 1 < endLine) {
        let n = bi + 1;
        while (n < endLine && lines[n].text.trim() === '') n++;
        if (n < endLine && !SECTION_LABEL.test(lines[n].text)) {
          bioText = `${bare}，${lines[n].text.trim()}`;
          bio = lines[n];
          bi = n;
        }
      }
      const bioStart = inline ? lines[bioLine].start + lines[bioLine].text.indexOf(inline) : bio.start;
      const first = bioText.split(/[。\n]/u)[0];
      const speakers = readSpeakers(ctx, first.split(/[，,]/u).slice(0, 2).join('，'), bioStart, 'speakerBioRule');
      if (speakers.length === 0) return;
      const nameAt = ctx.text.indexOf(speakers[0], bioStart);
      const from = nameAt >= 0 && nameAt < bio.end ? nameAt + speakers[0].length : bio.start;
      if (bio.start > from) readBio(ctx, speakers[0], bio.start, bio.end, 'speakerBioRule');
      else readBio(ctx, speakers[0], from, bio.end, 'speakerBioRule');
      // Bio paragraph ends at the next section label; the rest of the block is the abstract.
      let afterBio = bi + 1;
      while (afterBio < endLine && !SECTION_LABEL.test(lines[afterBio].text) && lines[afterBio].text.trim() !== '')
        afterBio++;
      const title = (lines[ti].text.match(TITLE_LINE)?.[1] ?? '').replace(/\*\*/g, '').replace(/^《|》$/gu, '');
      const bodies: Span[] = [{ start: lines[ti].start, end: lines[ti].end }];
      if (afterBio < endLine) bodies.push({ start: lines[afterBio].start, end: lines[endLine - 1].end });
      ctx.talk({ title, speakers, span: { start: lines[ti].start, end: bio.end }, bodies, rule: 'speakerBioRule' });
    });
  },
};
