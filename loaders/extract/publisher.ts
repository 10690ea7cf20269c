import { normalizeName } from '../../src/model/ids';
import type { RuleContext } from './harness';

/** The media organization a document keeps naming (InfoQ on an InfoQ page): its publisher. */
export function publisherOf(ctx: RuleContext): string | null {
  const counts = new Map<string, number>();
  for (const h of ctx.orgHits()) {
    if (h.value.type !== 'media') continue;
    counts.set(h.value.name, (counts.get(h.value.name) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return top && top[1] >= 2 && !ctx.kn.techKeys.has(normalizeName(top[0])) ? top[0] : null;
}
