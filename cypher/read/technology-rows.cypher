// The technology catalog as stored, with each one's broader technologies.
MATCH (t:Technology)
RETURN t.id AS id, t.name AS name, t.aliases AS aliases, t.category AS category,
  COLLECT { MATCH (b)-[:BROADER_THAN]->(t) RETURN b.id } AS broaderIds
