// The technologies $keys name, for resolving a topic without reading every technology:
// a key is a technology id (the entity_id index) or the key of a name or alias
// (the technology_name_keys text index; rank 0 for the name, 1 for an alias only),
// with each technology's broader ids and its narrower closure (itself included).
UNWIND $keys AS key
CALL (key) {
  MATCH (t:Technology)
  WHERE NOT key CONTAINS ' ' AND t.nameKeys CONTAINS (' ' + key + ' ')
  RETURN t, CASE WHEN t.nameKeys STARTS WITH (' ' + key + ' ') THEN 0 ELSE 1 END AS rank
  UNION
  MATCH (t:Entity {id: key})
  WHERE t:Technology
  RETURN t, 0 AS rank
}
WITH key, t, min(rank) AS rank
RETURN key, rank, t.id AS id, t.name AS name, t.aliases AS aliases, t.category AS category,
  COLLECT { MATCH (b)-[:BROADER_THAN]->(t) RETURN b.id } AS broaderIds,
  COLLECT { MATCH (t)-[:BROADER_THAN*0..]->(n) RETURN DISTINCT n.id } AS closureIds
