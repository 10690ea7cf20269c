// Statement 1 of a document write (or removal), in its one transaction:
// take the writers' lock (held until commit, so two writes never
// read-modify-write the same claims), read what this document wrote last time
// (its SourceRecord), and the stored claims on every node and relationship the
// write touches: what the document says now ($nodeIds, $rels: [{type, from, to}])
// and what it said before.
MERGE (lock:WriteLock {id: 'talkgraph'})
SET lock.documentId = $documentId
WITH lock
OPTIONAL MATCH (record:SourceRecord {documentId: $documentId})
WITH record,
  coalesce(record.nodeIds, []) AS priorNodeIds,
  [i IN range(0, size(coalesce(record.relTypes, [])) - 1) |
    {type: record.relTypes[i], from: record.relFroms[i], to: record.relTos[i]}] AS priorRels
RETURN record IS NOT NULL AS recorded, record.contentHash AS contentHash, priorNodeIds, priorRels,
  COLLECT {
    UNWIND $nodeIds + priorNodeIds AS id
    WITH DISTINCT id
    MATCH (n:Entity {id: id})
    RETURN [n.id, n.claimsJson]
  } AS nodes,
  COLLECT {
    UNWIND $rels + priorRels AS rel
    WITH DISTINCT rel
    MATCH (a:Entity {id: rel.from})-[r]->(b:Entity {id: rel.to})
    WHERE type(r) = rel.type
    RETURN [type(r), a.id, b.id, r.claimsJson]
  } AS rels
