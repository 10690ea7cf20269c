import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { related } from './related';
import { RELATIONSHIP_FIELDS } from './relationship-fields';
import { asTalk, asTechnology, Talk, Technology } from './types';

@Resolver(() => Technology)
export class TechnologyResolver {
  @FieldResolver(() => [Talk], { description: 'talks about it (directly; speakersOn includes narrower ones)' })
  async talks(@Root() tech: Technology, @Ctx() ctx: GraphContext): Promise<Talk[]> {
    return (await related(ctx, tech.id, RELATIONSHIP_FIELDS.Technology.talks)).map(asTalk);
  }

  @FieldResolver(() => [Technology], { description: 'broader terms: Docker -> 容器' })
  async broader(@Root() tech: Technology, @Ctx() ctx: GraphContext): Promise<Technology[]> {
    return (await related(ctx, tech.id, RELATIONSHIP_FIELDS.Technology.broader)).map(asTechnology);
  }

  @FieldResolver(() => [Technology], { description: 'narrower terms: 容器 -> Docker, Kubernetes' })
  async narrower(@Root() tech: Technology, @Ctx() ctx: GraphContext): Promise<Technology[]> {
    return (await related(ctx, tech.id, RELATIONSHIP_FIELDS.Technology.narrower)).map(asTechnology);
  }
}
