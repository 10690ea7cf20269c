import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { resolveTopic } from '../../analysis/topic';
import type { NodeKind } from '../../model/graph';
import { kindOfId, normalizeName } from '../../model/ids';
import type { NodeFilter, NodeSort, SortField as StoreSortField } from '../../store/port';
import { unknownName } from '../analysis/unknown-name';
import type { GraphContext } from '../context';
import { userInputError } from '../errors';

export enum SortField {
  NAME = 'NAME',
  DATE = 'DATE',
  TALKS = 'TALKS',
  MENTIONS = 'MENTIONS',
}
registerEnumType(SortField, {
  name: 'SortField',
  description: 'NAME; DATE (events by start date, talks by year); TALKS (number of talks); MENTIONS (source documents)',
});

@InputType({ description: 'Sort order of a list; ties break by name' })
export class SortInput {
  @Field(() => SortField) field!: SortField;
  @Field({ nullable: true, defaultValue: false }) descending!: boolean;
}

@InputType({
  description:
    'Narrows a list. Entities are given by id or by any name or alias in any language; ' +
    'a technology includes its narrower ones.',
})
export class ListFilter {
  @Field({ nullable: true }) technology?: string;
  @Field({ nullable: true }) speaker?: string;
  @Field({ nullable: true }) organization?: string;
  @Field({ nullable: true }) event?: string;
  @Field(() => Int, { nullable: true }) yearFrom?: number;
  @Field(() => Int, { nullable: true }) yearTo?: number;
  @Field({ nullable: true, description: 'case-insensitive part of a name or alias' }) nameContains?: string;
  @Field({
    nullable: true,
    description: 'also list broader terms that no document names, only implies (Docker -> 容器); default false',
  })
  includeImplied?: boolean;
  @Field({
    nullable: true,
    description: 'talks (and events) in this city, by its name as the events give it; talks and events only',
  })
  city?: string;
  @Field(() => [String], {
    nullable: true,
    description:
      'talks about EVERY one of these technologies (each or a narrower one): "talks about both A and B"; talks only',
  })
  technologiesAll?: string[];
}

/** The id of the entity of `kind` that `text` names (id, name or alias), or null. */
export async function resolveEntityId(ctx: GraphContext, kind: NodeKind, text: string): Promise<string | null> {
  if (kindOfId(text) === kind) return text;
  const wanted = normalizeName(text);
  if (!wanted) return null;
  const rows = await ctx.store.nameRows([kind]);
  const byName = rows.find((r) => normalizeName(r.name) === wanted);
  if (byName) return byName.id;
  const byAlias = rows.find((r) => r.aliases.some((a) => normalizeName(a) === wanted));
  if (byAlias) return byAlias.id;
  // a technology as speakersOn reads a topic: plurals, the other language, small typos
  if (kind === 'Technology') return resolveTopic(text, await ctx.store.technologyRows()).matched[0]?.id ?? null;
  return null;
}

const SUBJECT: Record<NodeKind, string> = {
  Person: 'no person',
  Organization: 'no organization',
  Technology: 'no technology',
  Event: 'no event',
  Talk: 'no talk',
  Document: 'no document',
};

/** The id `text` names for a filter field, or the unknown-name error naming `field` and the input. */
async function entityIdOrError(ctx: GraphContext, kind: NodeKind, text: string, field: string): Promise<string> {
  const id = await resolveEntityId(ctx, kind, text);
  const rows = await ctx.store.nameRows([kind]);
  if (id && rows.some((r) => r.id === id)) return id;
  throw unknownName(field, text, SUBJECT[kind], rows);
}

/** The stored spellings of the city `text` names (same key: case, width and spaces do not matter). */
async function citiesOrError(ctx: GraphContext, text: string): Promise<string[]> {
  const known = [...new Set((await ctx.store.eventRows()).flatMap((e) => (e.city ? [e.city] : [])))].sort();
  const wanted = normalizeName(text);
  const cities = known.filter((c) => wanted && normalizeName(c) === wanted);
  if (cities.length > 0) return cities;
  throw unknownName(
    'filter.city',
    text,
    'no event city',
    known.map((name) => ({ name, aliases: [] })),
  );
}

/** Which lists each of the newer filter fields applies to (the store ignores them elsewhere). */
const ONLY_FOR: [keyof ListFilter, NodeKind[], string][] = [
  ['city', ['Talk', 'Event'], 'talks and events'],
  ['technologiesAll', ['Talk'], 'talks'],
];

/**
 * The store filter for an API filter on a list of `kind`. A name the graph does
 * not hold is a BAD_USER_INPUT error naming the field (`filter.speaker`), never
 * a silently empty list.
 */
export async function toStoreFilter(
  ctx: GraphContext,
  kind: NodeKind,
  f: ListFilter | undefined | null,
): Promise<NodeFilter> {
  if (!f) return {};
  for (const [field, kinds, lists] of ONLY_FOR)
    if (f[field] != null && !kinds.includes(kind))
      throw userInputError(`filter.${field} applies to ${lists} only`, `filter.${field}`);
  const out: NodeFilter = {
    yearFrom: f.yearFrom,
    yearTo: f.yearTo,
    nameContains: f.nameContains,
    includeImplied: f.includeImplied,
  };
  const refs: [keyof NodeFilter, NodeKind, keyof ListFilter, string | undefined][] = [
    ['technologyId', 'Technology', 'technology', f.technology],
    ['speakerId', 'Person', 'speaker', f.speaker],
    ['organizationId', 'Organization', 'organization', f.organization],
    ['eventId', 'Event', 'event', f.event],
  ];
  for (const [key, refKind, field, text] of refs) {
    if (!text) continue;
    (out as Record<string, unknown>)[key] = await entityIdOrError(ctx, refKind, text, `filter.${field}`);
  }
  if (f.city) out.cities = await citiesOrError(ctx, f.city);
  if (f.technologiesAll?.length) {
    const ids: string[] = [];
    for (const text of f.technologiesAll)
      ids.push(await entityIdOrError(ctx, 'Technology', text, 'filter.technologiesAll'));
    out.allTechnologyIds = [...new Set(ids)].sort();
  }
  for (const k of Object.keys(out) as (keyof NodeFilter)[]) if (out[k] == null) delete out[k];
  return out;
}

export function toStoreSort(sort: SortInput | undefined | null): NodeSort | undefined {
  return sort ? { field: sort.field as StoreSortField, descending: sort.descending } : undefined;
}
