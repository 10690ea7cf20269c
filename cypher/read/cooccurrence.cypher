// relatedTechnologies' counts in one statement: talks about any technology, the topic's
// talks ($technologyIds: a topic and its narrower technologies), and for every other
// technology of a topic talk: all its talks, the shared ones, and the first $talkCap
// shared talks by year (unknown last), then id (sortId: JS code-unit order).
CALL () {
  MATCH (t:Talk)
  WHERE EXISTS { (t)-[:ABOUT]->() }
  RETURN count(t) AS talks
}
CALL () {
  MATCH (x:Entity)
  WHERE x.id IN $technologyIds
  MATCH (t:Talk)-[:ABOUT]->(x)
  RETURN count(DISTINCT t) AS topicTalks
}
CALL () {
  MATCH (x:Entity)
  WHERE x.id IN $technologyIds
  MATCH (t:Talk)-[:ABOUT]->(x)
  WITH DISTINCT t
  MATCH (t)-[:ABOUT]->(o)
  WHERE NOT o.id IN $technologyIds
  WITH o, t
  ORDER BY coalesce(t.year, 9999), t.sortId
  WITH o, collect(t.id) AS shared
  RETURN collect({
    technologyId: o.id, name: o.name, talks: COUNT { (o)<-[:ABOUT]-(:Talk) },
    sharedTalks: size(shared), talkIds: shared[0..$talkCap]
  }) AS related
}
RETURN talks, topicTalks, related
