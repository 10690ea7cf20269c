// speakersOn in one statement: everyone who gave a talk about any of
// $technologyIds (a topic and its narrower technologies), with those talks
// (each once) and the number of talks they gave in all. The ranking (share,
// names) stays in src/analysis/speakers.ts so both stores rank alike; the
// order by id is JS's (code units), in the store.
MATCH (x:Entity)
WHERE x.id IN $technologyIds
MATCH (t:Talk)-[:ABOUT]->(x)
WITH DISTINCT t
MATCH (p:Entity)-[:GAVE]->(t)
WITH p, collect({talkId: t.id, year: t.year}) AS talks
RETURN p.id AS personId, talks, COUNT { (p)-[:GAVE]->() } AS totalTalks
