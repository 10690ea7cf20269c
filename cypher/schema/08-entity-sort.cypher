// Name-ordered pages (read/list/by-name*.cypher): ORDER BY kind, sortName, sortId
// … LIMIT is read off this index in order instead of sorting every node of the kind.
CREATE INDEX entity_kind_sort IF NOT EXISTS
FOR (n:Entity) ON (n.kind, n.sortName, n.sortId)
