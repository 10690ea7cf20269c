import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphNode, NodeKind } from '../../model/graph';
import { decodeCursor } from '../../store/cursor';
import { primeFollowed } from '../batchers';
import type { GraphContext } from '../context';
import {
  asEvent,
  asOrganization,
  asPerson,
  asTalk,
  asTechnology,
  Event,
  Organization,
  Person,
  Talk,
  Technology,
} from '../entities/types';
import { userInputError } from '../errors';
import { type Connection, connectionType, PageArgs, pageSize, toConnection } from '../pagination';
import { ListFilter, resolveEntityId, SortInput, toStoreFilter, toStoreSort } from './filters';
import { followFor } from './follow';

export const EventConnection = connectionType('Event', Event);
export const TalkConnection = connectionType('Talk', Talk);
export const PersonConnection = connectionType('Person', Person);
export const OrganizationConnection = connectionType('Organization', Organization);
export const TechnologyConnection = connectionType('Technology', Technology);

async function list<T>(
  ctx: GraphContext,
  kind: NodeKind,
  page: PageArgs,
  filter: ListFilter | undefined,
  sort: SortInput | undefined,
  map: (n: GraphNode) => T,
  info: GraphQLResolveInfo,
): Promise<Connection<T>> {
  const first = pageSize(page.first);
  try {
    decodeCursor(page.after);
  } catch (e) {
    throw userInputError((e as Error).message, 'after');
  }
  const storeFilter = await toStoreFilter(ctx, kind, filter);
  // the nodes' relationship fields come with the page (one statement on Neo4j)
  const follow = followFor(info, kind);
  const result = await ctx.store.listNodes(
    kind,
    { first, after: page.after, filter: storeFilter, sort: toStoreSort(sort) },
    { follow },
  );
  primeFollowed(ctx.batchers, result, follow);
  return toConnection(result, map);
}

async function one<T>(ctx: GraphContext, kind: NodeKind, ref: string, map: (n: GraphNode) => T): Promise<T | null> {
  const id = await resolveEntityId(ctx, kind, ref);
  const node = id ? await ctx.batchers.nodes.load(id) : null;
  return node ? map(node) : null;
}

const filterArg = { nullable: true } as const;
const refArg = { description: 'id, name or alias' } as const;

@Resolver()
export class ListsResolver {
  @Query(() => EventConnection)
  events(
    @Args() page: PageArgs,
    @Arg('filter', () => ListFilter, filterArg) filter: ListFilter | undefined,
    @Arg('sort', () => SortInput, filterArg) sort: SortInput | undefined,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return list(ctx, 'Event', page, filter, sort, asEvent, info);
  }

  @Query(() => TalkConnection)
  talks(
    @Args() page: PageArgs,
    @Arg('filter', () => ListFilter, filterArg) filter: ListFilter | undefined,
    @Arg('sort', () => SortInput, filterArg) sort: SortInput | undefined,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return list(ctx, 'Talk', page, filter, sort, asTalk, info);
  }

  @Query(() => PersonConnection)
  people(
    @Args() page: PageArgs,
    @Arg('filter', () => ListFilter, filterArg) filter: ListFilter | undefined,
    @Arg('sort', () => SortInput, filterArg) sort: SortInput | undefined,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return list(ctx, 'Person', page, filter, sort, asPerson, info);
  }

  @Query(() => OrganizationConnection)
  organizations(
    @Args() page: PageArgs,
    @Arg('filter', () => ListFilter, filterArg) filter: ListFilter | undefined,
    @Arg('sort', () => SortInput, filterArg) sort: SortInput | undefined,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return list(ctx, 'Organization', page, filter, sort, asOrganization, info);
  }

  @Query(() => TechnologyConnection)
  technologies(
    @Args() page: PageArgs,
    @Arg('filter', () => ListFilter, filterArg) filter: ListFilter | undefined,
    @Arg('sort', () => SortInput, filterArg) sort: SortInput | undefined,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return list(ctx, 'Technology', page, filter, sort, asTechnology, info);
  }

  @Query(() => Person, { nullable: true })
  person(@Arg('ref', () => ID, refArg) ref: string, @Ctx() ctx: GraphContext) {
    return one(ctx, 'Person', ref, asPerson);
  }

  @Query(() => Organization, { nullable: true })
  organization(@Arg('ref', () => ID, refArg) ref: string, @Ctx() ctx: GraphContext) {
    return one(ctx, 'Organization', ref, asOrganization);
  }

  @Query(() => Technology, { nullable: true })
  technology(@Arg('ref', () => ID, refArg) ref: string, @Ctx() ctx: GraphContext) {
    return one(ctx, 'Technology', ref, asTechnology);
  }

  @Query(() => Event, { nullable: true })
  event(@Arg('ref', () => ID, refArg) ref: string, @Ctx() ctx: GraphContext) {
    return one(ctx, 'Event', ref, asEvent);
  }

  @Query(() => Talk, { nullable: true })
  talk(@Arg('ref', () => ID, refArg) ref: string, @Ctx() ctx: GraphContext) {
    return one(ctx, 'Talk', ref, asTalk);
  }
}
