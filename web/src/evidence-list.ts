// Evidence rendering shared by the side panel and the path view: the snippet a
// fact was read from, and the document it came from.
import { h } from './dom';
import { openSource } from './source-viewer';
import type { DocumentRef, Evidence, GraphEdge } from './types';

export function documentLabel(d: DocumentRef): string {
  return d.title || d.path || d.id;
}

export function documentLink(d: DocumentRef): HTMLElement {
  const label = documentLabel(d);
  // The file name is enough to tell documents apart; the full path is in the tooltip.
  const file = d.path ? d.path.split(/[\\/]/).pop() : null;
  const meta = [d.publishedAt?.slice(0, 10), file && file !== label ? file : null].filter(Boolean).join(' · ');
  return h(
    'span',
    { class: 'doc', title: d.path ?? d.id },
    d.sourceUrl ? h('a', { href: d.sourceUrl, target: '_blank', rel: 'noopener' }, label) : label,
    meta ? h('span', { class: 'muted' }, ` ${meta}`) : null,
  );
}

export function evidenceList(evidence: Evidence[], max = 5): HTMLElement {
  if (evidence.length === 0) return h('p', { class: 'muted' }, 'No evidence recorded.');
  const items = evidence
    .slice(0, max)
    .map((ev) =>
      h(
        'li',
        {},
        h('blockquote', {}, ev.snippet.trim()),
        ev.document
          ? h(
              'div',
              { class: 'from' },
              '— ',
              documentLink(ev.document),
              ' ',
              h(
                'button',
                { type: 'button', class: 'link view-source', onclick: () => void openSource(ev) },
                'view source 原文',
              ),
            )
          : null,
      ),
    );
  const rest = evidence.length > max ? h('li', { class: 'muted' }, `… and ${evidence.length - max} more`) : null;
  return h('ul', { class: 'evidence' }, ...items, rest);
}

/** Human wording for a relationship seen from one of its ends. */
export function relationWords(e: GraphEdge, fromSide: boolean): string {
  const words: Record<string, [string, string]> = {
    GAVE: ['gave talk', 'given by'],
    AT: ['at event', 'has talk'],
    ABOUT: ['about', 'talked about in'],
    AFFILIATED_WITH: ['affiliated with', 'has member'],
    ORGANIZED_BY: ['organized by', 'organized'],
    BROADER_THAN: ['broader than', 'narrower than'],
    MENTIONS: ['mentions', 'mentioned in'],
  };
  const pair = words[e.type] ?? [e.type, `${e.type} (from)`];
  const base = fromSide ? pair[0] : pair[1];
  return e.role ? `${base} (${e.role})` : base;
}
