// Nodes per kind and the number of relationships (from the count store).
RETURN
  COLLECT { MATCH (n:Entity) WITH n.kind AS kind, count(*) AS nodes RETURN [kind, nodes] } AS kinds,
  COUNT { MATCH ()-[r]->() } AS rels
