// Everything one hop around a person (:param name => '洪强宁'): talks, events,
// organizations, and the documents that mention them.
MATCH (p:Person)
WHERE p.name = $name OR $name IN p.aliases
MATCH (p)-[r]-(other)
RETURN p, r, other
