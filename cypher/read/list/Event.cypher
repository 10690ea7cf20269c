// Events matching a list filter: organized by $organizationId; starting in the
// years; having a talk about the technology (or a narrower one) / by the speaker.
WITH CASE WHEN $technologyId IS NULL THEN null ELSE COLLECT {
  MATCH (:Entity {id: $technologyId})-[:BROADER_THAN*0..]->(x) RETURN DISTINCT x.id
} END AS techs
MATCH (n:Event)
WHERE ($includeImplied OR n.implied IS NULL OR n.implied = false)
  AND ($needle IS NULL OR any(s IN n.namesLower WHERE s CONTAINS $needle))
  AND ($organizationId IS NULL OR EXISTS { (n)-[:ORGANIZED_BY]->(o) WHERE o.id = $organizationId })
  AND ($yearFrom IS NULL OR toInteger(substring(n.startDate, 0, 4)) >= $yearFrom)
  AND ($yearTo IS NULL OR toInteger(substring(n.startDate, 0, 4)) <= $yearTo)
  AND ((techs IS NULL AND $speakerId IS NULL) OR EXISTS {
    MATCH (t)-[:AT]->(n)
    WHERE (techs IS NULL OR EXISTS { (t)-[:ABOUT]->(x) WHERE x.id IN techs })
      AND ($speakerId IS NULL OR EXISTS { (s)-[:GAVE]->(t) WHERE s.id = $speakerId })
  })
WITH n, CASE $sortField
  WHEN 'DATE' THEN n.startDate
  WHEN 'TALKS' THEN COUNT { ()-[:AT]->(n) }
  WHEN 'MENTIONS' THEN size(n.sources)
END AS key
