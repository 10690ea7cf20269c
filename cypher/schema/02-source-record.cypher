// One record per written document: its content hash and what it supports.
CREATE CONSTRAINT source_record_document IF NOT EXISTS
FOR (r:SourceRecord) REQUIRE r.documentId IS UNIQUE
