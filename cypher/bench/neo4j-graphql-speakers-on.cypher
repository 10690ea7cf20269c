// @neo4j/graphql's side of the side-by-side benchmark (bench/graphql/): the
// `speakersOn(topic)` @cypher field of the type definitions we wrote for our
// labels. The same ranking as src/analysis/speakers.ts (share of a person's
// talks on the topic, then topic talks, name, id) over the technology the
// topic names exactly (name or alias, any case) and every narrower one.
MATCH (root:Technology)
WHERE toLower(root.name) = toLower($topic) OR any(a IN root.aliases WHERE toLower(a) = toLower($topic))
MATCH (root)-[:BROADER_THAN*0..]->(x:Technology)
WITH collect(DISTINCT x) AS techs
MATCH (p:Person)-[:GAVE]->(t:Talk)-[:ABOUT]->(x)
WHERE x IN techs
WITH p, count(DISTINCT t) AS topicTalks
WITH p, topicTalks, COUNT { (p)-[:GAVE]->(:Talk) } AS totalTalks
ORDER BY toFloat(topicTalks) / totalTalks DESC, topicTalks DESC, p.sortName, p.sortId
LIMIT $first
RETURN p
