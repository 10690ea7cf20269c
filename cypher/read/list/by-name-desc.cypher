// by-name.cypher in reverse (a descending NAME sort reverses name and id
// together), read off the entity_kind_sort index backwards.
MATCH (n:Entity)
// the hint: on a small graph the planner would rather scan entity_kind and sort
USING INDEX n:Entity(kind, sortName, sortId)
WHERE n.kind = $kind AND n.sortName IS NOT NULL AND n.sortId IS NOT NULL
  AND ($includeImplied OR n.implied IS NULL OR n.implied = false)
WITH n
ORDER BY n.kind DESC, n.sortName DESC, n.sortId DESC
SKIP $skip LIMIT $first
WITH collect(n) AS nodes
WITH nodes,
  CASE WHEN $count THEN COUNT { MATCH (m:Entity) WHERE m.kind = $kind AND ($includeImplied OR m.implied IS NULL OR m.implied = false) } END AS totalCount
