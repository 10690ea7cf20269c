// A page of one kind in name order when no filter but the implied flag applies
// (the default of every list field): entity_kind_sort yields the nodes already
// in (kind, sortName, sortId) order, so SKIP … LIMIT reads skip + first index
// entries instead of sorting every node of the kind. The count needs no sort,
// and runs only when $count (it reads every node of the kind; $first is one
// past the page, so the caller knows hasNextPage without it).
MATCH (n:Entity)
// the hint: on a small graph the planner would rather scan entity_kind and sort
USING INDEX n:Entity(kind, sortName, sortId)
WHERE n.kind = $kind AND n.sortName IS NOT NULL AND n.sortId IS NOT NULL
  AND ($includeImplied OR n.implied IS NULL OR n.implied = false)
WITH n
ORDER BY n.kind, n.sortName, n.sortId
SKIP $skip LIMIT $first
WITH collect(n) AS nodes
WITH nodes,
  CASE WHEN $count THEN COUNT { MATCH (m:Entity) WHERE m.kind = $kind AND ($includeImplied OR m.implied IS NULL OR m.implied = false) } END AS totalCount
