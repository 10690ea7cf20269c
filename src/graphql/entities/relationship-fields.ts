import type { FollowKey } from '../../store/port';

// The relationship fields of the API's types and the stored relationship
// each one reads: the resolvers ask the adjacent batcher for exactly these
// keys, and a list page reads them along with its nodes when the request
// selects them (queries/follow.ts), so the two cannot disagree.

export const RELATIONSHIP_FIELDS = {
  Talk: {
    speakers: { type: 'GAVE', direction: 'in' },
    event: { type: 'AT', direction: 'out' },
    technologies: { type: 'ABOUT', direction: 'out' },
  },
  Person: {
    affiliations: { type: 'AFFILIATED_WITH', direction: 'out' },
    talks: { type: 'GAVE', direction: 'out' },
  },
  Event: {
    organizers: { type: 'ORGANIZED_BY', direction: 'out' },
    talks: { type: 'AT', direction: 'in' },
  },
  Technology: {
    talks: { type: 'ABOUT', direction: 'in' },
    broader: { type: 'BROADER_THAN', direction: 'in' },
    narrower: { type: 'BROADER_THAN', direction: 'out' },
  },
  Organization: {
    people: { type: 'AFFILIATED_WITH', direction: 'in' },
    organizedEvents: { type: 'ORGANIZED_BY', direction: 'in' },
  },
} as const satisfies Record<string, Record<string, FollowKey>>;

/** The relationship a field of a type reads, or undefined for a field that is not one. */
export function relationshipField(typeName: string, field: string): FollowKey | undefined {
  const fields = (RELATIONSHIP_FIELDS as Record<string, Record<string, FollowKey>>)[typeName];
  return fields && Object.hasOwn(fields, field) ? fields[field] : undefined;
}
