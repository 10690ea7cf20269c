// Relationships no document supports any more. $rels: [{type, from, to}].
UNWIND $rels AS rel
MATCH (a:Entity {id: rel.from})-[r]->(b:Entity {id: rel.to})
WHERE type(r) = rel.type
DELETE r
