import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { GraphNode } from '../../model/graph';

// The entity types of the API. Each object carries the stored node it came
// from (`node`, not a GraphQL field) so relationship fields can batch by id.
// Every object type of the API is `simpleResolvers: true`: there are no
// middlewares, so a plain field needs graphql-js's own property read, not
// type-graphql's wrapper (a closure and a middleware dispatch per field value).

@ObjectType({ simpleResolvers: true, description: 'A source document: every fact in the graph points back to one' })
export class Document {
  @Field(() => ID) id!: string;
  @Field({ description: 'the document title' }) title!: string;
  @Field(() => String, { nullable: true }) path!: string | null;
  @Field(() => String, { nullable: true }) sourceUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date' }) publishedAt!: string | null;
  @Field(() => String, { nullable: true }) contentHash!: string | null;
  @Field(() => String, { nullable: true }) format!: string | null;
  node!: GraphNode;
}

@ObjectType({ simpleResolvers: true, description: 'Why the graph says something: a snippet of a document' })
export class Evidence {
  @Field() snippet!: string;
  @Field(() => Int, { description: 'character offset in the decoded document text' }) start!: number;
  @Field(() => Int) end!: number;
  documentId!: string;
}

@ObjectType({ simpleResolvers: true })
export abstract class Entity {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String]) aliases!: string[];
  node!: GraphNode;
}

@ObjectType({ simpleResolvers: true, description: 'A speaker, author, host or organizer' })
export class Person extends Entity {}

@ObjectType({ simpleResolvers: true, description: 'A company, community, university, lab or foundation' })
export class Organization extends Entity {
  @Field(() => String, { nullable: true, description: 'company, community, university, lab, foundation, media, other' })
  type!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Software, a language, protocol, algorithm, standard or technical concept',
})
export class Technology extends Entity {
  @Field(() => String, { nullable: true }) category!: string | null;
  @Field({ description: 'no document names it: it is here as the broader term of one they name' }) implied!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'A conference, summit, meetup or salon' })
export class Event extends Entity {
  @Field(() => String, { nullable: true, description: 'the recurring brand, e.g. ECUG Con' }) series!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date: 2016-01-22, 2016-01 or 2016' }) startDate!:
    | string
    | null;
  @Field(() => String, { nullable: true }) endDate!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) venue!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A talk, keynote, panel, workshop, or an interview/article in an event coverage',
})
export class Talk {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => [String]) aliases!: string[];
  @Field(() => Int, { nullable: true, description: "its event's year, else its document's" }) year!: number | null;
  node!: GraphNode;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A person belongs to an organization, in a role when the text gives one',
})
export class Affiliation {
  @Field(() => Organization) organization!: Organization;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => [Evidence]) evidence!: Evidence[];
}

const base = (n: GraphNode) => ({ id: n.id, name: n.name, aliases: n.aliases, node: n });

/** The API object for a stored node, by its kind. */
export function toEntity(n: GraphNode): Person | Organization | Technology | Event | Talk | Document {
  const p = n.props;
  switch (n.kind) {
    case 'Person':
      return Object.assign(new Person(), base(n));
    case 'Organization':
      return Object.assign(new Organization(), base(n), { type: p.orgType ?? null });
    case 'Technology':
      return Object.assign(new Technology(), base(n), { category: p.category ?? null, implied: p.implied === true });
    case 'Event':
      return Object.assign(new Event(), base(n), {
        series: p.series ?? null,
        startDate: p.startDate ?? null,
        endDate: p.endDate ?? null,
        city: p.city ?? null,
        venue: p.venue ?? null,
      });
    case 'Talk':
      return Object.assign(new Talk(), { id: n.id, title: n.name, aliases: n.aliases, year: p.year ?? null, node: n });
    case 'Document':
      return Object.assign(new Document(), {
        id: n.id,
        title: n.name,
        path: p.path ?? null,
        sourceUrl: p.sourceUrl ?? null,
        publishedAt: p.publishedAt ?? null,
        contentHash: p.contentHash ?? null,
        format: p.format ?? null,
        node: n,
      });
    default: {
      const never: never = n.kind;
      throw new Error(`unknown node kind ${String(never)}`);
    }
  }
}

export const asPerson = (n: GraphNode) => toEntity(n) as Person;
export const asOrganization = (n: GraphNode) => toEntity(n) as Organization;
export const asTechnology = (n: GraphNode) => toEntity(n) as Technology;
export const asEvent = (n: GraphNode) => toEntity(n) as Event;
export const asTalk = (n: GraphNode) => toEntity(n) as Talk;
export const asDocument = (n: GraphNode) => toEntity(n) as Document;
