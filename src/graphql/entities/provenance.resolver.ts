import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { documentsOf, toEvidence } from './related';
import { asDocument, Document, Event, Evidence, Organization, Person, Talk, Technology } from './types';

// Every entity can say where it comes from: its evidence and source documents.
function provenanceFor<T extends { node: import('../../model/graph').GraphNode }>(cls: ClassType<T>) {
  @Resolver(() => cls)
  class ProvenanceResolver {
    @FieldResolver(() => [Evidence], { description: 'snippets of the documents that support this' })
    evidence(@Root() root: T): Evidence[] {
      return toEvidence(root.node.evidence);
    }

    @FieldResolver(() => [Document], { description: 'the documents this comes from' })
    async documents(@Root() root: T, @Ctx() ctx: GraphContext): Promise<Document[]> {
      return (await documentsOf(ctx, root.node)).map(asDocument);
    }
  }
  return ProvenanceResolver;
}

export const provenanceResolvers = [Person, Organization, Technology, Event, Talk].map((cls) =>
  provenanceFor(cls as ClassType<{ node: import('../../model/graph').GraphNode }>),
);

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document, { nullable: true, description: 'the document the snippet is from' })
  async document(@Root() root: Evidence, @Ctx() ctx: GraphContext): Promise<Document | null> {
    const node = await ctx.batchers.nodes.load(root.documentId);
    return node ? asDocument(node) : null;
  }
}
