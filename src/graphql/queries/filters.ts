import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { resolveTopic } from '../../analysis/topic';
import type { NodeKind } from '../../model/graph';
import { kindOfId, normalizeName } from '../../model/ids';
import type { NodeFilter, NodeSort, SortField as StoreSortField } from '../../store/port';
import type { GraphContext } from '../context';

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

/** The store filter for an API filter; null when it names something that does not exist (nothing matches). */
export async function toStoreFilter(ctx: GraphContext, f: ListFilter | undefined | null): Promise<NodeFilter | null> {
  if (!f) return {};
  const out: NodeFilter = {
    yearFrom: f.yearFrom,
    yearTo: f.yearTo,
    nameContains: f.nameContains,
    includeImplied: f.includeImplied,
  };
  const refs: [keyof NodeFilter, NodeKind, string | undefined][] = [
    ['technologyId', 'Technology', f.technology],
    ['speakerId', 'Person', f.speaker],
    ['organizationId', 'Organization', f.organization],
    ['eventId', 'Event', f.event],
  ];
  for (const [key, kind, text] of refs) {
    if (!text) continue;
    const id = await resolveEntityId(ctx, kind, text);
    if (!id) return null;
    (out as Record<string, unknown>)[key] = id;
  }
  for (const k of Object.keys(out) as (keyof NodeFilter)[]) if (out[k] == null) delete out[k];
  return out;
}

export function toStoreSort(sort: SortInput | undefined | null): NodeSort | undefined {
  return sort ? { field: sort.field as StoreSortField, descending: sort.descending } : undefined;
}
