import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { related } from './related';
import { RELATIONSHIP_FIELDS } from './relationship-fields';
import { asOrganization, asTalk, Event, Organization, Talk } from './types';

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => [Organization])
  async organizers(@Root() event: Event, @Ctx() ctx: GraphContext): Promise<Organization[]> {
    return (await related(ctx, event.id, RELATIONSHIP_FIELDS.Event.organizers)).map(asOrganization);
  }

  @FieldResolver(() => [Talk])
  async talks(@Root() event: Event, @Ctx() ctx: GraphContext): Promise<Talk[]> {
    return (await related(ctx, event.id, RELATIONSHIP_FIELDS.Event.talks)).map(asTalk);
  }
}
