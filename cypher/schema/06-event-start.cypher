// DATE sorting and year filters of events.
CREATE INDEX event_start_date IF NOT EXISTS
FOR (n:Event) ON (n.startDate)
