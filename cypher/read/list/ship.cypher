// The last part of every list statement (after by-name, by-name-desc or
// page.cypher, which leave `nodes`, the page plus one row, and `totalCount`):
// what the page ships (evidence only when $evidence, source ids only when
// $sources) and, for each node of the page proper, the relationships $follow
// names ([{type, out}], [] for none), as read/adjacent.cypher would answer
// each, so a GraphQL page and its first nested level cost one statement.
RETURN totalCount,
  [x IN nodes | x {.id, .kind, .propsJson, sources: CASE WHEN $sources THEN x.sources END, evidenceJson: CASE WHEN $evidence THEN x.evidenceJson END}] AS page,
  [x IN nodes[0..($first - 1)] | [f IN $follow | CASE WHEN f.out
    THEN [(x)-[r]->(m) WHERE type(r) = f.type | r {.role, relSources: CASE WHEN $sources THEN r.sources END, relEvidenceJson: CASE WHEN $evidence THEN r.evidenceJson END,
      otherId: m.id, otherKind: m.kind, otherPropsJson: m.propsJson,
      otherSources: CASE WHEN $sources THEN m.sources END, otherEvidenceJson: CASE WHEN $evidence THEN m.evidenceJson END}]
    ELSE [(x)<-[r]-(m) WHERE type(r) = f.type | r {.role, relSources: CASE WHEN $sources THEN r.sources END, relEvidenceJson: CASE WHEN $evidence THEN r.evidenceJson END,
      otherId: m.id, otherKind: m.kind, otherPropsJson: m.propsJson,
      otherSources: CASE WHEN $sources THEN m.sources END, otherEvidenceJson: CASE WHEN $evidence THEN m.evidenceJson END}]
  END]] AS followed
