import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { talkgraphSchema } from './schema';

/** The SDL as checked in at schema/schema.graphql (sorted, so diffs are readable). */
export function schemaSDL(): string {
  return `${printSchema(lexicographicSortSchema(talkgraphSchema()))}\n`;
}

export const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'schema', 'schema.graphql');

if (require.main === module) {
  writeFileSync(SCHEMA_FILE, schemaSDL());
  console.log(`wrote ${SCHEMA_FILE}`);
}
