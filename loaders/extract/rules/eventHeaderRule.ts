import { normalizeName } from '../../../src/model/ids';
import { type DateContext, findDates } from '../dates';
import {
  hasProgramme,
  headerDateLine,
  labeledValues,
  looksLikeOrg,
  seriesFromCategories,
  spanOf,
  stripTitle,
} from '../eventParts';
import { dominantBrand, findBrands, hasKindWord } from '../events';
import type { Rule, RuleContext } from '../harness';
import { cityIn, venueOf } from '../places';
import { escapeRe, sentences } from '../text';
import type { EventMention } from '../types';

// The event a document is about: its name from a theme line (活动主题：…), a
// descriptive title ("Techparty-深圳 10 月 18 日 Docker 专场沙龙活动总结") or
// the recurring brand plus edition ("ECUG Con 2015", "ArchSummit 深圳 2018");
// dates and place from 时间/地点 lines, announcement sentences ("将于 … 举行"),
// the title, or the sentence that names the brand.

export const eventHeaderRule: Rule = {
  name: 'eventHeaderRule',
  run(ctx) {
    const { text, lex } = ctx;
    const title = (ctx.doc.meta.title ?? '').trim();
    const brands = findBrands(text, lex);
    const inTitle = new Set(findBrands(title, lex).map((b) => normalizeName(b.brand)));
    const dominant = dominantBrand(brands, inTitle);
    // "KubeCon China" written twice names the edition better than the bare "KubeCon" of a joint title
    const regional = dominant
      ? brands.filter(
          (b) => b.brand.startsWith(`${dominant} `) && lex.brandRegions.has(b.brand.slice(dominant.length + 1)),
        )
      : [];
    const titled = findBrands(title, lex).find((b) => regional.some((r) => r.brand === b.brand));
    // …of the same edition: "PyCon APAC 2015" on a PyCon 2014 page is another event
    const knownYear =
      brands.find((b) => dominant && b.year && normalizeName(b.brand) === normalizeName(dominant))?.year ??
      ctx.dates.year;
    const oneRegion =
      regional.length >= 2 &&
      regional.every((r) => r.brand === regional[0].brand && (!r.year || !knownYear || r.year === knownYear));
    const series = titled?.brand ?? (oneRegion ? regional[0].brand : dominant);
    const labeled = labeledValues(ctx);
    const theme = labeled.theme;
    const cleanedTitle = stripTitle(ctx, title);
    const cities = lex.cities.join('|');
    // "QCon 北京 2019", "DevOpsDays 成都 2021", "GopherChina 2019 上海": the edition as written.
    const edition = series
      ? text.match(
          new RegExp(
            `${escapeRe(series).replace(/\\? /g, '\\s*')}\\s*[-·]?\\s*(?:(${cities})\\s*[-·]?\\s*((?:19|20)\\d\\d)|((?:19|20)\\d\\d)\\s*[-·]?\\s*(${cities}))(?![站\\d])`,
          ),
        )
      : null;

    // Dates: labeled line, then announcement, then title, then a sentence naming the brand.
    // Undated "7 月 6-9 日" takes the year of the edition ("ArchSummit2018") when the document has none.
    const brandYear =
      brands.find((b) => series && normalizeName(b.brand) === normalizeName(series) && b.year)?.year ?? null;
    const editionYear = edition ? +(edition[2] ?? edition[3]) : null;
    const dctx = { year: ctx.dates.year ?? brandYear ?? editionYear, month: ctx.dates.month };
    const titleDate = findDates(title, dctx)[0];
    let date = labeled.time ? findDates(labeled.time.value, dctx)[0] : titleDate;
    let dateSpan = labeled.time ? { start: labeled.time.valueStart, end: labeled.time.line.end } : null;
    const seriesRe = series ? new RegExp(escapeRe(series).replace(/\\? /g, '\\s*'), 'i') : null;
    if (!date) {
      for (const s of sentences(text, ctx.doc.bodyStart)) {
        const announces =
          /将于|将在|于.{0,30}(举行|举办|召开)/u.test(s.text) && /举行|举办|召开|开幕|开幕|落地/u.test(s.text);
        if (!announces && !seriesRe?.test(s.text)) continue;
        const d = findDates(text, dctx, s.start, s.end)[0];
        if (d && (announces || !date)) {
          date = d;
          dateSpan = { start: s.start, end: s.end };
          if (announces) break;
        }
      }
    }

    if (!date) {
      // "2031年1月4日，某实验室组织了第一次技术 Meetup": the page's summary in its front matter
      const fm = ctx.doc.frontMatter ?? {};
      const key = Object.keys(fm).find((k) => lex.frontMatterSummaryKeys.includes(k.toLowerCase()));
      const summary = key ? fm[key] : null;
      const d = typeof summary === 'string' ? findDates(summary, dctx).find((x) => x.yearWritten) : undefined;
      if (d) date = d;
    }

    if (!date) {
      // An agenda page says when near its top ("12 月 2 日 - 3 日，北京国际会议中心").
      // (not the page's own "Date:" header line: eventPlaceRule falls back to it)
      const own = headerDateLine(ctx)?.line;
      const top = findDates(text, dctx, ctx.doc.bodyStart, Math.min(text.length, ctx.doc.bodyStart + 600)).find(
        (d) => !own || d.start >= own.end || d.end <= own.start,
      );
      if (top) {
        date = top;
        dateSpan = { start: top.start, end: top.end };
      }
    }

    // Name.
    let name: string | null = null;
    const aliases: string[] = [];
    let city: string | null = null;
    const titleWithoutBrands = findBrands(cleanedTitle, lex).reduceRight(
      (t, b) => t.slice(0, b.start) + t.slice(b.end),
      cleanedTitle,
    );
    const kindInTitle =
      hasKindWord(titleWithoutBrands, lex) && !lex.notEventWords.some((w) => cleanedTitle.includes(w));
    const brandThenKind =
      series && new RegExp(`${escapeRe(series)}\\s*\\p{Script=Han}{0,8}(大会|峰会|年会)`, 'u').test(cleanedTitle);
    if (theme) {
      const short = theme.value.split(/[，,！!。|｜]/u)[0].trim();
      name = short.length >= 4 ? short : theme.value;
      if (name !== theme.value) aliases.push(theme.value);
    } else if (kindInTitle && !brandThenKind && !edition && cleanedTitle.length <= 40) {
      // "第 12 期 Gopher 北京 Meetup：云原生与 Go" — the event, not the evening's topic.
      const head = cleanedTitle.split(/\s*[:：|｜]\s*/u)[0];
      name = hasKindWord(head, lex) && head.length >= 4 ? head : cleanedTitle;
      if (name !== cleanedTitle) aliases.push(cleanedTitle);
    } else if (
      series &&
      new RegExp(`^${escapeRe(series)}(?:\\s*[+&]?\\s+[A-Za-z\\p{Script=Han}]+){0,8}\\s*(?:19|20)\\d\\d$`, 'u').test(
        cleanedTitle,
      )
    ) {
      // "GopherCon China 2019", "KubeCon + CloudNativeCon China 2019": the title is the edition's name.
      name = cleanedTitle;
    } else if (series) {
      const withYear = brands.find((b) => normalizeName(b.brand) === normalizeName(series) && b.year);
      const year = withYear?.year ?? (date ? +date.startDate.slice(0, 4) : ctx.dates.year);
      // "QCon 上海站", "QCon 全球软件开发大会（上海站）".
      const station = text.match(new RegExp(`${escapeRe(series)}(?:\\s*|[^\\n（(]{0,16}[（(])(${cities})站`, 'u'));
      if (edition) {
        city = edition[1] ?? edition[4];
        aliases.push(edition[0]);
      } else if (station) {
        city = station[1];
        aliases.push(station[0]);
      }
      // "Infra Meetup No.112 上海站", "… 第 62 期": a numbered meetup is named by its number.
      const numberedAll = edition
        ? []
        : [
            ...`${title}\n${text}`.matchAll(
              new RegExp(
                `${escapeRe(series)}\\s*(No\\.\\s*\\d{1,4}|第\\s*\\d{1,4}\\s*期|#\\s*\\d{1,4}|\\d{1,3}(?:st|nd|rd|th)(?![A-Za-z]))(?:\\s*(${cities})站)?`,
                'gu',
              ),
            ),
          ];
      const numbered = numberedAll.find((m) => m[2]) ?? numberedAll[0] ?? null;
      // "第四届 CSS Conf", "4th Foo Conf": an edition counted before the brand
      const ordinal =
        edition || numbered
          ? null
          : (text.match(new RegExp(`(第\\s*[一二三四五六七八九十百\\d]{1,4}\\s*届)\\s*${escapeRe(series)}`, 'u')) ??
            title.match(new RegExp(`(?<![A-Za-z\\d])(\\d{1,3}(?:st|nd|rd|th))\\s+${escapeRe(series)}`, 'u')));
      if (numbered?.[2]) city ??= numbered[2];
      name = edition
        ? [series, city, edition[2] ?? edition[3]].join(' ')
        : numbered
          ? `${series} ${numbered[1]}${numbered[2] ? ` ${numbered[2]}站` : ''}`
          : ordinal
            ? `${ordinal[1].replace(/\s+/g, '')} ${series}`
            : [series, city, year].filter(Boolean).join(' ');
      if (ordinal) aliases.push([series, city, year].filter(Boolean).join(' '));
      if (numbered) aliases.push(`${series} ${numbered[1]}`, [series, city, year].filter(Boolean).join(' '));
      if (withYear) aliases.push(text.slice(withYear.start, withYear.end).trim());
      for (const b of brands)
        if (normalizeName(b.brand) === normalizeName(series) && b.brand !== series) aliases.push(b.brand);
    }
    let fromPlainTitle = false;
    // "专访某某：…" heads an interview, which is no event (it may cover one the lead names).
    const interview = /^(?:独家)?(?:专访|访谈|对话|人物)\s*[|｜:：]?/u.test(cleanedTitle);
    if (!name && !interview && hasProgramme(ctx, labeled) && cleanedTitle.length >= 4 && cleanedTitle.length <= 60) {
      // An agenda or speaker list under a plain title ("周六下午的技术分享") is still an event
      // (eventAnnouncementRule renames it when a sentence announces the event by name).
      name = cleanedTitle.split(/\s*[:：|｜]\s*/u)[0] || cleanedTitle;
      fromPlainTitle = true;
    }
    if (!name) return;
    // "云原生技术沙龙·杭州站": the station is the city, not part of the name.
    const station = name.match(new RegExp(`^(.{4,}?)\\s*[·\\-|｜]?\\s*(${cities})站$`, 'u'));
    if (station) {
      aliases.push(name);
      name = station[1];
      city ??= station[2];
    }
    // "ArchDay 技术沙龙（杭州站）2021": the same, in parentheses inside the name.
    const inner = name.match(new RegExp(`\\s*[（(](${cities})(?:站|场)[)）]\\s*`, 'u'));
    if (inner) {
      aliases.push(name);
      name = `${name.slice(0, inner.index)} ${name.slice((inner.index ?? 0) + inner[0].length)}`
        .replace(/\s+/g, ' ')
        .trim();
      city ??= inner[1];
    }

    // Place.
    let venue: string | null = null;
    const placeSaid = labeled.place
      ? null
      : text
          .slice(ctx.doc.bodyStart, ctx.doc.bodyStart + 3000)
          .match(/地点(?:在|是|为|位于|[:：])\s*([^，,。；;\n]{2,40})/u);
    if (placeSaid) {
      city = cityIn(placeSaid[1], lex) ?? city;
      venue = venueOf(placeSaid[1], city);
    }
    if (labeled.place) {
      city = cityIn(labeled.place.value, lex) ?? city;
      venue = venueOf(labeled.place.value, city);
    }
    if (!city) {
      // A header line "2018年11月23日-24日 | 深圳 · 某酒店", "June 24-26, 2019 | Some Expo Centre 某中心".
      const fromDateLine = dateLinePlace(ctx, dctx, title);
      if (fromDateLine) {
        city = fromDateLine.city;
        venue ??= fromDateLine.venue;
      }
    }
    city ??= cityIn(name, lex) ?? cityIn(cleanedTitle, lex);
    if (!city || !venue) {
      for (const s of sentences(text, ctx.doc.bodyStart)) {
        const held = s.text.match(/在\s*([^\s，,。在]{2,30}?)\s*(?:成功地?|隆重)?(?:举办|举行|召开)/u);
        const c = held ? cityIn(held[1], lex) : null;
        // "在深圳科兴科学园成功地举办" names the place; "在这个季度举办" does not.
        const isPlace = held && (c || lex.venueWords.some((w) => held[1].includes(w)));
        if (held && isPlace && (!city || !c || c === city)) {
          city ??= c;
          venue ??= venueOf(held[1], c);
          break;
        }
      }
    }
    if (!city && seriesRe) {
      for (const s of sentences(text, ctx.doc.bodyStart)) {
        if (!seriesRe.test(s.text)) continue;
        const c = /\bin\s+[A-Z]/.test(s.text) ? cityIn(s.text, lex) : null;
        if (c) {
          city = c;
          break;
        }
      }
    }

    const organizers: string[] = [];
    const author = ctx.doc.meta.author?.trim();
    if (author && looksLikeOrg(author, ctx)) {
      organizers.push(author);
      ctx.org(author, spanOf(ctx, author), 'eventHeaderRule');
    }
    // The edition as the field also writes it: "QCon 2019", "QCon 北京 2019".
    // (an edition keeps the year in its name: ECUG Con 2015 took place in January 2016)
    const editionYear2 = name.match(/(?:19|20)\d\d/)?.[0] ?? (date ? date.startDate.slice(0, 4) : ctx.dates.year);
    if (series && editionYear2) {
      aliases.push(`${series} ${editionYear2}`);
      if (city) aliases.push(`${series} ${city} ${editionYear2}`);
    }
    // "某某链的设计与实现 - Sample Dev Meetup": a title naming the brand is how the page names the event
    if (series && cleanedTitle.includes(series) && cleanedTitle.length <= 60) aliases.push(cleanedTitle);
    const span = dateSpan ?? spanOf(ctx, title || name);
    const ev: EventMention = {
      key: name,
      name,
      aliases: [...new Set(aliases)].filter((a) => normalizeName(a) !== normalizeName(name)),
      series: series ?? seriesFromCategories(ctx),
      startDate: date?.startDate ?? null,
      endDate: date?.endDate ?? date?.startDate ?? null,
      city,
      venue,
      organizers,
      span,
      rule: fromPlainTitle ? 'eventHeaderRule:title' : 'eventHeaderRule',
    };
    ctx.event(ev);
    ctx.out.mainEvent = ev.key;
  },
};

