// Wires the page together: search → canvas → side panel, the path form, the
// filters, undo, and the trends tab. Every server call goes through busy() so
// the page says when it is working (and tests can wait for it to settle).
import type cytoscape from 'cytoscape';
import { datedIds, path as fetchPath, neighborhood } from './api';
import { actionLink, busy, byId, clear, errorMessage, h, status } from './dom';
import { renderEdgePanel } from './edge-panel';
import { edgeWords } from './edge-words';
import { Expander } from './expansion';
import { exportCsv, exportPng } from './export';
import { KIND_LOOK } from './graph-style';
import { GraphView } from './graph-view';
import { mountHoverTip } from './hover-tip';
import { renderLegend } from './legend';
import { showOverview } from './overview';
import { showPathHints } from './path-hints';
import { renderPathPanel } from './path-panel';
import { mountSearch } from './search-box';
import { type PanelActions, renderPanel } from './side-panel';
import { sizeByTalks } from './talk-sizes';
import { showTrendHints } from './trend-hints';
import { parseTrendHash, trendHash } from './trend-link';
import { TrendsView } from './trends-view';
import { type GraphNode, KINDS, type Kind } from './types';

const view = new GraphView(byId('cy'));
sizeByTalks(view.cy, () => view.onChange());
const expander = new Expander(view);
let yearSpan: [number, number] = [2010, new Date().getFullYear()];
const panel = byId('panel');

const KIND_PREFIX: Record<string, Kind> = {
  person: 'Person',
  org: 'Organization',
  tech: 'Technology',
  event: 'Event',
  talk: 'Talk',
  doc: 'Document',
};
const kindFromId = (id: string): Kind => KIND_PREFIX[id.split(':')[0]] ?? 'Talk';

function nodeOf(id: string): GraphNode | null {
  const n = view.node(id);
  return n ? { id, kind: n.data('kind'), name: n.data('name'), aliases: n.data('aliases') ?? [] } : null;
}

function select(id: string): void {
  const n = view.node(id);
  if (!n) return;
  view.cy.$(':selected').unselect();
  n.select();
  // Pan only when the node is off screen: re-centring every time would undo the layout's fit.
  const box = view.cy.extent();
  const p = n.position();
  if (p.x < box.x1 || p.x > box.x2 || p.y < box.y1 || p.y > box.y2)
    view.cy.animate({ center: { eles: n }, duration: 250 });
}

/** Brings an entity onto the canvas (linked to whatever is already there) and selects it. */
async function focus(ref: { id: string; name: string; kind?: string }, asRoot = false): Promise<void> {
  await busy(async () => {
    if (!view.has(ref.id)) {
      const hood = await neighborhood(ref.id, 200);
      const self = hood.nodes.find((n) => n.id === ref.id) ?? {
        id: ref.id,
        name: ref.name,
        kind: ref.kind ?? kindFromId(ref.id),
        aliases: [],
      };
      const edges = hood.edges.filter(
        (e) => (e.from === ref.id && view.has(e.to)) || (e.to === ref.id && view.has(e.from)),
      );
      const added = view.add([self], edges);
      view.recordAdded(`add ${self.name}`, added);
      if (asRoot) view.node(ref.id)?.addClass('root');
      await view.layout();
    } else if (asRoot) view.node(ref.id)?.addClass('root');
    if (asRoot) writeHash('graph', ref.id);
    select(ref.id);
  });
}

async function expand(id: string): Promise<void> {
  await busy(async () => {
    const n = await expander.expand(id);
    status(n === 0 ? 'No new neighbours.' : `Added ${n} node${n === 1 ? '' : 's'}.`);
    showPanelFor(id);
  });
}

const actions: PanelActions = {
  focus: (ref) => void focus(ref),
  expand: (id) => void expand(id),
  collapse: (id) => view.collapse(id),
  hide: (id) => view.hide([id]),
  pathEnd: (end, node) => {
    const input = byId<HTMLInputElement>(end === 'from' ? 'path-from' : 'path-to');
    input.value = node.name;
    input.dataset.id = node.id;
    input.focus();
  },
  expanded: (id) => expander.expanded(id),
  hasMore: (id) => expander.hasMore(id),
};

function showPanelFor(id: string): void {
  const node = nodeOf(id);
  if (node) void busy(() => renderPanel(panel, node, actions));
}

