import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { clampFirst, LIMITS } from '../../analysis/limits';
import { searchNames } from '../../analysis/search';
import type { GraphContext } from '../context';
import { toNodeView, userInput } from './shared';
import { SearchHit } from './types';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'One search box over every entity: names, aliases and talk titles, Chinese and English, ' +
      'typo tolerant for Latin words; best first',
  })
  async search(
    @Arg('text') text: string,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Ctx() ctx: GraphContext,
  ): Promise<SearchHit[]> {
    const size = userInput('first', () => clampFirst(first, LIMITS.search));
    const rows = await ctx.store.nameRows();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return userInput('text', () => searchNames(rows, text, size)).map((hit) => ({
      ...hit,
      node: toNodeView(byId.get(hit.id)!),
    }));
  }
}