/** The place after a separator on one of the first date lines of a page. */
function dateLinePlace(
  ctx: RuleContext,
  dctx: DateContext,
  title: string,
): { city: string; venue: string | null } | null {
  for (const line of ctx.lines.slice(0, 30)) {
    const d = findDates(line.text, dctx)[0];
    if (!d) continue;
    // "June 24-26, 2019, Shanghai" too; a comma only before a short place, not a sentence.
    const rest =
      line.text.slice(d.end).match(/^\s*[|｜]\s*([^|｜]{2,60}?)\s*$/u) ??
      line.text.slice(d.end).match(/^\s*[,，]\s*([^,，。；;！!？?|｜]{2,30}?)\s*$/u);
    if (!rest) continue;
    const place = rest[1].replace(/\s*[·•]\s*/gu, ' ');
    // An English page keeps the English name of its city ("Shanghai Expo Centre" → Shanghai).
    const ascii = place.match(/^[\x20-\x7e]+/)?.[0].trim() ?? '';
    if (/^[\x20-\x7e]+$/.test(title) && ascii) {
      const en = ascii.match(/[A-Z][a-z]+/g)?.find((w) => ctx.lex.englishCities.has(w.toLowerCase()));
      if (en) return { city: en, venue: venueOf(ascii, null) };
    }
    const city = cityIn(place, ctx.lex);
    if (city) return { city, venue: venueOf(place, city) };
  }
  return null;
}
