MATCH (record:SourceRecord {documentId: $documentId})
RETURN record.contentHash AS contentHash
