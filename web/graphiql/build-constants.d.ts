// Inlined by web/graphiql/build.mjs (esbuild `define`).
/** schema/examples.graphql: the questions preloaded as tabs */
declare const EXAMPLES_GRAPHQL: string;
/** schema/schema.graphql (a test keeps it in step with the code) */
declare const SCHEMA_GRAPHQL: string;
