// Nodes no document supports any more go, with every relationship they have
// (as the embedded store drops them), even ones other documents claim.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n
