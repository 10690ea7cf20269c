// Relationships with their re-merged claims; both ends exist (the adapter
// skips the rest, as the embedded store does). $rels: [{type, from, to, properties}].
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r = row.properties
