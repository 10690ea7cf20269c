// Statement 3 of a batch write: the end state of every node and relationship
// the batch touched, planned in TypeScript (src/store/neo4j/batch-write.ts)
// as if the documents were written one by one, in this order:
//  1. nodes a document left without claims go, with every relationship they
//     have (some may come back in 3, as a later document of the batch names them);
//  2. relationships no document supports any more go;
//  3. nodes with their merge and its folded state (SET n = replaces every
//     property; the kind label is dynamic, Neo4j 5.26+);
//  4. relationships likewise, between existing nodes, one block per type:
//     MERGE with a dynamic type ($(row.type)) is planned as a scan of every
//     relationship in the database per row (Neo4j 5.26), a static type as
//     Expand(Into) between the two matched ends;
//  5. SourceRecords: deleted for removed documents, saved for written ones
//     with what each document claims (claimsDeflated: its JSON, deflated,
//     read back only to re-merge what a later write withdraws a claim from;
//     claimsJson, where a record written before it holds the JSON, goes).
CALL {
  UNWIND $detachNodes AS id
  MATCH (n:Entity {id: id})
  DETACH DELETE n
}
CALL {
  UNWIND $deleteRels AS rel
  // from the start node only: it is the sparse end of every type (a document's
  // MENTIONS, a person's GAVE, a talk's ABOUT); an index seek on b too lets the
  // planner walk every relationship of a hub technology from its end instead
  MATCH (a:Entity {id: rel.from})-[r]->(b)
  USING INDEX SEEK a:Entity(id)
  WHERE b.id = rel.to AND type(r) = rel.type
  DELETE r
}
CALL {
  UNWIND $nodes AS row
  MERGE (n:Entity {id: row.id})
  SET n = row.properties
  SET n:$(row.kind)
}
CALL {
  UNWIND $rels.GAVE AS row
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:GAVE]->(b)
  SET r = row.properties
}
CALL {
  UNWIND $rels.AT AS row
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:AT]->(b)
  SET r = row.properties
}
CALL {
  UNWIND $rels.ABOUT AS row
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:ABOUT]->(b)
  SET r = row.properties
}
CALL {
  UNWIND $rels.AFFILIATED_WITH AS row
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:AFFILIATED_WITH]->(b)
  SET r = row.properties
}
CALL {
  UNWIND $rels.ORGANIZED_BY AS row
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:ORGANIZED_BY]->(b)
  SET r = row.properties
}
CALL {
  UNWIND $rels.BROADER_THAN AS row
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:BROADER_THAN]->(b)
  SET r = row.properties
}
CALL {
  UNWIND $rels.MENTIONS AS row
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:MENTIONS]->(b)
  SET r = row.properties
}
CALL {
  UNWIND $removed AS documentId
  MATCH (record:SourceRecord {documentId: documentId})
  DELETE record
}
CALL {
  UNWIND $records AS saved
  MERGE (record:SourceRecord {documentId: saved.documentId})
  SET record.contentHash = saved.contentHash,
      record.nodeIds = saved.nodeIds,
      record.relTypes = saved.relTypes,
      record.relFroms = saved.relFroms,
      record.relTos = saved.relTos,
      record.claimsDeflated = saved.claimsDeflated,
      record.claimsJson = null
}
