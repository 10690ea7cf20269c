import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { asDocument, Document } from '../entities/types';
import { DocumentSource } from './types';

@Resolver(() => Document)
export class DocumentSourceResolver {
  @Query(() => Document, { nullable: true, description: 'a source document by id (from evidence { document { id } })' })
  async document(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext): Promise<Document | null> {
    const node = await ctx.batchers.nodes.load(id);
    return node?.kind === 'Document' ? asDocument(node) : null;
  }

  @FieldResolver(() => DocumentSource, {
    nullable: true,
    description: 'the text the evidence offsets point into; null when the file is gone or unreadable',
  })
  async source(@Root() doc: Document, @Ctx() ctx: GraphContext): Promise<DocumentSource | null> {
    const path = doc.node.props?.path;
    if (!ctx.sources || typeof path !== 'string') return null;
    const hash = typeof doc.node.props?.contentHash === 'string' ? doc.node.props.contentHash : null;
    return ctx.sources.read(path, hash);
  }
}
