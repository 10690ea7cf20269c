// The one search box: any kind, Chinese or English; results grouped by kind.
import { search } from './api';
import { clear, debounce, errorMessage, h } from './dom';
import type { GraphNode, SearchHit } from './types';
import { KINDS } from './types';

/** Kinds by their best hit, so the group holding the best match comes first; ties keep the usual kind order. */
function kindOrder(hits: SearchHit[]): string[] {
  const best = new Map<string, number>();
  for (const x of hits) best.set(x.kind, Math.max(best.get(x.kind) ?? 0, x.score));
  const rank = (k: string) => {
    const i = (KINDS as readonly string[]).indexOf(k);
    return i < 0 ? KINDS.length : i;
  };
  return [...best.keys()].sort((a, b) => best.get(b)! - best.get(a)! || rank(a) - rank(b));
}

export function mountSearch(input: HTMLInputElement, results: HTMLElement, pick: (node: GraphNode) => void): void {
  let hits: SearchHit[] = [];
  let active = 0;
  let asked = '';

  const close = () => {
    results.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const choose = (hit: SearchHit) => {
    close();
    input.select();
    pick(hit.node ?? { id: hit.id, kind: hit.kind, name: hit.name, aliases: [] });
  };

  const render = () => {
    clear(results);
    if (hits.length === 0) {
      results.append(h('p', { class: 'muted empty' }, `Nothing matches “${asked}”.`));
    }
    const order = kindOrder(hits);
    let index = 0;
    for (const kind of order) {
      const group = hits.filter((x) => x.kind === kind);
      if (group.length === 0) continue;
      results.append(
        h('h4', { class: 'group' }, h('span', { class: `dot kind-${kind}` }), `${kind} (${group.length})`),
      );
      for (const hit of group) {
        const i = index++;
        const alias =
          hit.matched && hit.matched !== hit.name ? h('span', { class: 'muted' }, ` ← ${hit.matched}`) : null;
        results.append(
          h(
            'button',
            {
              type: 'button',
              role: 'option',
              class: `hit${i === active ? ' active' : ''}`,
              'data-id': hit.id,
              'data-kind': hit.kind,
              onclick: () => choose(hit),
            },
            hit.name,
            alias,
          ),
        );
      }
    }
    results.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  // Hits in display order (grouped by kind), so arrow keys walk what the user sees.
  const ordered = () => kindOrder(hits).flatMap((k) => hits.filter((x) => x.kind === k));

  const run = debounce(async (text: string) => {
    if (text.trim() === '') {
      close();
      return;
    }
    try {
      const found = await search(text.trim(), 30);
      if (input.value !== text) return; // a later keystroke owns the results
      asked = text.trim();
      hits = found;
      active = 0;
      hits = ordered();
      render();
    } catch (e) {
      clear(results);
      results.append(h('p', { class: 'error' }, `Search failed: ${errorMessage(e)}`));
      results.hidden = false;
    }
  }, 200);

  input.addEventListener('input', () => {
    // Old hits must not be picked (Enter, or a quick click) once the text has changed.
    hits = [];
    close();
    run(input.value);
  });
  input.addEventListener('focus', () => {
    if (hits.length && input.value.trim()) render();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') close();
    else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (hits.length === 0) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (ev.key === 'Enter' && hits.length && !results.hidden) {
      ev.preventDefault();
      choose(hits[active]);
    }
  });
  document.addEventListener('click', (ev) => {
    if (!results.contains(ev.target as Node) && ev.target !== input) close();
  });
}