// ---- canvas events
/** Selected node ids in the order the user picked them, so a path runs from the first to the second. */
let picked: string[] = [];
view.cy.on('select unselect', 'node', (ev) => {
  const id = ev.target.id();
  picked = picked.filter((p) => p !== id && view.node(p)?.selected());
  if (ev.type === 'select') picked.push(id);
  const sel = view.cy.$('node:selected');
  const both = byId<HTMLButtonElement>('path-selected');
  both.hidden = sel.length !== 2;
  if (sel.length === 1) showPanelFor(sel[0].id());
});
view.cy.on('dbltap', 'node', (ev) => void expand(ev.target.id()));
// An edge is a fact: clicking it shows the sentences that state it.
function showEdge(e: cytoscape.EdgeSingular): void {
  const end = (n: cytoscape.NodeSingular) => ({ id: n.id(), name: n.data('name'), kind: n.data('kind') });
  view.cy.$(':selected').unselect();
  e.select();
  renderEdgePanel(
    panel,
    {
      type: e.data('type'),
      role: e.data('role'),
      evidence: e.data('evidence') ?? [],
      from: end(e.source()),
      to: end(e.target()),
    },
    actions,
  );
}
view.cy.on('tap', 'edge', (ev) => showEdge(ev.target));
mountHoverTip(view.cy, byId('hover-tip'));
renderLegend(byId('legend'));
view.onChange = () => {
  const undo = byId<HTMLButtonElement>('undo');
  const label = view.undoLabel();
  undo.disabled = label === null;
  undo.textContent = label ? `Undo ${label}` : 'Undo';
  listCanvas();
};

/** A text list of what is on the canvas: the canvas itself is opaque to screen readers (and to tests). */
function listCanvas(): void {
  const nodes = view.visibleNodes();
  byId('canvas-count').textContent = String(nodes.length);
  const list = byId('on-canvas');
  clear(list);
  nodes.forEach((n) => {
    list.append(
      h(
        'li',
        // data-talks / data-width: the talk count and the width it gave the node (talk-sizes.ts)
        { 'data-id': n.id(), 'data-kind': n.data('kind'), 'data-talks': n.data('talks'), 'data-width': n.width() },
        h('span', { class: `dot kind-${n.data('kind')}` }),
        actionLink(n.data('name'), () => select(n.id())),
      ),
    );
  });
  // The relationships too, each opening its evidence as a click on the edge does.
  const edges = view.cy.edges(':visible');
  byId('edge-count').textContent = String(edges.length);
  const rels = byId('edges-on-canvas');
  clear(rels);
  edges.forEach((e) => {
    const words = `${e.source().data('name')} → ${edgeWords(e.data('type'), e.data('role'))} → ${e.target().data('name')}`;
    rels.append(
      h(
        'li',
        { 'data-id': e.id(), 'data-type': e.data('type') },
        actionLink(words, () => showEdge(e)),
      ),
    );
  });
  byId('empty-hint').hidden = view.cy.nodes().length > 0;
}

// ---- toolbar
function undo(): void {
  view.undo();
  // The panel's Expand / Show more state may have changed with it.
  const sel = view.cy.$('node:selected');
  if (sel.length === 1) showPanelFor(sel[0].id());
}
byId('undo').addEventListener('click', undo);
byId('relayout').addEventListener('click', () => void busy(() => view.layout(true)));
byId('fit').addEventListener('click', () => view.cy.fit(undefined, 40));
byId('clear').addEventListener('click', () => view.clearAll());
byId('export-png').addEventListener('click', () => exportPng(view.cy));
byId('export-csv').addEventListener('click', () => exportCsv(view.cy));
document.addEventListener('keydown', (ev) => {
  if ((ev.target as HTMLElement).closest('input, select, textarea')) return;
  if ((ev.ctrlKey || ev.metaKey) && ev.key === 'z') undo();
  else if (ev.key === 'Escape') {
    view.clearPath();
    byId('clear-path').hidden = true;
  } else if (ev.key === 'Delete' || ev.key === 'Backspace') view.hide(view.cy.$('node:selected').map((n) => n.id()));
});

// ---- filters
const kindBox = byId('kind-filters');
for (const kind of KINDS) {
  const box = h('input', { type: 'checkbox', checked: true, 'data-kind': kind });
  box.addEventListener('change', () => view.setKindVisible(kind, box.checked));
  kindBox.append(
    h('label', { class: 'kind-toggle' }, box, h('span', { class: `dot kind-${kind}` }), KIND_LOOK[kind].label),
  );
}
const yearInputs = [byId<HTMLInputElement>('year-from'), byId<HTMLInputElement>('year-to')];
for (const input of yearInputs)
  input.addEventListener('change', () => {
    const [a, b] = yearInputs.map((i) => i.value);
    view.setYearRange(a || b ? [a ? Number(a) : -Infinity, b ? Number(b) : Infinity] : null);
  });

