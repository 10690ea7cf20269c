// Statement 1 of a document write (or removal), in its one transaction:
// take the writers' lock (held until commit, so two writes never
// read-modify-write the same claims) and read what this document wrote last
// time (its SourceRecord). The adapter zips the relationship arrays itself:
// indexing stored arrays element by element in Cypher copied them per access
// and ran a large document out of transaction memory.
MERGE (lock:WriteLock {id: 'talkgraph'})
SET lock.documentId = $documentId
WITH lock
OPTIONAL MATCH (record:SourceRecord {documentId: $documentId})
RETURN record IS NOT NULL AS recorded, record.contentHash AS contentHash,
  coalesce(record.nodeIds, []) AS nodeIds, coalesce(record.relTypes, []) AS relTypes,
  coalesce(record.relFroms, []) AS relFroms, coalesce(record.relTos, []) AS relTos
