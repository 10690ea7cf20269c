import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTabs } from './examples';

// GraphiQL, bundled: served at GET /graphql to browsers, it works offline and
// under the server's `default-src 'self'` policy (no CDN, no inline script).

type FetchParams = { query: string; operationName?: string | null; variables?: unknown };

/** POSTs to the API this page came from; the response is the JSON body, errors included. */
async function fetcher(params: FetchParams, options?: { headers?: Record<string, unknown> }) {
  const res = await fetch(new URL('/graphql', window.location.href), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
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
