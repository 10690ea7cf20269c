// Every talk (or those about any of $technologyIds) with what the analyses count.
MATCH (t:Talk)
WHERE $technologyIds IS NULL OR EXISTS { (t)-[:ABOUT]->(x) WHERE x.id IN $technologyIds }
RETURN t.id AS talkId, t.year AS year,
  COLLECT { MATCH (t)-[:AT]->(e) RETURN e.id } AS eventIds,
  COLLECT { MATCH (p)-[:GAVE]->(t) RETURN p.id } AS speakerIds,
  COLLECT { MATCH (t)-[:ABOUT]->(x) RETURN x.id } AS technologyIds,
  t.sources AS documentIds
