import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { buildSchema, Kind, parse } from 'graphql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTabs } from './examples';

// GraphiQL, bundled: served at GET /graphql to browsers, it works offline and
// under the server's `default-src 'self'` policy (no CDN, no inline script).

type FetchParams = { query: string; operationName?: string | null; variables?: unknown };

/**
 * GraphiQL 4 keeps the operation name of the tab shown before when another
 * preloaded tab is opened and run unedited, and the server then answers
 * "Unknown operation". A name the document does not define is dropped, so a
 * single-operation document runs its one operation.
 */
function operationNameIn(query: string, name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  try {
    const defined = parse(query).definitions.some(
      (d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
    );
    return defined ? name : undefined;
  } catch {
    return name; // the server reports the syntax error
  }
}

/** POSTs to the API this page came from; the response is the JSON body, errors included. */
async function fetcher(params: FetchParams, options?: { headers?: Record<string, unknown> }) {
  const res = await fetch(new URL('/graphql', window.location.href), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify({ ...params, operationName: operationNameIn(params.query, params.operationName) }),
  });
  return res.json();
}

const tabs = exampleTabs(EXAMPLES_GRAPHQL);
const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no #graphiql element');
createRoot(root).render(
  createElement(GraphiQL, {
    fetcher,
    // The schema ships with the page: the server's depth limit refuses GraphiQL's
    // introspection query (14 levels), and the docs and completion need no round trip.
    schema: buildSchema(SCHEMA_GRAPHQL),
    defaultTabs: tabs.map((t) => ({ query: t.query })),
    defaultEditorToolsVisibility: false,
    isHeadersEditorEnabled: false,
  }),
);
