import 'reflect-metadata';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { NodePage } from '../store/port';
import { userInputError } from './errors';

/** The server's own cap: `first` up to this is served; past it the page is cut and hasNextPage says so. */
export const MAX_PAGE = 1000;
export const DEFAULT_PAGE = 50;

export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first == null) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0) throw userInputError(`${field} must be a non-negative integer`, field);
  return Math.min(first, MAX_PAGE);
}

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `page size (default ${DEFAULT_PAGE}, cut to ${MAX_PAGE})` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'the endCursor of the previous page' })
  after?: string | null;
}

export interface Connection<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A connection type named `<Name>Connection` with its `<Name>Edge`. */
export function connectionType<T extends object>(name: string, node: ClassType<T>): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionOf {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionOf;
}

export function toConnection<T>(page: NodePage, map: (n: NodePage['nodes'][number]) => T): Connection<T> {
  const nodes = page.nodes.map(map);
  return {
    nodes,
    edges: nodes.map((node, i) => ({ cursor: page.cursors[i], node })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    totalCount: page.totalCount,
  };
}
