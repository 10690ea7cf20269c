// Statement 2 of a document write: the stored claims on every node and
// relationship the write touches, what the document says now and what it said
// before ($nodeIds and $rels: [{type, from, to}], deduplicated by the adapter).
RETURN
  COLLECT {
    UNWIND $nodeIds AS id
    MATCH (n:Entity {id: id})
    RETURN [n.id, n.claimsJson]
  } AS nodes,
  COLLECT {
    UNWIND $rels AS rel
    // both ends first, so the planner joins them with Expand(Into) from the
    // smaller side instead of walking every relationship of a document node
    MATCH (a:Entity {id: rel.from})
    MATCH (b:Entity {id: rel.to})
    MATCH (a)-[r]->(b)
    WHERE type(r) = rel.type
    RETURN [type(r), a.id, b.id, r.claimsJson]
  } AS rels
