// The side panel for the selected entity: its facts, its talks, and the
// evidence behind each of its relationships.
import { ApiError, details, neighborhood } from './api';
import { actionLink, clear, errorMessage, h } from './dom';
import { evidenceList, relationWords } from './evidence-list';
import type { EntityDetails, GraphEdge, GraphNode, Kind, TalkSummary } from './types';
import { asKind } from './types';

export interface PanelActions {
  focus(node: { id: string; name: string; kind?: string }): void;
  expand(id: string): void;
  collapse(id: string): void;
  hide(id: string): void;
  pathEnd(end: 'from' | 'to', node: GraphNode): void;
  expanded(id: string): boolean;
  hasMore(id: string): boolean;
}

const RELATION_CAP = 60;
let generation = 0;

export async function renderPanel(el: HTMLElement, node: GraphNode, actions: PanelActions): Promise<void> {
  const mine = ++generation;
  clear(el);
  const kind = asKind(node.kind);
  el.append(
    h(
      'header',
      {},
      h('span', { class: `badge kind-${node.kind}` }, node.kind),
      h('h2', { id: 'panel-title' }, node.name),
      node.aliases.length ? h('p', { class: 'aliases' }, `also: ${node.aliases.join(' · ')}`) : null,
    ),
    actionBar(node, actions),
  );
  const body = h('div', { class: 'panel-body' }, h('p', { class: 'muted' }, 'Loading…'));
  el.append(body);
  const [facts, hood] = await Promise.allSettled([
    kind ? details(kind, node.id) : Promise.resolve(null),
    neighborhood(node.id, RELATION_CAP),
  ]);
  if (mine !== generation) return; // the user has moved on to another node
  clear(body);
  if (facts.status === 'fulfilled' && facts.value) body.append(...factSections(kind, facts.value, actions));
  else if (facts.status === 'rejected' && !isUnknownField(facts.reason))
    body.append(h('p', { class: 'error' }, `Facts: ${errorMessage(facts.reason)}`));
  if (hood.status === 'fulfilled')
    body.append(relationsSection(node, hood.value.nodes, hood.value.edges, hood.value.truncated, actions));
  else body.append(h('p', { class: 'error' }, `Relationships: ${errorMessage(hood.reason)}`));
}

/** A server without a single-entity field for this kind still gets a useful panel. */
function isUnknownField(e: unknown): boolean {
  return e instanceof ApiError && /Cannot query field|Unknown argument/.test(e.message);
}

function actionBar(node: GraphNode, a: PanelActions): HTMLElement {
  const expanded = a.expanded(node.id);
  const more = a.hasMore(node.id);
  return h(
    'div',
    { class: 'actions' },
    h(
      'button',
      {
        type: 'button',
        id: 'act-expand',
        disabled: expanded && !more,
        title: expanded && !more ? 'All neighbours are on the canvas' : null,
        onclick: () => a.expand(node.id),
      },
      expanded ? (more ? 'Show more' : 'Expanded') : 'Expand',
    ),
    expanded ? h('button', { type: 'button', onclick: () => a.collapse(node.id) }, 'Collapse') : null,
    h('button', { type: 'button', onclick: () => a.hide(node.id) }, 'Hide'),
    h('button', { type: 'button', title: 'Start a path here', onclick: () => a.pathEnd('from', node) }, 'Path from'),
    h('button', { type: 'button', title: 'End a path here', onclick: () => a.pathEnd('to', node) }, 'Path to'),
  );
}

function refLink(ref: { id: string; name: string }, a: PanelActions, kind?: Kind): HTMLElement {
  return actionLink(ref.name, () => a.focus({ ...ref, kind }), { class: 'ref' });
}

function refs(list: { id: string; name: string }[] | undefined, a: PanelActions, kind: Kind): (HTMLElement | string)[] {
  return (list ?? []).flatMap((r, i) => (i ? [', ', refLink(r, a, kind)] : [refLink(r, a, kind)]));
}

