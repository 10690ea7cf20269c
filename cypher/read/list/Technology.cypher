// Technologies with a talk about them (directly) that matches the rest of the
// filter: by the speaker, by someone affiliated with the organization, at the
// event, in the years. A technologyId filter does not apply to technologies.
MATCH (n:Technology)
WHERE ($includeImplied OR n.implied IS NULL OR n.implied = false)
  AND ($needle IS NULL OR any(s IN n.namesLower WHERE s CONTAINS $needle))
  AND (($speakerId IS NULL AND $organizationId IS NULL AND $eventId IS NULL AND $yearFrom IS NULL AND $yearTo IS NULL)
    OR EXISTS {
      MATCH (t)-[:ABOUT]->(n)
      WHERE ($speakerId IS NULL OR EXISTS { (s)-[:GAVE]->(t) WHERE s.id = $speakerId })
        AND ($organizationId IS NULL OR EXISTS { (o)<-[:AFFILIATED_WITH]-()-[:GAVE]->(t) WHERE o.id = $organizationId })
        AND ($eventId IS NULL OR EXISTS { (t)-[:AT]->(e) WHERE e.id = $eventId })
        AND ($yearFrom IS NULL OR t.year >= $yearFrom)
        AND ($yearTo IS NULL OR t.year <= $yearTo)
    })
WITH n, CASE $sortField
  WHEN 'TALKS' THEN COUNT { ()-[:ABOUT]->(n) }
  WHEN 'MENTIONS' THEN size(n.sources)
END AS key
