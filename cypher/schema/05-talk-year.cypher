// Year filters and DATE sorting of talks.
CREATE INDEX talk_year IF NOT EXISTS
FOR (n:Talk) ON (n.year)
