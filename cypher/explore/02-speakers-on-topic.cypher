// Who spoke about a technology or anything narrower (set the parameter first:
// :param topic => 'tech:容器'). Draws people, talks and technologies.
MATCH (:Technology {id: $topic})-[:BROADER_THAN*0..]->(tech:Technology)
MATCH (p:Person)-[g:GAVE]->(t:Talk)-[a:ABOUT]->(tech)
RETURN p, g, t, a, tech
LIMIT 200
