// Events: the filters added after the kind's own (between Event.cypher and
// page.cypher): in one of $cities.
WITH n, key
WHERE $cities IS NULL OR n.city IN $cities
