import { lexicon } from '../lexicon';
import type { DateContext } from './dates';
import { type Rule, RuleContext } from './harness';
import { knowledgeOf } from './knowledge';
import { specifiedRules } from './registry';
import type { CatalogView, Extraction, ParsedDocument } from './types';

export type { Rule } from './harness';
export { RuleContext } from './harness';
export { specifiedRules } from './registry';
export type * from './types';

/** Runs the rules over one parsed document. Pure: same document and catalogs, same extraction. */
export function extract(
  doc: ParsedDocument,
  catalogs: CatalogView,
  rules: readonly Rule[] = specifiedRules,
): Extraction {
  const ctx = new RuleContext(doc, lexicon, knowledgeOf(catalogs), dateContext(doc));
  for (const rule of rules) rule.run(ctx);
  return ctx.out;
}

/** The year (and month) that undated "10 月 18 日" means: publication date, else years in URLs, else a byline date. */
export function dateContext(doc: ParsedDocument): DateContext {
  const iso = doc.meta.date?.match(/^(\d{4})(?:-(\d{2}))?/);
  if (iso) return { year: +iso[1], month: iso[2] ? +iso[2] : null };
  const head = doc.text.slice(doc.bodyStart, doc.bodyStart + 3000);
  const byline = head.match(/(?:发布于|发表于|日期[:：]|Posted on)\s*((?:19|20)\d\d)\s*[年\-./]\s*(\d{1,2})/u);
  if (byline) return { year: +byline[1], month: +byline[2] };
  // A post header "原创 某公众号 2020-11-16 18:02": an ISO date on one of the first lines.
  const posted = head.slice(0, 300).match(/(?:^|\s)((?:19|20)\d\d)-(\d{2})-\d{2}(?:\s+\d{1,2}:\d{2})?\s*$/mu);
  if (posted) return { year: +posted[1], month: +posted[2] };
  const years = new Map<number, number>();
  for (const m of doc.text.matchAll(/\/((?:19|20)\d\d)\/(\d{1,2})\//g)) years.set(+m[1], (years.get(+m[1]) ?? 0) + 1);
  const top = [...years.entries()].sort((a, b) => b[1] - a[1])[0];
  return { year: top ? top[0] : null, month: null };
}
