// The trends input's example names two technologies in the loaded data (the
// two with the most talks), so the example works when typed; an empty store
// gets a neutral hint rather than names it does not hold. Same idea as path-hints.ts.
import { gql } from './api';

const NEUTRAL = 'Add a technology by name';

/** Sets the placeholder; returns the example names (none over an empty store). */
export async function showTrendHints(input: HTMLInputElement): Promise<string[]> {
  const q = `query TrendHints { technologies(first: 2, sort: { field: TALKS, descending: true }) { nodes { name } } }`;
  const names = (await gql<{ technologies: { nodes: { name: string }[] } }>(q)).technologies.nodes.map((t) => t.name);
  input.placeholder = names.length ? `Add a technology, e.g. ${names.join(' / ')}` : NEUTRAL;
  input.dataset.hinted = names.length ? 'technologies' : 'neutral'; // lets a test (or a reader) tell the hint has landed
  return names;
}
