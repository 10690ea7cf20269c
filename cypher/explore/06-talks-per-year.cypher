// Talks per year about each technology: the raw numbers behind technologyTrend.
MATCH (t:Talk)-[:ABOUT]->(tech:Technology)
WHERE t.year IS NOT NULL
RETURN tech.name AS technology, t.year AS year, count(t) AS talks
ORDER BY technology, year
