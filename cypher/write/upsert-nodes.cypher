// Nodes with their re-merged claims. The adapter computes every property
// (SET n = replaces them all); the kind label is dynamic (Neo4j 5.26+).
// $nodes: [{id, kind, properties}].
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
SET n = row.properties
SET n:$(row.kind)
