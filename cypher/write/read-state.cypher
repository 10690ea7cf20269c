// Statement 2 of a batch write: the folded merge state (foldJson, sources) of
// every node and relationship the batch touches ($nodeIds, $rels: [{type,
// from, to}], deduplicated by the adapter), and, for those a document of the
// batch withdraws a claim from ($remergedNodeIds, $remergedRels: [[type, from,
// to]]), the claims of every document naming them (their SourceRecords'
// claimsJson), to merge them again without the withdrawn claim. A batch that
// only adds documents reads no claims at all.
WITH
  COLLECT {
    UNWIND $nodeIds AS id
    MATCH (n:Entity {id: id})
    RETURN [n.id, n.foldJson, n.sources]
  } AS nodes,
  COLLECT {
    UNWIND $rels AS rel
    // both ends first (WITH keeps the planner from expanding all of one end's
    // relationships, e.g. every MENTIONS of a hub technology): Expand(Into)
    MATCH (a:Entity {id: rel.from})
    WITH rel, a
    MATCH (b:Entity {id: rel.to})
    WITH rel, a, b
    MATCH (a)-[r]->(b)
    WHERE type(r) = rel.type
    RETURN [type(r), a.id, b.id, r.foldJson, r.sources]
  } AS rels
WITH nodes, rels,
  [x IN nodes WHERE x[0] IN $remergedNodeIds | x[2]] + [x IN rels WHERE [x[0], x[1], x[2]] IN $remergedRels | x[4]] AS lists
RETURN nodes, rels, COLLECT {
  UNWIND lists AS list
  UNWIND list AS documentId
  WITH DISTINCT documentId
  MATCH (record:SourceRecord {documentId: documentId})
  RETURN [documentId, record.claimsJson]
} AS records
