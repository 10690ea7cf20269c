// The path inputs' placeholders name two people who are in the loaded data
// (the two with the most talks), so the example works when tried; an empty
// store gets a neutral hint rather than names it does not hold.
import { gql } from './api';

const NEUTRAL = { from: "from: a person's name", to: "to: another person's name" };

export async function showPathHints(from: HTMLInputElement, to: HTMLInputElement): Promise<void> {
  const q = `query PathHints { people(first: 2, sort: { field: TALKS, descending: true }) { nodes { name } } }`;
  const names = (await gql<{ people: { nodes: { name: string }[] } }>(q)).people.nodes.map((p) => p.name);
  from.placeholder = names[0] ? `from, e.g. ${names[0]}` : NEUTRAL.from;
  to.placeholder = names[1] ? `to, e.g. ${names[1]}` : NEUTRAL.to;
  from.dataset.hinted = names.length ? 'people' : 'neutral'; // lets a test (or a reader) tell the hint has landed
}
