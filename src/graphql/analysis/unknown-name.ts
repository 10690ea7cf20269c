import { GraphQLError } from 'graphql';
import { closeMatches, type Named } from '../../analysis/suggest';
import { resolveTopic, type TopicMatch } from '../../analysis/topic';
import type { TechnologyRow } from '../../store/port';
import type { ErrorCode } from '../errors';

// The one rule for a name the graph does not hold, in every field that takes
// one (speakersOn, the list filters, technologyTrend, technologyBreakdown,
// relatedTechnologies, path, neighborhood): BAD_USER_INPUT naming the argument
// and the input, with the closest names and aliases the store holds, e.g.
//   topic: no technology is named "Kuber" (did you mean Kubernetes, Kubeflow?)
// extensions: { code, field, input, suggestions }.

/**
 * @param field the argument as the client wrote it (`topic`, `filter.speaker`, `names`)
 * @param subject what was looked for: "no technology", "no person", "nothing in the graph"
 * @param rows the names the suggestions are taken from
 */
export function unknownName(field: string, input: string, subject: string, rows: readonly Named[]): GraphQLError {
  const suggestions = closeMatches(input, rows);
  const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.join(', ')}?)` : '';
  return new GraphQLError(`${field}: ${subject} is named ${JSON.stringify(input)}${hint}`, {
    extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, field, input, suggestions },
  });
}

/** The technologies a topic names (narrower ones included), or the unknown-name error for `field`. */
export function topicOrError(field: string, text: string, technologies: readonly TechnologyRow[]): TopicMatch {
  const match = resolveTopic(text, technologies);
  if (match.matched.length === 0) throw unknownName(field, text, 'no technology', technologies);
  return match;
}
