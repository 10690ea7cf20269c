// speakersOn's topic and speakers in one statement (the request's other one reads the
// people and talks it shows): the technologies $keys name, exactly as
// technologies-by-key.cypher answers them, and for the first of $steps (lists of keys,
// in the order src/analysis/topic.ts tries them) with a key that names any, the union
// of those hits' narrower closures (`ids`) and everyone who gave a talk about one of
// them, exactly as topic-speakers.cypher answers them. The caller still resolves the
// topic from the hits itself and uses the speakers only when its ids are these.
UNWIND $keys AS key
CALL (key) {
  MATCH (t:Technology)
  WHERE NOT key CONTAINS ' ' AND t.nameKeys CONTAINS (' ' + key + ' ')
  RETURN t, CASE WHEN t.nameKeys STARTS WITH (' ' + key + ' ') THEN 0 ELSE 1 END AS rank
  UNION
  MATCH (t:Entity {id: key})
  WHERE t:Technology
  RETURN t, 0 AS rank
}
WITH key, t, min(rank) AS rank
WITH collect({
  key: key, rank: rank, id: t.id, name: t.name, aliases: t.aliases, category: t.category,
  broaderIds: COLLECT { MATCH (b)-[:BROADER_THAN]->(t) RETURN b.id },
  closureIds: COLLECT { MATCH (t)-[:BROADER_THAN*0..]->(n) RETURN DISTINCT n.id }
}) AS hits
WITH hits, [h IN hits | h.key] AS hitKeys
WITH hits, head([s IN $steps WHERE any(k IN s WHERE k IN hitKeys)]) AS step
WITH hits, reduce(ids = [], h IN hits | CASE WHEN h.key IN coalesce(step, []) THEN ids + h.closureIds ELSE ids END) AS ids
CALL (ids) {
  MATCH (x:Entity)
  WHERE x.id IN ids
  MATCH (t:Talk)-[:ABOUT]->(x)
  WITH DISTINCT t
  MATCH (p:Entity)-[:GAVE]->(t)
  WITH p, collect({talkId: t.id, year: t.year}) AS talks
  RETURN collect({personId: p.id, talks: talks, totalTalks: COUNT { (p)-[:GAVE]->() }}) AS speakers
}
RETURN hits, ids, speakers
