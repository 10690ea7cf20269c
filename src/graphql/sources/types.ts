import { Field, ObjectType } from 'type-graphql';

// The source viewer's field. The GraphQL layer does not read files itself: the
// server (or CLI) that builds the context hands it a reader, so this layer
// stays free of the loaders and of the file system.

export interface SourceReader {
  read(path: string, contentHash: string | null): Promise<{ text: string; current: boolean } | null>;
}

@ObjectType({
  simpleResolvers: true,
  description: "A document's text as the loader read it: evidence start/end are offsets into it",
})
export class DocumentSource {
  @Field({ description: 'the decoded, parsed text (HTML as its visible text)' }) text!: string;
  @Field({ description: 'false when the file has changed since it was ingested (offsets may be off)' })
  current!: boolean;
}
