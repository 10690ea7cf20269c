// Statement 1 of a batch write (many documents, one transaction): take the
// writers' lock (held until commit) and read what each document wrote last
// time (its SourceRecord); documents never written give no row. The adapter
// zips the relationship arrays itself (indexing stored arrays element by
// element in Cypher copies them per access).
MERGE (lock:WriteLock {id: 'talkgraph'})
SET lock.documentId = $documentIds[0]
WITH lock
UNWIND $documentIds AS documentId
MATCH (record:SourceRecord {documentId: documentId})
RETURN documentId, record.contentHash AS contentHash,
  coalesce(record.nodeIds, []) AS nodeIds, coalesce(record.relTypes, []) AS relTypes,
  coalesce(record.relFroms, []) AS relFroms, coalesce(record.relTos, []) AS relTos
