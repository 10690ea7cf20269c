MATCH (record:SourceRecord {documentId: $documentId})
DELETE record
