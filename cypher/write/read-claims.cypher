// Step 2: the claims on every node and relationship the write touches (what
// the document says now, what it said before, the ends of its relationships).
// $rels: [{type, from, to}].
RETURN
  COLLECT {
    UNWIND $nodeIds AS id
    MATCH (n:Entity {id: id})
    RETURN [n.id, n.claimsJson]
  } AS nodes,
  COLLECT {
    UNWIND $rels AS rel
    MATCH (a:Entity {id: rel.from})-[r]->(b:Entity {id: rel.to})
    WHERE type(r) = rel.type
    RETURN [type(r), a.id, b.id, r.claimsJson]
  } AS rels
