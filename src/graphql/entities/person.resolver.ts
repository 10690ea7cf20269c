import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { related, toEvidence } from './related';
import { RELATIONSHIP_FIELDS } from './relationship-fields';
import { Affiliation, asOrganization, asTalk, Person, Talk } from './types';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Affiliation])
  async affiliations(@Root() person: Person, @Ctx() ctx: GraphContext): Promise<Affiliation[]> {
    const adjacent = await ctx.batchers.adjacent.load({ id: person.id, ...RELATIONSHIP_FIELDS.Person.affiliations });
    return adjacent.map((a) => ({
      organization: asOrganization(a.other),
      role: a.rel.props.role ?? null,
      evidence: toEvidence(a.rel.evidence),
    }));
  }

  @FieldResolver(() => [Talk], { description: 'talks this person gave' })
  async talks(@Root() person: Person, @Ctx() ctx: GraphContext): Promise<Talk[]> {
    return (await related(ctx, person.id, RELATIONSHIP_FIELDS.Person.talks)).map(asTalk);
  }
}
