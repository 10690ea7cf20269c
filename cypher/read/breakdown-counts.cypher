// technologyBreakdown in one statement: the talks about any of $technologyIds, grouped by
// $by: CITY (their event's city), ORGANIZATION (every organization a speaker is affiliated
// with), EVENT (their event; a talk's event is the greatest id, as in talk rows); talks
// without one in the null group; each group's first $talkCap talks by year (unknown
// last), then id (sortId: JS code-unit order).
CALL () {
  MATCH (x:Entity)
  WHERE x.id IN $technologyIds
  MATCH (t:Talk)-[:ABOUT]->(x)
  RETURN count(DISTINCT t) AS totalTalks
}
CALL () {
  MATCH (x:Entity)
  WHERE x.id IN $technologyIds
  MATCH (t:Talk)-[:ABOUT]->(x)
  WITH DISTINCT t
  WITH t, COLLECT { MATCH (t)-[:AT]->(e) RETURN e ORDER BY e.sortId DESC LIMIT 1 } AS event
  WITH t,
    CASE $by
      WHEN 'CITY' THEN [e IN event WHERE e.city IS NOT NULL AND e.city <> '' | e.city]
      WHEN 'EVENT' THEN [e IN event | e.id]
      ELSE COLLECT { MATCH (p)-[:GAVE]->(t) MATCH (p)-[:AFFILIATED_WITH]->(o) RETURN DISTINCT o.id }
    END AS keys
  UNWIND CASE WHEN size(keys) = 0 THEN [null] ELSE keys END AS key
  WITH key, t
  ORDER BY coalesce(t.year, 9999), t.sortId
  WITH key, collect(t.id) AS talkIds
  RETURN collect({key: key, talks: size(talkIds), talkIds: talkIds[0..$talkCap]}) AS groups
}
RETURN totalTalks, groups
