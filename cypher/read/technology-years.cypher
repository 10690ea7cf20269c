// trendingTechnologies' counts in one statement: every technology with a talk (tagged with
// it directly) in [$from, $to], its talks per year there, its first year in the whole graph,
// and its first $talkCap talks there by year, then id (sortId: JS code-unit order).
MATCH (x:Technology)<-[:ABOUT]-(t:Talk)
WHERE t.year >= $from AND t.year <= $to
WITH x, t.year AS year, count(*) AS talks
ORDER BY year
WITH x, collect({year: year, talks: talks}) AS years
CALL (x) {
  MATCH (x)<-[:ABOUT]-(u:Talk)
  WHERE u.year IS NOT NULL
  RETURN min(u.year) AS firstYear
}
RETURN x.id AS technologyId, x.name AS name, years, firstYear,
  COLLECT {
    MATCH (x)<-[:ABOUT]-(u:Talk)
    WHERE u.year >= $from AND u.year <= $to
    RETURN u.id ORDER BY u.year, u.sortId LIMIT $talkCap
  } AS talkIds
