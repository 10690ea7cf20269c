// Documents: only the name filter (and, as for every kind, the implied flag) applies.
MATCH (n:Document)
WHERE ($includeImplied OR n.implied IS NULL OR n.implied = false)
  AND ($needle IS NULL OR any(s IN n.namesLower WHERE s CONTAINS $needle))
WITH n, CASE $sortField
  WHEN 'TALKS' THEN 0
  WHEN 'MENTIONS' THEN size(n.sources)
END AS key
