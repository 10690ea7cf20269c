// Full-text search over names, aliases and titles (a talk's title is its name).
// The cjk analyzer indexes Chinese as overlapping bigrams, so 服务 and 服务端 match
// inside longer titles; Latin words are tokenized and lower-cased as usual.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Organization|Technology|Event|Talk|Document)
ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}}
