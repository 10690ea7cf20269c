// What this document supports now, for the next re-ingest or removal.
MERGE (record:SourceRecord {documentId: $documentId})
SET record.contentHash = $contentHash,
    record.nodeIds = $nodeIds,
    record.relsJson = $relsJson
