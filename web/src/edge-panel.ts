// The side panel for a clicked edge: who relates to what, in words, and the
// sentences of the documents that state it, so a reader can check the fact.
import { actionLink, clear, h } from './dom';
import { edgeWords } from './edge-words';
import { evidenceList } from './evidence-list';
import type { PanelActions } from './side-panel';
import type { Evidence } from './types';

export interface EdgeEnds {
  type: string;
  role: string | null;
  evidence: Evidence[];
  from: { id: string; name: string; kind: string };
  to: { id: string; name: string; kind: string };
}

export function renderEdgePanel(el: HTMLElement, edge: EdgeEnds, actions: PanelActions): void {
  clear(el);
  const end = (n: EdgeEnds['from']) =>
    h(
      'span',
      { class: 'edge-end' },
      h('span', { class: `dot kind-${n.kind}` }),
      actionLink(n.name, () => actions.focus(n)),
    );
  el.append(
    h(
      'header',
      {},
      h('span', { class: 'badge' }, 'Relationship 关系'),
      h(
        'h2',
        { id: 'panel-title', class: 'edge-title' },
        end(edge.from),
        h('span', { class: 'edge-words' }, ` ${edgeWords(edge.type, edge.role)} `),
        end(edge.to),
      ),
    ),
    h(
      'section',
      { class: 'edge-evidence' },
      h('h3', {}, `Evidence 依据 (${edge.evidence.length})`),
      evidenceList(edge.evidence, 20),
    ),
  );
}
