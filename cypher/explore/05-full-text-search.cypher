// Full-text search over names, aliases and titles; Chinese is indexed as
// bigrams, so search with two or more characters (:param q => '微服务').
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN node.kind AS kind, node.name AS name, node.aliases AS aliases, score
LIMIT 25
