// Every event with its city, for the analyses' city filter and breakdowns.
MATCH (e:Event)
RETURN e.id AS id, e.name AS name, e.city AS city
