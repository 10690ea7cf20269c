import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { Affiliation } from './types';

// A career over time: an affiliation is as old as the documents that state it.
// The years come from those documents' dates, so both stores answer alike and
// nothing new is stored.

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => [Int], {
    description: 'the years of the documents that state this affiliation, oldest first (undated documents left out)',
  })
  async years(@Root() affiliation: Affiliation, @Ctx() ctx: GraphContext): Promise<number[]> {
    const ids = [...new Set(affiliation.evidence.map((e) => e.documentId))];
    const docs = await ctx.batchers.nodes.loadMany(ids);
    const years = new Set<number>();
    for (const d of docs) {
      if (!d || d instanceof Error) continue;
      const year = Number(String(d.props.publishedAt ?? '').slice(0, 4));
      if (Number.isInteger(year) && year > 0) years.add(year);
    }
    return [...years].sort((a, b) => a - b);
  }
}
