import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { clampFirst, LIMITS } from '../../analysis/limits';
import { relatedFrom } from '../../analysis/related';
import type { GraphContext } from '../context';
import { asTechnology } from '../entities/types';
import { loadNodes, loadTalks, userInput } from './shared';
import { RelatedTechnology } from './types';
import { topicOrError } from './unknown-name';

@Resolver()
export class RelatedTechnologiesResolver {
  @Query(() => [RelatedTechnology], {
    description:
      'Technologies that share talks with the named one (narrower ones included in it, left out of the answer) ' +
      'more often than chance: normalized PMI, discounted for few shared talks',
  })
  async relatedTechnologies(
    @Arg('name') name: string,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Ctx() ctx: GraphContext,
  ): Promise<RelatedTechnology[]> {
    const size = userInput('first', () => clampFirst(first, LIMITS.relatedTechnologies));
    const match = await topicOrError('name', name, ctx.store);
    // the store counts shared talks (one Cypher statement on Neo4j, an index on the embedded store); the score is ours
    const ranked = relatedFrom(await ctx.store.cooccurrence(match.ids, LIMITS.talksPerItem.cap));
    const top = ranked.slice(0, size);
    const techs = new Map(
      (
        await loadNodes(
          ctx,
          top.map((r) => r.technologyId),
        )
      ).map((n) => [n.id, n]),
    );
    // every talk list in one tick, so the batcher reads them in one store call
    return Promise.all(
      top
        .filter((r) => techs.has(r.technologyId))
        .map(async (r) => ({
          technology: asTechnology(techs.get(r.technologyId)!),
          score: r.score,
          sharedTalks: r.sharedTalks,
          talks: await loadTalks(ctx, r.talkIds, LIMITS.talksPerItem.cap),
        })),
    );
  }
}
