// One DataLoader batch of nodes: ids in, rows keyed by id out (absent ids give no row);
// the evidence only when $evidence, the source ids only when $sources (a request that
// shows none does not ship them).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS kind, n.propsJson AS propsJson, CASE WHEN $sources THEN n.sources END AS sources, CASE WHEN $evidence THEN n.evidenceJson END AS evidenceJson
