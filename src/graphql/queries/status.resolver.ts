import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { publicText } from '../public-text';

@ObjectType({ simpleResolvers: true, description: 'What the store holds' })
export class GraphStats {
  @Field() store!: string;
  @Field() healthy!: boolean;
  @Field() detail!: string;
  @Field(() => Int) documents!: number;
  @Field(() => Int) people!: number;
  @Field(() => Int) organizations!: number;
  @Field(() => Int) technologies!: number;
  @Field(() => Int) events!: number;
  @Field(() => Int) talks!: number;
  @Field(() => Int) relationships!: number;
}

@Resolver()
export class StatusResolver {
  @Query(() => GraphStats, { description: 'store health and counts' })
  async stats(@Ctx() ctx: GraphContext): Promise<GraphStats> {
    const health = await ctx.store.health();
    const s = await ctx.store.stats();
    return {
      store: ctx.store.kind,
      healthy: health.ok,
      detail: publicText(health.detail), // anonymous clients read this: no secrets, no server paths
      documents: s.documents,
      people: s.nodes.Person,
      organizations: s.nodes.Organization,
      technologies: s.nodes.Technology,
      events: s.nodes.Event,
      talks: s.nodes.Talk,
      relationships: s.rels,
    };
  }
}
