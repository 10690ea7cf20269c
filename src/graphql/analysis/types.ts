import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Evidence, Person, Talk, Technology } from '../entities/types';

export enum SpeakerSort {
  TALKS = 'TALKS',
  SHARE = 'SHARE',
}
registerEnumType(SpeakerSort, {
  name: 'SpeakerSort',
  description:
    'TALKS: most talks on the topic first, ties by name; SHARE: the largest share of their talks on the topic first, ' +
    'ties by talks on the topic, then name',
});

export enum TrendNormalize {
  COUNT = 'COUNT',
  SHARE = 'SHARE',
}
registerEnumType(TrendNormalize, {
  name: 'TrendNormalize',
  description: "What a trend point's `value` is: COUNT (its talks) or SHARE (its talks / all talks of that year)",
});

export enum BreakdownBy {
  CITY = 'CITY',
  ORGANIZATION = 'ORGANIZATION',
  EVENT = 'EVENT',
}
registerEnumType(BreakdownBy, {
  name: 'BreakdownBy',
  description:
    "CITY (the talk's event's city), ORGANIZATION (every organization a speaker is affiliated with) or EVENT",
});

// The answer shapes of the relationship and trend queries (docs/API shape in
// /work/brief/API.md). Entities are the lead's entity objects, so a client can
// go on from `person` or `technology` to any of their fields.

@ObjectType({ simpleResolvers: true, description: 'Someone who spoke about a topic, with the talks that make it so' })
export class TopicSpeaker {
  @Field(() => Person) person!: Person;
  @Field(() => [Talk], { description: 'their talks on the topic (narrower technologies included), by year' })
  talks!: Talk[];
  @Field(() => Float, { description: 'share of their talks that are on the topic, 0..1' }) score!: number;
  @Field(() => Float, { description: 'topicTalks / totalTalks, rounded to 6 decimals' }) share!: number;
  @Field(() => Int, { description: 'how many of their talks are on the topic' }) topicTalks!: number;
  @Field(() => Int, { description: 'how many talks they gave in all' }) totalTalks!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One year of a technology trend' })
export class TrendPoint {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'talks about the technology or a narrower one' }) talks!: number;
  @Field(() => Int, { description: 'distinct events of those talks' }) events!: number;
  @Field(() => Int, { description: 'distinct speakers of those talks' }) people!: number;
  @Field(() => [Talk], { description: 'the talks counted (at most 50)' }) talkList!: Talk[];
  @Field(() => Int, { description: 'all talks of that year, about anything' }) yearTalks!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'talks / yearTalks (6 decimals); null when the year has no talks',
  })
  share!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'what to chart: talks (normalize: COUNT, the default) or share (normalize: SHARE)',
  })
  value!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'A technology year by year, zero-filled across the range' })
export class TrendSeries {
  @Field(() => Technology) technology!: Technology;
  @Field({ description: 'the name as asked for' }) query!: string;
  @Field(() => [TrendPoint]) points!: TrendPoint[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'How a technology moved between the earlier and the later half of a range',
})
export class TechnologyMovement {
  @Field(() => Technology) technology!: Technology;
  @Field(() => Int, { nullable: true, description: 'first year any talk was about it' }) firstSeenYear!: number | null;
  @Field(() => Int, { description: 'talks tagged with it in [from, mid], mid = floor((from+to)/2)' })
  earlierTalks!: number;
  @Field(() => Int, { description: 'talks tagged with it in [mid+1, to]' }) laterTalks!: number;
  @Field(() => Int, { description: 'laterTalks - earlierTalks' }) change!: number;
  @Field(() => Float, { description: 'log2 of the smoothed ratio of talks per year, later over earlier' })
  growth!: number;
  @Field({ description: 'RISING, FADING, NEW or STEADY' }) direction!: string;
  @Field(() => [Talk], { description: 'its talks in the range, by year (at most 50)' }) talks!: Talk[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'A technology that shares talks with another more often than chance',
})
export class RelatedTechnology {
  @Field(() => Technology) technology!: Technology;
  @Field(() => Float, { description: 'normalized PMI x shared/(shared+1), -1..1' }) score!: number;
  @Field(() => Int) sharedTalks!: number;
  @Field(() => [Talk], { description: 'the shared talks, by year (at most 50)' }) talks!: Talk[];
}

@ObjectType({
  simpleResolvers: true,
  description: "One group of a technology's talks: a city, an organization or an event",
})
export class BreakdownEntry {
  @Field(() => String, {
    nullable: true,
    description: "the city, or the organization's or event's name; null for the talks without one",
  })
  key!: string | null;
  @Field(() => ID, { nullable: true, description: 'the organization or event id (null for cities)' }) id!:
    | string
    | null;
  @Field(() => Int, { description: 'talks in this group' }) talks!: number;
  @Field(() => Float, {
    description: "talks / all the technology's talks (6 decimals; by organization the shares may add up past 1)",
  })
  share!: number;
  @Field(() => [Talk], { description: 'the talks, by year (at most 50)' }) talkList!: Talk[];
}

@ObjectType({
  simpleResolvers: true,
  description: "A technology's talks (narrower ones included) split by city, organization or event",
})
export class TechnologyBreakdown {
  @Field(() => Technology) technology!: Technology;
  @Field(() => BreakdownBy) by!: BreakdownBy;
  @Field(() => Int, { description: "all the technology's talks" }) totalTalks!: number;
  @Field(() => [BreakdownEntry], { description: 'most talks first; the group without a key last' })
  entries!: BreakdownEntry[];
}

@ObjectType('GraphNode', { simpleResolvers: true, description: 'Any node, as graph browsers draw it' })
export class GraphNodeView {
  @Field(() => ID) id!: string;
  @Field({ description: 'Person, Organization, Technology, Event, Talk or Document' }) kind!: string;
  @Field() name!: string;
  @Field(() => [String]) aliases!: string[];
}

@ObjectType('GraphEdge', { simpleResolvers: true, description: 'A relationship, as stored: from -> to' })
export class GraphEdgeView {
  @Field(() => ID) id!: string;
  @Field({ description: 'GAVE, AT, ABOUT, AFFILIATED_WITH, ORGANIZED_BY, BROADER_THAN or MENTIONS' }) type!: string;
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => [Evidence]) evidence!: Evidence[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'A shortest connection: nodes in order, and the relationship between each two',
})
export class GraphPath {
  @Field(() => Int, { description: 'number of relationships' }) length!: number;
  @Field(() => [GraphNodeView]) nodes!: GraphNodeView[];
  @Field(() => [GraphEdgeView]) edges!: GraphEdgeView[];
}

@ObjectType({ simpleResolvers: true, description: 'One search result' })
export class SearchHit {
  @Field(() => Float, { description: '1 exact, 0.8-0.9 prefix, 0.6-0.8 contains, <= 0.5 terms/typos' }) score!: number;
  @Field() kind!: string;
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'the name or alias that matched' }) matched!: string;
  @Field(() => GraphNodeView) node!: GraphNodeView;
}

@ObjectType({ simpleResolvers: true, description: 'The nodes and relationships around one node' })
export class Subgraph {
  @Field(() => [GraphNodeView]) nodes!: GraphNodeView[];
  @Field(() => [GraphEdgeView]) edges!: GraphEdgeView[];
  @Field({ description: 'true when nodes or relationships were left out to stay within `first`' })
  truncated!: boolean;
}
