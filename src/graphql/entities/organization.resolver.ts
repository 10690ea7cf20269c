import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { related } from './related';
import { RELATIONSHIP_FIELDS } from './relationship-fields';
import { asEvent, asPerson, Event, Organization, Person } from './types';

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => [Person], { description: 'people affiliated with it' })
  async people(@Root() org: Organization, @Ctx() ctx: GraphContext): Promise<Person[]> {
    return (await related(ctx, org.id, RELATIONSHIP_FIELDS.Organization.people)).map(asPerson);
  }

  @FieldResolver(() => [Event], { description: 'events it organized' })
  async organizedEvents(@Root() org: Organization, @Ctx() ctx: GraphContext): Promise<Event[]> {
    return (await related(ctx, org.id, RELATIONSHIP_FIELDS.Organization.organizedEvents)).map(asEvent);
  }
}
