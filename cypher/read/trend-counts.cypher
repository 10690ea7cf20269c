// technologyTrend's counts in one statement: distinct talks per year in the whole graph
// (the share's denominator, off the talk_year index) and, for each group of $groups (a
// topic with its narrower technologies, by position), its talks per year with their
// events (a talk's event: the greatest id, as in talk rows) and speakers, each counted once.
CALL () {
  MATCH (t:Talk)
  WHERE t.year IS NOT NULL
  WITH t.year AS year, count(*) AS talks
  RETURN collect({year: year, talks: talks}) AS yearTalks
}
CALL () {
  UNWIND range(0, size($groups) - 1) AS group
  MATCH (x:Entity)
  WHERE x.id IN $groups[group]
  MATCH (t:Talk)-[:ABOUT]->(x)
  WHERE t.year IS NOT NULL
  WITH DISTINCT group, t
  WITH group, t, head(COLLECT { MATCH (t)-[:AT]->(e) RETURN e.id ORDER BY e.sortId DESC LIMIT 1 }) AS eventId
  OPTIONAL MATCH (p)-[:GAVE]->(t)
  WITH group, t.year AS year, collect(DISTINCT t.id) AS talkIds, count(DISTINCT eventId) AS events,
    count(DISTINCT p) AS people
  RETURN collect({group: group, year: year, talks: size(talkIds), events: events, people: people, talkIds: talkIds}) AS series
}
RETURN yearTalks, series