// ---- path
async function showPath(from: string, to: string, ids?: [string, string]): Promise<void> {
  await busy(async () => {
    // Ids are exact when the ends came from the canvas; names work from anything typed.
    let p = ids ? await fetchPath(ids[0], ids[1]).catch(() => null) : null;
    if (!p) p = await fetchPath(from, to);
    if (!p) {
      status(`No path between “${from}” and “${to}”.`, 'error');
      return;
    }
    const added = view.showPath(p);
    view.recordAdded(`path ${from} → ${to}`, added);
    byId('clear-path').hidden = false;
    await view.layout();
    renderPathPanel(panel, p, actions);
    status(`Path of ${p.length} hop${p.length === 1 ? '' : 's'}.`);
  });
}
byId('path-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const [f, t] = [byId<HTMLInputElement>('path-from'), byId<HTMLInputElement>('path-to')];
  const ids: [string, string] | undefined =
    f.dataset.id && t.dataset.id && nodeOf(f.dataset.id)?.name === f.value && nodeOf(t.dataset.id)?.name === t.value
      ? [f.dataset.id, t.dataset.id]
      : undefined;
  if (f.value.trim() && t.value.trim()) void showPath(f.value.trim(), t.value.trim(), ids);
});
byId('path-selected').addEventListener('click', () => {
  const [a, b] = picked.slice(-2).map((id) => nodeOf(id)!);
  if (!a || !b) return;
  void showPath(a.name, b.name, [a.id, b.id]);
});
byId('clear-path').addEventListener('click', () => {
  view.clearPath();
  byId('clear-path').hidden = true;
});

// ---- search, tabs, trends
mountSearch(byId<HTMLInputElement>('search'), byId('search-results'), (node) => {
  showTab('graph');
  void focus(node, true);
});
const trends = new TrendsView(
  () => yearSpan,
  (ref) => {
    showTab('graph');
    void focus(ref, true);
  },
);
/**
 * The address says what is on screen, so a view can be shared: #graph,
 * #graph=<entity id> (the last entity searched), #trends?tech=…&from=…&to=…&view=… (trend-link.ts).
 */
function readHash(): { tab: string; arg: string } {
  // the trends state is read by parseTrendHash (followHash), never taken for an entity id
  if (parseTrendHash(location.hash)) return { tab: 'trends', arg: '' };
  const raw = decodeURIComponent(location.hash.slice(1));
  const i = raw.indexOf('=');
  return i < 0 ? { tab: raw || 'graph', arg: '' } : { tab: raw.slice(0, i) || 'graph', arg: raw.slice(i + 1) };
}
function writeHash(tab: string, arg = ''): void {
  const next = `#${tab}${arg ? `=${encodeURIComponent(arg)}` : ''}`;
  if (location.hash !== next) history.replaceState(null, '', next);
}
function followHash(): void {
  const { tab, arg } = readHash();
  // a bare #trends (the tab's own link) keeps the chart as it is
  const trendState = location.hash === '#trends' ? null : parseTrendHash(location.hash);
  // the link's range and view go into the inputs before the tab opens (and writes the address)
  const shown = trendState ? trends.setState(trendState) : null;
  showTab(tab);
  if (shown) void busy(() => shown);
  else if (arg) void focus({ id: arg, name: arg }, true);
}
trends.onState = (state) => {
  const next = trendHash(state);
  if (readHash().tab === 'trends' && location.hash !== next) history.replaceState(null, '', next);
};

function showTab(tab: string): void {
  const isTrends = tab === 'trends';
  byId('graph-view').hidden = isTrends;
  byId('trends-view').hidden = !isTrends;
  for (const a of document.querySelectorAll<HTMLElement>('.tabs a'))
    a.setAttribute('aria-current', String(a.dataset.tab === tab));
  if (isTrends) trends.open();
  else view.cy.resize();
  if (readHash().tab !== tab) writeHash(tab);
}
window.addEventListener('hashchange', followHash);

void busy(async () => {
  const years = await datedIds().catch((e) => {
    status(`Year filter unavailable: ${errorMessage(e)}`, 'error');
    return new Map<string, number>();
  });
  view.setYears(years);
  const ys = [...years.values()];
  if (ys.length) yearSpan = [Math.min(...ys), Math.max(...ys)];
  for (const [i, input] of yearInputs.entries()) input.placeholder = String(yearSpan[i]);
});
followHash();
view.onChange();
// Whatever the page opened on, the path example names people in this store (a failure keeps the neutral hint).
void showPathHints(byId<HTMLInputElement>('path-from'), byId<HTMLInputElement>('path-to')).catch(() => {});
// and the trends input's example names technologies in this store
void showTrendHints(byId<HTMLInputElement>('trend-input'))
  .then((names) => trends.setExamples(names))
  .catch(() => {});

// Opened with nothing asked for: start from what the corpus talks about most.
if (!readHash().arg && !parseTrendHash(location.hash)?.names.length)
  void busy(async () => {
    const n = await showOverview(view, expander).catch((e) => {
      status(`Overview unavailable: ${errorMessage(e)}`, 'error');
      return 0;
    });
    if (n > 0) status(`The ${n} most-discussed technologies, with some of their talks and speakers.`);
  });
