// Step 1 of a document write: take the writers' lock (held until commit, so
// two writes never read-modify-write the same claims), then read what this
// document wrote last time.
MERGE (lock:WriteLock {id: 'talkgraph'})
SET lock.documentId = $documentId
WITH lock
OPTIONAL MATCH (record:SourceRecord {documentId: $documentId})
RETURN record.contentHash AS contentHash, record.nodeIds AS nodeIds, record.relsJson AS relsJson
