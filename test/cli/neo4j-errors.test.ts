import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NEO4J_SKIP, neo4jTestConfig } from '../store/neo4j-fixture';
import { talkgraph } from '../support/cli';
import { freePort } from '../support/net';

// What a user sees when Neo4j cannot be used: one line naming the URI (never
// its user:password@ part) and the cause, no driver boilerplate, exit 3; the
// same sentence as the GraphQL error of `talkgraph query`.

const BOILERPLATE = /Please ensure|Neo4j 4\.0|Caused by|encryption setting/;

/** A port nothing listens on. */
const closedPort = freePort;

function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line: ${stderr}`);
  assert.doesNotMatch(lines[0], BOILERPLATE, 'no driver boilerplate');
  return lines[0];
}

describe('Neo4j errors a user sees: a closed port', () => {
  it('stats: names the URI without its credentials and says the connection was refused', async () => {
    const port = await closedPort();
    const r = talkgraph(['stats'], { NEO4J_URI: `bolt://alice:s3cret-pw@127.0.0.1:${port}` });
    assert.equal(r.status, 3, r.stderr);
    const line = oneLine(r.stderr);
    assert.ok(line.includes(`Neo4j at bolt://***@127.0.0.1:${port} is unreachable`), line);
    assert.match(line, /the connection was refused; is Neo4j running on that host and port\?$/);
    assert.doesNotMatch(r.stderr + r.stdout, /s3cret-pw|alice/, 'the credentials are not echoed');
  });

  it('query: the GraphQL error carries the same sentence', async () => {
    const port = await closedPort();
    const r = talkgraph(['query', '--json', '{ talks(first: 1) { totalCount } }'], {
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
    });
    assert.equal(r.status, 3, r.stderr);
    const text = r.stdout + r.stderr;
    assert.ok(text.includes(`Neo4j at bolt://127.0.0.1:${port} is unreachable`), text);
    assert.match(text, /the connection was refused/);
    assert.doesNotMatch(text, BOILERPLATE);
  });
});

const config = neo4jTestConfig();

describe('Neo4j errors a user sees: a wrong password', { skip: !config && NEO4J_SKIP }, () => {
  it('stats and query: name the URI and the refused user, exit 3', () => {
    if (!config) return;
    // the test Neo4j has auth on (scripts/neo4j.mjs sets a password); CI would fail otherwise
    assert.ok(config.password, 'the test Neo4j must have auth on for this test');
    const env = {
      NEO4J_URI: config.uri,
      NEO4J_USER: config.user,
      NEO4J_PASSWORD: `${config.password}-wrong`,
      NEO4J_DATABASE: config.database ?? '',
    };
    const stats = talkgraph(['stats'], env);
    assert.equal(stats.status, 3, stats.stderr);
    const line = oneLine(stats.stderr);
    assert.ok(line.includes(`Neo4j at ${config.uri}`), line);
    assert.match(line, new RegExp(`refused the credentials of user "${config.user}"`));
    assert.ok(!line.includes(env.NEO4J_PASSWORD), 'the password is not echoed');

    const query = talkgraph(['query', '--json', '{ talks(first: 1) { totalCount } }'], env);
    assert.equal(query.status, 3, query.stderr);
    const text = query.stdout + query.stderr;
    assert.match(text, new RegExp(`refused the credentials of user "${config.user}"`));
    assert.doesNotMatch(text, BOILERPLATE);
  });
});
