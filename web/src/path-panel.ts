// The side panel for a shortest path: each hop with the evidence behind it.
import { actionLink, clear, h } from './dom';
import { evidenceList, relationWords } from './evidence-list';
import type { PanelActions } from './side-panel';
import type { GraphNode, GraphPath } from './types';

export function renderPathPanel(el: HTMLElement, p: GraphPath, a: PanelActions): void {
  clear(el);
  const first = p.nodes[0];
  const last = p.nodes.at(-1);
  el.append(
    h(
      'header',
      {},
      h('span', { class: 'badge path' }, 'Path'),
      h('h2', { id: 'panel-title' }, `${first?.name ?? '?'} → ${last?.name ?? '?'}`),
      h('p', { class: 'aliases' }, `${p.length} hop${p.length === 1 ? '' : 's'}, shortest connection found`),
    ),
  );
  const steps = h('ol', { class: 'path-steps' });
  p.nodes.forEach((node, i) => {
    steps.append(h('li', { class: 'path-node' }, nodeLink(node, a)));
    const next = p.nodes[i + 1];
    if (!next) return;
    const edge = p.edges.find(
      (e) => (e.from === node.id && e.to === next.id) || (e.to === node.id && e.from === next.id),
    );
    if (!edge) return;
    const forward = edge.from === node.id;
    steps.append(
      h(
        'li',
        { class: 'path-edge' },
        h(
          'details',
          {},
          h(
            'summary',
            {},
            `↓ ${relationWords(edge, forward)}`,
            h('span', { class: 'count' }, `${edge.evidence.length} evidence`),
          ),
          evidenceList(edge.evidence, 3),
        ),
      ),
    );
  });
  el.append(h('section', {}, steps));
}

function nodeLink(n: GraphNode, a: PanelActions): HTMLElement {
  return h(
    'span',
    {},
    h('span', { class: `dot kind-${n.kind}` }),
    actionLink(n.name, () => a.focus(n)),
    h('span', { class: 'muted' }, ` ${n.kind}`),
  );
}
