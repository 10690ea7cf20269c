// Organizations that organized $eventId / whose people spoke about the
// technology (or a narrower one). TALKS counts distinct talks of their people.
WITH CASE WHEN $technologyId IS NULL THEN null ELSE COLLECT {
  MATCH (:Entity {id: $technologyId})-[:BROADER_THAN*0..]->(x) RETURN DISTINCT x.id
} END AS techs
MATCH (n:Organization)
WHERE ($includeImplied OR n.implied IS NULL OR n.implied = false)
  AND ($needle IS NULL OR any(s IN n.namesLower WHERE s CONTAINS $needle))
  AND ($eventId IS NULL OR EXISTS { (e)-[:ORGANIZED_BY]->(n) WHERE e.id = $eventId })
  AND (techs IS NULL OR EXISTS { (n)<-[:AFFILIATED_WITH]-()-[:GAVE]->()-[:ABOUT]->(x) WHERE x.id IN techs })
WITH n, CASE $sortField
  WHEN 'TALKS' THEN size(COLLECT { MATCH (n)<-[:AFFILIATED_WITH]-()-[:GAVE]->(t) RETURN DISTINCT t.id })
  WHEN 'MENTIONS' THEN size(n.sources)
END AS key
