// One DataLoader batch of nodes: ids in, rows keyed by id out (absent ids give no row).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS kind, n.propsJson AS propsJson, n.sources AS sources, n.evidenceJson AS evidenceJson
