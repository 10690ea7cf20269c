// @neo4j/graphql's `Person.talksOn(topic)` @cypher field (bench/graphql/): the
// person's talks about the topic or a narrower technology, by year (unknown
// last), then id, as talkgraph's TopicSpeaker.talks lists them.
MATCH (root:Technology)
WHERE toLower(root.name) = toLower($topic) OR any(a IN root.aliases WHERE toLower(a) = toLower($topic))
MATCH (root)-[:BROADER_THAN*0..]->(x:Technology)
WITH collect(DISTINCT x) AS techs
MATCH (this)-[:GAVE]->(t:Talk)-[:ABOUT]->(x)
WHERE x IN techs
WITH DISTINCT t
ORDER BY coalesce(t.year, 9999), t.sortId
RETURN t
