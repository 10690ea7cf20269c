// The tail of every list statement (appended to <Kind>.cypher): order, count,
// cut one page; ship.cypher follows. Nulls last in either direction; ties by
// name, then id. sortName and sortId re-encode UTF-16 code units as code
// points, because Neo4j compares strings by code point and the embedded store
// (JS `<`) by code unit.
WITH n, key
ORDER BY
  CASE WHEN key IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $descending THEN key END DESC,
  CASE WHEN $descending THEN null ELSE key END,
  CASE WHEN $nameDescending THEN n.sortName END DESC,
  CASE WHEN $nameDescending THEN n.sortId END DESC,
  n.sortName,
  n.sortId
WITH collect(n) AS ordered
WITH size(ordered) AS totalCount, ordered[$skip..($skip + $first)] AS nodes
