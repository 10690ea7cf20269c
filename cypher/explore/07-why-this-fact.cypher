// Where a fact came from: the documents behind a person's affiliations, with
// the text snippets the loader read them from (:param name => '刘奇').
MATCH (p:Person {name: $name})-[r:AFFILIATED_WITH]->(o:Organization)
RETURN o.name AS organization, r.role AS role, r.sources AS documents, r.evidenceJson AS evidence
