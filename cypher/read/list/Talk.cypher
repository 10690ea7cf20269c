// Talks matching a list filter (semantics: NodeFilter in src/store/port.ts),
// with the sort key; page.cypher follows. techs: the technology and every
// narrower one (BROADER_THAN points broader -> narrower).
WITH CASE WHEN $technologyId IS NULL THEN null ELSE COLLECT {
  MATCH (:Entity {id: $technologyId})-[:BROADER_THAN*0..]->(x) RETURN DISTINCT x.id
} END AS techs
MATCH (n:Talk)
WHERE ($includeImplied OR n.implied IS NULL OR n.implied = false)
  AND ($needle IS NULL OR any(s IN n.namesLower WHERE s CONTAINS $needle))
  AND (techs IS NULL OR EXISTS { (n)-[:ABOUT]->(x) WHERE x.id IN techs })
  AND ($speakerId IS NULL OR EXISTS { (s)-[:GAVE]->(n) WHERE s.id = $speakerId })
  AND ($organizationId IS NULL OR EXISTS { (o)<-[:AFFILIATED_WITH]-()-[:GAVE]->(n) WHERE o.id = $organizationId })
  AND ($eventId IS NULL OR EXISTS { (n)-[:AT]->(e) WHERE e.id = $eventId })
  AND ($yearFrom IS NULL OR n.year >= $yearFrom)
  AND ($yearTo IS NULL OR n.year <= $yearTo)
WITH n, CASE $sortField
  WHEN 'DATE' THEN n.year
  WHEN 'TALKS' THEN 0
  WHEN 'MENTIONS' THEN size(n.sources)
END AS key
