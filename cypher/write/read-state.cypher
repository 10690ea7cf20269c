// Statement 2 of a batch write: the folded merge state (foldJson, sources,
// and evidenceJson, which is the fold's evidence) of every node and
// relationship the batch touches ($nodeIds, $rels: [{type, from, to}],
// deduplicated by the adapter), and, for those a document of the batch
// withdraws a claim from ($remergedNodeIds, $remergedRels: [[type, from,
// to]]), the claims of every document naming them (their SourceRecords'
// claimsDeflated, or claimsJson when written before it), to merge them again
// without the withdrawn claim. A batch that only adds documents reads no
// claims at all.
WITH
  COLLECT {
    UNWIND $nodeIds AS id
    MATCH (n:Entity {id: id})
    RETURN [n.id, n.kind, n.foldJson, n.sources, n.evidenceJson]
  } AS nodes,
  COLLECT {
    UNWIND $rels AS rel
    // from the start node only: it is the sparse end of every type (a document's
    // MENTIONS, a person's GAVE, a talk's ABOUT); an index seek on b too lets the
    // planner walk every relationship of a hub technology from its end instead
    // the hint: planned on a young database (few nodes), the statement would
    // keep an index scan of every Entity per row once the database has grown
    MATCH (a:Entity {id: rel.from})-[r]->(b)
    USING INDEX SEEK a:Entity(id)
    WHERE b.id = rel.to AND type(r) = rel.type
    RETURN [type(r), a.id, b.id, r.foldJson, r.sources, r.evidenceJson]
  } AS rels
WITH nodes, rels,
  [x IN nodes WHERE x[0] IN $remergedNodeIds | x[3]] + [x IN rels WHERE [x[0], x[1], x[2]] IN $remergedRels | x[4]] AS lists
RETURN nodes, rels, COLLECT {
  UNWIND lists AS list
  UNWIND list AS documentId
  WITH DISTINCT documentId
  MATCH (record:SourceRecord {documentId: documentId})
  RETURN [documentId, record.claimsDeflated, record.claimsJson]
} AS records