function factSections(kind: Kind | null, d: EntityDetails, a: PanelActions): HTMLElement[] {
  const rows: [string, (HTMLElement | string)[]][] = [];
  const text = (label: string, v: string | number | null | undefined) => {
    if (v !== null && v !== undefined && v !== '') rows.push([label, [String(v)]]);
  };
  text('Category', d.category);
  text('Type', d.type);
  text('Series', d.series);
  text('Date', [d.startDate, d.endDate && d.endDate !== d.startDate ? d.endDate : null].filter(Boolean).join(' – '));
  text('City', d.city);
  text('Venue', d.venue);
  text('Year', d.year);
  text('Published', d.publishedAt);
  text('Path', d.path);
  if (d.sourceUrl)
    rows.push(['Source', [h('a', { href: d.sourceUrl, target: '_blank', rel: 'noopener' }, d.sourceUrl)]]);
  if (d.event) rows.push(['Event', [refLink(d.event, a, 'Event')]]);
  if (d.speakers?.length) rows.push(['Speakers', refs(d.speakers, a, 'Person')]);
  if (d.organizers?.length) rows.push(['Organizers', refs(d.organizers, a, 'Organization')]);
  if (d.people?.length) rows.push(['People', refs(d.people, a, 'Person')]);
  if (d.organizedEvents?.length) rows.push(['Organized', refs(d.organizedEvents, a, 'Event')]);
  if (d.broader?.length) rows.push(['Broader', refs(d.broader, a, 'Technology')]);
  if (d.narrower?.length) rows.push(['Narrower', refs(d.narrower, a, 'Technology')]);
  if (d.technologies?.length) rows.push(['Technologies', refs(d.technologies, a, 'Technology')]);
  for (const af of d.affiliations ?? [])
    rows.push([
      af.role ? `Role` : 'Affiliation',
      [af.role ? `${af.role} @ ` : '', refLink(af.organization, a, 'Organization')],
    ]);
  const out: HTMLElement[] = [];
  if (rows.length)
    out.push(
      h(
        'section',
        {},
        h('h3', {}, 'Facts'),
        h('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, ...v)])),
      ),
    );
  if (d.talks?.length) out.push(talksSection(d.talks, a));
  if (kind === 'Talk' && d.evidence?.length)
    out.push(h('section', {}, h('h3', {}, 'Where this talk is described'), evidenceList(d.evidence)));
  return out;
}

function talksSection(talks: TalkSummary[], a: PanelActions): HTMLElement {
  const sorted = [...talks].sort((x, y) => (y.year ?? 0) - (x.year ?? 0));
  return h(
    'section',
    {},
    h('h3', {}, `Talks (${talks.length})`),
    h(
      'ul',
      { class: 'talks' },
      ...sorted.map((t) =>
        h(
          'li',
          {},
          refLink({ id: t.id, name: t.title }, a, 'Talk'),
          h(
            'div',
            { class: 'muted' },
            [t.year, t.event?.name, t.speakers.map((s) => s.name).join(', ')].filter(Boolean).join(' · '),
          ),
        ),
      ),
    ),
  );
}

function relationsSection(
  node: GraphNode,
  nodes: GraphNode[],
  edges: GraphEdge[],
  truncated: boolean,
  a: PanelActions,
): HTMLElement {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const mine = edges.filter((e) => e.from === node.id || e.to === node.id);
  const groups = new Map<string, { edge: GraphEdge; other: GraphNode }[]>();
  for (const e of mine) {
    const other = byId.get(e.from === node.id ? e.to : e.from);
    if (!other) continue;
    const key = relationWords({ ...e, role: null }, e.from === node.id);
    groups.set(key, [...(groups.get(key) ?? []), { edge: e, other }]);
  }
  const section = h(
    'section',
    { class: 'relations' },
    h('h3', {}, `Relationships and evidence (${mine.length}${truncated ? '+' : ''})`),
  );
  for (const [label, items] of groups) {
    section.append(h('h4', {}, `${label} (${items.length})`));
    for (const { edge, other } of items) {
      const docs = [
        ...new Map(edge.evidence.flatMap((ev) => (ev.document ? [[ev.document.id, ev.document]] : []))).values(),
      ];
      section.append(
        h(
          'details',
          { class: 'relation' },
          h(
            'summary',
            {},
            h('span', { class: `dot kind-${other.kind}` }),
            refLink(other, a, asKind(other.kind) ?? undefined),
            edge.role ? h('span', { class: 'muted' }, ` (${edge.role})`) : null,
            h(
              'span',
              { class: 'count' },
              `${edge.evidence.length} evidence · ${docs.length} doc${docs.length === 1 ? '' : 's'}`,
            ),
          ),
          evidenceList(edge.evidence), // each snippet names its source document
        ),
      );
    }
  }
  if (mine.length === 0) section.append(h('p', { class: 'muted' }, 'No relationships.'));
  return section;
}
