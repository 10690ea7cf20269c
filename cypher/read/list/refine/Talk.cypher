// Talks: the filters added after the kind's own (between Talk.cypher and
// page.cypher): at an event in one of $cities; about EACH of
// $allTechnologyIds (the technology or a narrower one).
WITH n, key
WHERE ($cities IS NULL OR EXISTS { (n)-[:AT]->(e) WHERE e.city IN $cities })
  AND ($allTechnologyIds IS NULL OR all(tid IN $allTechnologyIds WHERE EXISTS {
    MATCH (n)-[:ABOUT]->(x)<-[:BROADER_THAN*0..]-(t:Entity {id: tid})
  }))
