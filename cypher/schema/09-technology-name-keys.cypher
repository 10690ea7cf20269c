// Topic lookups by name or alias key (read/technologies-by-key.cypher): CONTAINS ' key ' on
// Technology.nameKeys (' kubernetes k8s ', written by the adapter) is served by this text index.
CREATE TEXT INDEX technology_name_keys IF NOT EXISTS
FOR (n:Technology) ON (n.nameKeys)
