// What the graph holds: nodes per kind and relationships per type.
MATCH (n:Entity)
RETURN n.kind AS kind, count(*) AS nodes
ORDER BY nodes DESC
UNION ALL
MATCH ()-[r]->()
RETURN type(r) AS kind, count(*) AS nodes
ORDER BY nodes DESC
