// One batch of "relationships of type T in direction D" for many nodes, any mix
// of types and directions: keys in ({key, id, type, out}), rows keyed by key out;
// evidence only when $evidence.
UNWIND $keys AS k
MATCH (n:Entity {id: k.id})
CALL (n, k) {
  MATCH (n)-[r]->(m)
  WHERE k.out AND type(r) = k.type
  RETURN r, m
  UNION ALL
  MATCH (n)<-[r]-(m)
  WHERE NOT k.out AND type(r) = k.type
  RETURN r, m
}
RETURN k.key AS key,
  type(r) AS type, startNode(r).id AS from, endNode(r).id AS to,
  r.role AS role, r.sources AS relSources, CASE WHEN $evidence THEN r.evidenceJson END AS relEvidenceJson,
  m.id AS otherId, m.kind AS otherKind, m.propsJson AS otherPropsJson,
  m.sources AS otherSources, CASE WHEN $evidence THEN m.evidenceJson END AS otherEvidenceJson
