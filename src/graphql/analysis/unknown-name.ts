import { GraphQLError } from 'graphql';
import { closeMatches, type Named } from '../../analysis/suggest';
import { resolveTopic, type TopicMatch, topicFromHits, topicKeySteps } from '../../analysis/topic';
import type { GraphStore, TechnologyKeyHit, TechnologyRow } from '../../store/port';
import type { ErrorCode } from '../errors';

// The one rule for a name the graph does not hold, in every field that takes
// one (speakersOn, the list filters, technologyTrend, technologyBreakdown,
// relatedTechnologies, path, neighborhood): BAD_USER_INPUT naming the argument
// and the input, with the closest names and aliases the store holds, e.g.
//   topic: no technology is named "Kuber" (did you mean Kubernetes, Kubeflow?)
// extensions: { code, field, input, suggestions }.

/** One step of a topic's lookup by key (topicKeySteps): the keys it tries. */
export type TopicKeyStep = ReturnType<typeof topicKeySteps>[number];

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

/**
 * The technologies each topic names (narrower ones included), in order, or the
 * unknown-name error for `field` of the first topic nothing matches. The names
 * and aliases are looked up by key in the store's index (one call for all the
 * topics); only a topic no key matches (a typo, or an unknown name) reads every
 * technology, for the typo step and the suggestions.
 */
export async function topicsOrError(field: string, texts: readonly string[], store: GraphStore): Promise<TopicMatch[]> {
  const steps = texts.map(topicKeySteps);
  const keys = [...new Set(steps.flat().flatMap((s) => s.keys))];
  const hits = keys.length > 0 ? await store.technologiesByKey(keys) : [];
  const lookup = topicMatcher(field, store);
  const out: TopicMatch[] = [];
  for (const [i, text] of texts.entries()) out.push(await lookup(text, steps[i], hits));
  return out;
}

/**
 * The topic from the hits for its key steps, else (no key matched) from every
 * technology the store holds (read once per lookup, whatever the number of
 * topics), else the unknown-name error for `field`.
 */
export function topicMatcher(
  field: string,
  store: GraphStore,
): (text: string, steps: TopicKeyStep[], hits: readonly TechnologyKeyHit[]) => Promise<TopicMatch> {
  let technologies: readonly TechnologyRow[] | null = null;
  return async (text, steps, hits) => {
    const match = topicFromHits(text, steps, hits);
    if (match.matched.length > 0) return match;
    technologies ??= await store.technologyRows();
    const typo = resolveTopic(text, technologies);
    if (typo.matched.length === 0) throw unknownName(field, text, 'no technology', technologies);
    return typo;
  };
}

/** One topic's technologies, or the unknown-name error for `field` (see topicsOrError). */
export async function topicOrError(field: string, text: string, store: GraphStore): Promise<TopicMatch> {
  const [match] = await topicsOrError(field, [text], store);
  return match;
}
