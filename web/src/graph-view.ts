// The canvas: what is on it, how it is laid out, what is filtered or dimmed.
// Knows nothing about the server; callers hand it subgraphs and paths.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { edgeWords } from './edge-words';
import { graphStyle, shortLabel } from './graph-style';
import type { GraphEdge, GraphNode, GraphPath, Kind } from './types';

cytoscape.use(fcose);

const COMFORTABLE_ZOOM = 1.3;

/** One step the user can take back. */
interface Step {
  label: string;
  undo: () => void;
}

export class GraphView {
  readonly cy: cytoscape.Core;
  private readonly history: Step[] = [];
  private hiddenKinds = new Set<string>();
  private yearRange: [number, number] | null = null;
  private years = new Map<string, number>();
  onChange: () => void = () => {};

  constructor(container: HTMLElement) {
    this.cy = cytoscape({
      container,
      style: graphStyle(),
      minZoom: 0.1,
      maxZoom: 3,
      selectionType: 'single', // shift- or ctrl-click adds a second node (for paths)
      boxSelectionEnabled: true,
    });
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  node(id: string): cytoscape.NodeSingular | null {
    const n = this.cy.getElementById(id);
    return n.nonempty() && n.isNode() ? n : null;
  }

  /** Adds what is new; returns the added elements so the caller can record an undo step. */
  add(nodes: GraphNode[], edges: GraphEdge[], origin?: string): cytoscape.CollectionReturnValue {
    const at = origin ? this.node(origin)?.position() : undefined;
    const center = at ?? { x: this.cy.width() / 2, y: this.cy.height() / 2 };
    const defs: cytoscape.ElementDefinition[] = [];
    const fresh = nodes.filter((n) => !this.has(n.id));
    fresh.forEach((n, i) => {
      // Start new nodes in a ring around their origin so the layout unfolds from there.
      const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
      defs.push({
        group: 'nodes',
        data: { id: n.id, kind: n.kind, name: n.name, aliases: n.aliases, label: shortLabel(n.name, n.kind), origin },
        position: { x: center.x + 60 * Math.cos(angle), y: center.y + 60 * Math.sin(angle) },
      });
    });
    const known = new Set([...nodes.map((n) => n.id)]);
    for (const e of edges) {
      // Documents are dated by the evidence that cites them; the year filter uses it.
      for (const ev of e.evidence) {
        const d = ev.document;
        if (d?.publishedAt && !this.years.has(d.id)) this.years.set(d.id, Number(d.publishedAt.slice(0, 4)));
      }
      if (this.has(e.id)) continue;
      if (!(known.has(e.from) || this.has(e.from)) || !(known.has(e.to) || this.has(e.to))) continue;
      defs.push({
        group: 'edges',
        data: {
          id: e.id,
          source: e.from,
          target: e.to,
          type: e.type,
          role: e.role,
          evidence: e.evidence,
          words: edgeWords(e.type, e.role),
        },
      });
    }
    const added = this.cy.add(defs);
    this.applyFilters();
    return added;
  }

  record(label: string, undo: () => void): void {
    this.history.push({ label, undo });
    this.onChange();
  }

  /** Records adding elements: undoing removes them again. */
  recordAdded(label: string, added: cytoscape.CollectionReturnValue): void {
    if (added.empty()) return;
    this.record(label, () => this.cy.remove(added));
  }

  undoLabel(): string | null {
    return this.history.at(-1)?.label ?? null;
  }

  undo(): void {
    const step = this.history.pop();
    if (!step) return;
    step.undo();
    this.applyFilters();
    this.onChange();
  }

  hide(ids: string[]): void {
    const removed = this.cy.collection();
    for (const id of ids) removed.merge(this.cy.getElementById(id));
    if (removed.empty()) return;
    const gone = this.cy.remove(removed.union(removed.connectedEdges()));
    this.record(`hide ${ids.length === 1 ? this.nameOf(gone, ids[0]) : `${ids.length} nodes`}`, () => gone.restore());
    this.onChange();
  }

  /** Removes what expanding `id` brought in (recursively), keeping anything else still links to. */
  collapse(id: string): void {
    const brought = this.cy.collection();
    const queue = [id];
    while (queue.length) {
      const from = queue.shift()!;
      this.cy.nodes().forEach((n) => {
        if (n.data('origin') === from && n.id() !== id && !brought.has(n) && !n.hasClass('root')) {
          brought.merge(n);
          queue.push(n.id());
        }
      });
    }
    const keep = (n: cytoscape.NodeSingular) =>
      (n.neighborhood().nodes().toArray() as cytoscape.NodeSingular[]).some(
        (m) => m.id() !== id && !brought.has(m) && m.data('origin') !== id,
      );
    const drop = brought.filter((n) => n.isNode() && !keep(n));
    if (drop.empty()) return;
    const gone = this.cy.remove(drop.union(drop.connectedEdges()));
    this.record(`collapse ${this.nameOf(this.cy.collection(), id)}`, () => gone.restore());
    this.onChange();
  }

  private nameOf(c: cytoscape.Collection, id: string): string {
    const n = this.cy.getElementById(id).nonempty() ? this.cy.getElementById(id) : c.getElementById(id);
    return n.nonempty() ? String(n.data('name')) : id;
  }

  setYears(years: Map<string, number>): void {
    for (const [id, y] of years) this.years.set(id, y);
    this.applyFilters();
  }

  setKindVisible(kind: Kind, visible: boolean): void {
    if (visible) this.hiddenKinds.delete(kind);
    else this.hiddenKinds.add(kind);
    this.applyFilters();
  }

  setYearRange(range: [number, number] | null): void {
    this.yearRange = range;
    this.applyFilters();
  }

  /**
   * Kind and year filters. Dated nodes (talks, events) outside the range go;
   * then nodes that were only linked through filtered nodes go too, so a year
   * filter leaves the people and technologies of those years, not every one.
   */
  applyFilters(): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('filtered');
      const out = (n: cytoscape.NodeSingular): boolean => {
        if (this.hiddenKinds.has(n.data('kind'))) return true;
        if (!this.yearRange) return false;
        const y = this.years.get(n.id());
        return y !== undefined && (y < this.yearRange[0] || y > this.yearRange[1]);
      };
      const filtered = cy.nodes().filter(out);
      filtered.addClass('filtered');
      if (this.yearRange) {
        cy.nodes()
          .filter((n) => !n.hasClass('filtered') && !n.hasClass('root') && n.degree(false) > 0)
          .filter((n) =>
            (n.neighborhood().nodes().toArray() as cytoscape.NodeSingular[]).every((m) => m.hasClass('filtered')),
          )
          .addClass('filtered');
      }
      cy.edges()
        .filter((e) => e.source().hasClass('filtered') || e.target().hasClass('filtered'))
        .addClass('filtered');
    });
    this.onChange();
  }

  showPath(p: GraphPath): cytoscape.CollectionReturnValue {
    const added = this.add(p.nodes, p.edges);
    const ids = new Set([...p.nodes.map((n) => n.id), ...p.edges.map((e) => e.id)]);
    this.cy.batch(() => {
      this.cy.elements().removeClass('on-path').addClass('dimmed');
      this.cy
        .elements()
        .filter((el) => ids.has(el.id()))
        .removeClass('dimmed filtered')
        .addClass('on-path');
    });
    return added;
  }

  clearPath(): void {
    this.cy.elements().removeClass('on-path dimmed');
    this.applyFilters();
  }

  /** fcose keeps existing positions (randomize: false) so an expansion does not reshuffle the whole view. */
  layout(randomize = false): Promise<void> {
    const visible = this.cy.elements().not('.filtered');
    const n = visible.nodes().length;
    if (n === 0) return Promise.resolve();
    const layout = visible.layout({
      name: 'fcose',
      // 'proof' refines the given positions properly when not randomizing (an expansion)
      quality: randomize && n > 300 ? 'default' : 'proof',
      randomize,
      animate: n < 150,
      animationDuration: 350,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
      edgeElasticity: () => 0.35,
      gravity: 0.3,
      numIter: 2500,
      packComponents: true,
    } as cytoscape.LayoutOptions);
    const done = new Promise<void>((resolve) =>
      layout.one('layoutstop', () => {
        // Fitting one or two nodes would blow them up to the maximum zoom.
        if (this.cy.zoom() > COMFORTABLE_ZOOM) {
          this.cy.zoom(COMFORTABLE_ZOOM);
          this.cy.center(visible);
        }
        resolve();
      }),
    );
    layout.run();
    return done;
  }

  visibleNodes(): cytoscape.NodeCollection {
    return this.cy.nodes().not('.filtered');
  }

  clearAll(): void {
    const gone = this.cy.elements().remove();
    if (gone.nonempty()) this.record('clear', () => gone.restore());
    this.onChange();
  }
}
