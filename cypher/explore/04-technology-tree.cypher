// The technology hierarchy below one node (:param root => 'tech:容器'),
// broader -> narrower, with how many talks each one has.
MATCH path = (:Technology {id: $root})-[:BROADER_THAN*0..4]->(t:Technology)
RETURN path, COUNT { ()-[:ABOUT]->(t) } AS talks
LIMIT 300
