// One DataLoader batch of nodes: ids in, rows keyed by id out (absent ids give no row);
// the evidence only when $evidence (a request that shows none does not ship it).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS kind, n.propsJson AS propsJson, n.sources AS sources, CASE WHEN $evidence THEN n.evidenceJson END AS evidenceJson
