// One batch of "relationships of type T in direction D" for many nodes, any mix
// of types and directions: keys in ({key, id, type, out}), rows keyed by key out;
// evidence only when $evidence, source ids only when $sources.
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
  r.role AS role, CASE WHEN $sources THEN r.sources END AS relSources, CASE WHEN $evidence THEN r.evidenceJson END AS relEvidenceJson,
  m.id AS otherId, m.kind AS otherKind, m.propsJson AS otherPropsJson,
  CASE WHEN $sources THEN m.sources END AS otherSources, CASE WHEN $evidence THEN m.evidenceJson END AS otherEvidenceJson
