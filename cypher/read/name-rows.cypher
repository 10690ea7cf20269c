// Names and aliases of the nodes of some kinds, for search and name resolution.
MATCH (n:Entity)
WHERE n.kind IN $kinds
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases
