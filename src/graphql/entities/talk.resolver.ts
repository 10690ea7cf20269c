import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { related } from './related';
import { RELATIONSHIP_FIELDS } from './relationship-fields';
import { asEvent, asPerson, asTechnology, Event, Person, Talk, Technology } from './types';

@Resolver(() => Talk)
export class TalkResolver {
  @FieldResolver(() => [Person])
  async speakers(@Root() talk: Talk, @Ctx() ctx: GraphContext): Promise<Person[]> {
    return (await related(ctx, talk.id, RELATIONSHIP_FIELDS.Talk.speakers)).map(asPerson);
  }

  @FieldResolver(() => Event, { nullable: true })
  async event(@Root() talk: Talk, @Ctx() ctx: GraphContext): Promise<Event | null> {
    const [event] = await related(ctx, talk.id, RELATIONSHIP_FIELDS.Talk.event);
    return event ? asEvent(event) : null;
  }

  @FieldResolver(() => [Technology], { description: 'technologies the title or abstract names or discusses' })
  async technologies(@Root() talk: Talk, @Ctx() ctx: GraphContext): Promise<Technology[]> {
    return (await related(ctx, talk.id, RELATIONSHIP_FIELDS.Talk.technologies)).map(asTechnology);
  }
}
