import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import { analysisResolvers } from './analysis';
import { AffiliationResolver } from './entities/affiliation.resolver';
import { EventResolver } from './entities/event.resolver';
import { OrganizationResolver } from './entities/organization.resolver';
import { PersonResolver } from './entities/person.resolver';
import { EvidenceResolver, provenanceResolvers } from './entities/provenance.resolver';
import { TalkResolver } from './entities/talk.resolver';
import { TechnologyResolver } from './entities/technology.resolver';
import { ListsResolver } from './queries/lists.resolver';
import { StatusResolver } from './queries/status.resolver';
import { DocumentSourceResolver } from './sources/source.resolver';

// Every resolver class the API serves. Add a feature's resolvers here.
const resolvers: Function[] = [
  AffiliationResolver,
  DocumentSourceResolver,
  ListsResolver,
  StatusResolver,
  PersonResolver,
  TalkResolver,
  EventResolver,
  OrganizationResolver,
  TechnologyResolver,
  EvidenceResolver,
  ...provenanceResolvers,
  ...analysisResolvers,
];

let schema: GraphQLSchema | null = null;

/** The executable schema (built once: resolvers are stateless, state lives in the request context). */
export function talkgraphSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: resolvers as unknown as NonEmptyArray<Function>,
    validate: false,
  });
  return schema;
}
