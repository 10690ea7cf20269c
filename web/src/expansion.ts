// Expanding a node: fetch its neighbours (capped), and for talks that come in,
// their speakers too — a talk is the bridge between people and what they spoke
// about, so "expand Docker" shows who spoke about Docker, not just talk titles.
import { neighborhood, neighborhoods } from './api';
import type { GraphView } from './graph-view';
import type { GraphEdge, GraphNode } from './types';

export const FIRST_CAP = 25;
const SPEAKER_CAP = 10;

export class Expander {
  /** How many neighbours each node has been asked for, and whether the server had more. */
  private readonly caps = new Map<string, { first: number; truncated: boolean }>();

  constructor(private readonly view: GraphView) {}

  hasMore(id: string): boolean {
    return this.caps.get(id)?.truncated ?? false;
  }

  expanded(id: string): boolean {
    return this.caps.has(id);
  }

  /** Expands `id`, or asks for twice as many neighbours when it was already expanded ("show more"). */
  async expand(id: string, firstCap = FIRST_CAP): Promise<number> {
    const prior = this.caps.get(id);
    const first = prior ? prior.first * 2 : firstCap;
    const sub = await neighborhood(id, first);
    const nodes: GraphNode[] = [...sub.nodes];
    const edges: GraphEdge[] = [...sub.edges];
    const newTalks = sub.nodes.filter((n) => n.kind === 'Talk' && n.id !== id && !this.view.has(n.id));
    if (newTalks.length > 0 && newTalks.length <= 40) {
      const hoods = await neighborhoods(
        newTalks.map((t) => t.id),
        SPEAKER_CAP,
      );
      hoods.forEach((hood, i) => {
        const talk = newTalks[i].id;
        for (const e of hood.edges) {
          if (e.type !== 'GAVE' || e.to !== talk) continue;
          const speaker = hood.nodes.find((n) => n.id === e.from);
          if (speaker) nodes.push(speaker);
          edges.push(e);
        }
      });
    }
    const root = this.view.node(id);
    const added = this.view.add(nodes, edges, id);
    this.caps.set(id, { first, truncated: sub.truncated });
    root?.toggleClass('truncated', sub.truncated);
    const name = root ? String(root.data('name')) : id;
    if (added.nonempty()) {
      // Undo takes the elements away and forgets the cap, so expanding again starts afresh.
      this.view.record(`${prior ? 'more of' : 'expand'} ${name}`, () => {
        this.view.cy.remove(added);
        if (prior) this.caps.set(id, prior);
        else this.caps.delete(id);
        root?.toggleClass('truncated', prior?.truncated ?? false);
      });
    }
    if (added.nodes().nonempty()) await this.view.layout();
    return added.nodes().length;
  }
}
