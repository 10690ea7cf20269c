// Statement 2: the write the adapter planned in TypeScript (src/store/neo4j/write-plan.ts),
// in this order, as the embedded store does it:
//  1. nodes no document supports any more go, with every relationship they have;
//  2. relationships no document supports any more go;
//  3. nodes with their re-merged claims (SET n = replaces every property; the
//     kind label is dynamic, Neo4j 5.26+);
//  4. relationships with their re-merged claims, between existing nodes;
//  5. the document's SourceRecord: saved ($record), or deleted (null, a removal).
CALL {
  UNWIND $detachNodes AS id
  MATCH (n:Entity {id: id})
  DETACH DELETE n
}
CALL {
  UNWIND $deleteRels AS rel
  MATCH (a:Entity {id: rel.from})
  MATCH (b:Entity {id: rel.to})
  MATCH (a)-[r]->(b)
  WHERE type(r) = rel.type
  DELETE r
}
CALL {
  UNWIND $nodes AS row
  MERGE (n:Entity {id: row.id})
  SET n = row.properties
  SET n:$(row.kind)
}
CALL {
  UNWIND $rels AS row
  MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
  MERGE (a)-[r:$(row.type)]->(b)
  SET r = row.properties
}
CALL {
  UNWIND CASE WHEN $record IS NULL THEN [1] ELSE [] END AS removal
  MATCH (record:SourceRecord {documentId: $documentId})
  DELETE record
}
CALL {
  UNWIND CASE WHEN $record IS NULL THEN [] ELSE [$record] END AS saved
  MERGE (record:SourceRecord {documentId: $documentId})
  SET record.contentHash = saved.contentHash,
      record.nodeIds = saved.nodeIds,
      record.relTypes = saved.relTypes,
      record.relFroms = saved.relFroms,
      record.relTos = saved.relTos
}
