// A tooltip that follows the pointer over the canvas: the full name of a node
// (canvas labels are shortened and fade out when zoomed out) or an edge in words.
import type cytoscape from 'cytoscape';
import { edgeWords } from './edge-words';
import { KIND_LOOK } from './graph-style';
import type { Kind } from './types';

export function mountHoverTip(cy: cytoscape.Core, tip: HTMLElement): void {
  const show = (text: string, ev: cytoscape.EventObject) => {
    tip.textContent = text;
    tip.hidden = false;
    const p = ev.renderedPosition ?? { x: 0, y: 0 };
    tip.style.left = `${p.x + 14}px`;
    tip.style.top = `${p.y + 14}px`;
  };
  cy.on('mouseover mousemove', 'node', (ev) => {
    const n = ev.target as cytoscape.NodeSingular;
    const kind = KIND_LOOK[n.data('kind') as Kind]?.label ?? n.data('kind');
    show(`${n.data('name')} · ${kind}`, ev);
  });
  cy.on('mouseover mousemove', 'edge', (ev) => {
    const e = ev.target as cytoscape.EdgeSingular;
    const n = (e.data('evidence') ?? []).length;
    show(
      `${e.source().data('name')} → ${edgeWords(e.data('type'), e.data('role'))} → ${e.target().data('name')} · ${n} evidence (click)`,
      ev,
    );
  });
  cy.on('mouseout', 'node, edge', () => {
    tip.hidden = true;
  });
  cy.on('viewport', () => {
    tip.hidden = true;
  });
}
