// People matching a list filter: affiliated with $organizationId; gave a talk
// about the technology (or a narrower one), at the event, in the years.
WITH CASE WHEN $technologyId IS NULL THEN null ELSE COLLECT {
  MATCH (:Entity {id: $technologyId})-[:BROADER_THAN*0..]->(x) RETURN DISTINCT x.id
} END AS techs
MATCH (n:Person)
WHERE ($includeImplied OR n.implied IS NULL OR n.implied = false)
  AND ($needle IS NULL OR any(s IN n.namesLower WHERE s CONTAINS $needle))
  AND ($organizationId IS NULL OR EXISTS { (n)-[:AFFILIATED_WITH]->(o) WHERE o.id = $organizationId })
  AND ((techs IS NULL AND $eventId IS NULL AND $yearFrom IS NULL AND $yearTo IS NULL) OR EXISTS {
    MATCH (n)-[:GAVE]->(t)
    WHERE (techs IS NULL OR EXISTS { (t)-[:ABOUT]->(x) WHERE x.id IN techs })
      AND ($eventId IS NULL OR EXISTS { (t)-[:AT]->(e) WHERE e.id = $eventId })
      AND ($yearFrom IS NULL OR t.year >= $yearFrom)
      AND ($yearTo IS NULL OR t.year <= $yearTo)
  })
WITH n, CASE $sortField
  WHEN 'TALKS' THEN COUNT { (n)-[:GAVE]->() }
  WHEN 'MENTIONS' THEN size(n.sources)
END AS key
