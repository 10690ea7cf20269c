// Documents: only the name filter applies.
MATCH (n:Document)
WHERE ($needle IS NULL OR any(s IN n.namesLower WHERE s CONTAINS $needle))
WITH n, CASE $sortField
  WHEN 'TALKS' THEN 0
  WHEN 'MENTIONS' THEN size(n.sources)
END AS key
